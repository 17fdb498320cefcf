// What the Days and Time readers share: results, tidying and "did you mean".

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
export type Failed = { ok: false; error: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = (error: string): Failed => ({ ok: false, error });

/** Fold the dashes and spaces that word processors and phones insert. */
export function tidy(text: string): string {
  return text
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** The cell as the coordinator typed it, on one line, for quoting in errors. */
export function shown(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Edits, counting a swap of neighbours as one ("Thrusday"). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/** A likely meant word. Typos keep the first letter and are near, so "Funday" suggests nothing. */
export function closest(word: string, candidates: Record<string, string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = lower.length >= 7 ? 3 : 2;
  for (const [written, meant] of Object.entries(candidates)) {
    const distance = editDistance(lower, written);
    if (written[0] === lower[0] && distance < bestDistance) {
      best = meant;
      bestDistance = distance;
    }
  }
  return best;
}
