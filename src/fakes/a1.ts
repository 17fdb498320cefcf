// A1 notation: "A1", "B2:D10", "A:C" (whole columns), "2:5" (whole rows), "A2:C" (to the last row),
// optionally after a sheet name: "Needs!A2:K", "'My needs'!A1".

export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function a1Notation(
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): string {
  const start = `${columnLetter(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetter(column + numColumns - 1)}${row + numRows - 1}`;
}

export interface A1Range {
  sheetName?: string;
  /** Resolves open ends ("A:A", "A2:C") against the size of the sheet. */
  resolve(
    maxRows: number,
    maxColumns: number,
  ): {
    row: number;
    column: number;
    numRows: number;
    numColumns: number;
  };
}

const A1 = /^(?:(?:'((?:[^']|'')+)'|([^!']+))!)?([A-Z]*)(\d*)(?::([A-Z]*)(\d*))?$/i;

/** null when the text is not A1 notation (Google then says "Range not found"). */
export function parseA1(text: string): A1Range | null {
  const m = A1.exec(text.trim());
  if (!m) return null;
  const sheetName = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const [c1, r1, c2, r2] = [m[3], m[4], m[5] ?? "", m[6] ?? ""];
  const hasEnd = m[5] !== undefined;
  const rowsOnly = hasEnd && !c1 && !c2 && r1 !== "" && r2 !== "";
  const columnsOnly = hasEnd && !r1 && !r2 && c1 !== "" && c2 !== "";
  const cells = c1 !== "" && r1 !== "" && (!hasEnd || c2 !== "");
  if (!rowsOnly && !columnsOnly && !cells) return null;
  if (Number(r1 || 1) < 1 || Number(r2 || 1) < 1) return null;
  return {
    sheetName,
    resolve(maxRows, maxColumns) {
      const top = rowsOnly || cells ? Number(r1) : 1;
      const bottom = rowsOnly
        ? Number(r2)
        : columnsOnly
          ? maxRows
          : hasEnd
            ? Number(r2 || maxRows)
            : top;
      const left = rowsOnly ? 1 : columnNumber(c1);
      const right = rowsOnly ? maxColumns : hasEnd ? columnNumber(c2) : left;
      return {
        row: Math.min(top, bottom),
        column: Math.min(left, right),
        numRows: Math.abs(bottom - top) + 1,
        numColumns: Math.abs(right - left) + 1,
      };
    },
  };
}
