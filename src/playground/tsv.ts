// Cells copied from a spreadsheet arrive as tab-separated text: a tab between cells, a newline
// between rows, and a cell holding a tab, a newline or a leading quote wrapped in double quotes
// (a quote inside doubled), as Google Sheets and Excel write them.

export function parseTsv(input: string): string[][] {
  let text = input.replace(/\r\n?/g, "\n");
  if (text.endsWith("\n")) text = text.slice(0, -1);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let atStart = true;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (atStart && ch === '"') {
      let j = i + 1;
      let value = "";
      let closed = false;
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          j += 1;
          break;
        }
        value += text[j];
        j += 1;
      }
      // Only a quote that closes right before a tab, a newline or the end was a wrapper.
      if (closed && (j >= text.length || text[j] === "\t" || text[j] === "\n")) {
        cell = value;
        i = j;
        atStart = false;
        continue;
      }
    }
    atStart = false;
    if (ch === "\t" || ch === "\n") {
      row.push(cell);
      cell = "";
      atStart = true;
      if (ch === "\n") {
        rows.push(row);
        row = [];
      }
    } else cell += ch;
    i += 1;
  }
  row.push(cell);
  rows.push(row);
  return rows;
}

/** One cell as a spreadsheet would put it on the clipboard. */
export function tsvCell(value: string): string {
  return /[\t\n"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
