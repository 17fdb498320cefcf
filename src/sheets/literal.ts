// The one way the add-on writes a person's text into a cell so that the cell holds exactly that
// text, whatever the cell's number format:
// - a plain-text cell ("@") stores a string as it is given, a leading apostrophe included, so the
//   text goes in unchanged;
// - any other cell (Automatic, a date or number format) parses a string as if it were typed:
//   "=…" becomes a formula, "0042" a number, "2026-12-09" or "5 Jan" a date, "50%" a percentage,
//   "TRUE" a boolean. A leading apostrophe stops that and is not stored, so such text goes in
//   behind one apostrophe and Sheets hands back exactly the text.
// Nothing the writer adds is ever stored, so the reader has nothing to undo: what getValues gives
// is what was typed. (See src/fakes/values.ts for the references on both behaviours.)

/** Sheets' plain-text number format. */
export const PLAIN_TEXT = "@";

/**
 * Whether Sheets could take this text for something other than text when it is typed into a cell
 * that is not plain text. Only words that start with a letter, hold no digit and are not TRUE or
 * FALSE are safe in every locale; anything else gets the apostrophe, which costs nothing.
 */
export function couldConvert(text: string): boolean {
  if (text === "") return false;
  return !(/^\p{L}/u.test(text) && !/\d/.test(text) && !/^\s*(true|false)\s*$/i.test(text));
}

/** The string to hand setValues so that a cell of this number format holds exactly `text`. */
export function textForCell(text: string, format: string | undefined): string {
  if (format === PLAIN_TEXT) return text;
  return couldConvert(text) ? `'${text}` : text;
}

/**
 * A value to hand setValues for a cell of this format: text as textForCell, numbers, booleans and
 * Dates as they are (Sheets does not parse them), nothing as blank.
 */
export function valueForCell(value: unknown, format: string | undefined): unknown {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? textForCell(value, format) : value;
}

/** valueForCell over a block, with the block's formats from one getNumberFormats call. */
export function valuesForCells(values: unknown[][], formats: readonly string[][]): unknown[][] {
  return values.map((row, r) => row.map((v, c) => valueForCell(v, formats[r]?.[c])));
}
