// What a cell holds after a script writes to it, and what it shows. Sheets treats a string written
// by setValue(s) as if the user had typed it: "=…" is a formula, "42" a number, "TRUE" a boolean,
// "2026-12-09" a date, and "+44 7700…" a broken formula; only the plain-text format "@" or a leading
// apostrophe keeps the string as written.
//
// The two behaviours src/sheets/literal.ts relies on, and where they are described:
// - An Automatic (or any non-text) cell parses a string as if it were typed (the Sheets API's
//   USER_ENTERED: https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption);
//   a leading apostrophe forces text and is not part of the value: Google's TO_TEXT help says it
//   "is equivalent to prefixing a number with an apostrophe"
//   (https://support.google.com/docs/answer/3094285), and the value read back has no apostrophe
//   (https://github.com/theoephraim/node-google-spreadsheet/issues/696).
// - A cell formatted as plain text ("@") stores the string as given, so a leading apostrophe
//   written there stays as a visible character (https://github.com/vlucas/sheetquery/issues/20:
//   "symbol also will be stored in the cell"). The reference does not say this outright; the
//   Self-test's "Typed text written for plain-text and Automatic cells" check tells which
//   behaviour real Sheets has.

import type { FakeDataValidation } from "./validation";
import { isDate } from "./context";
import { displayNumber, formatDate, instantOf, sheetsDatePattern, wallTime } from "./format";

export type CellValue = string | number | boolean | Date;

export interface Cell {
  value: CellValue;
  formula?: string;
  format?: string;
  background?: string;
  note?: string;
  validation?: FakeDataValidation;
  fontWeight?: GoogleAppsScript.Spreadsheet.FontWeight;
  fontColor?: string;
  wrap?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
}

/** What getNumberFormat returns for a cell nobody has formatted. */
export const DEFAULT_NUMBER_FORMAT = "0.###############";
export const PLAIN_TEXT = "@";
/** We do not evaluate formulas; Sheets shows #ERROR! for the ones that do not parse. */
export const FORMULA_RESULT = "#ERROR!";

export interface Written {
  value: CellValue;
  formula?: string;
  /** The number format Sheets gives an unformatted cell for this kind of value. */
  autoFormat?: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
// What an en_US spreadsheet also reads as numbers, dates and times in a cell with automatic
// format: "50%", "$5", "1,000", "1/2", "5 Jan", "Jan 5", "6pm". Sheets converts typed text
// "based on the spreadsheet's locale"; only the plain-text format keeps it as written.
// https://support.google.com/docs/answer/56470 (number formats) and
// https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+))\s?%$/;
const CURRENCY = /^([+-]?)\$\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/;
const GROUPED = /^([+-]?\d{1,3}(?:,\d{3})+)(\.\d+)?$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/;
const MONTH_NAMES = "jan feb mar apr may jun jul aug sep oct nov dec".split(" ");
const DAY_MONTH = /^(\d{1,2})\s+([a-z]{3,9})\.?(?:,?\s+(\d{4}))?$/i;
const MONTH_DAY = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?$/i;
const AM_PM = /^(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?$/i;

function monthOf(name: string): number {
  const i = MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase());
  const full =
    "january february march april may june july august september october november december".split(
      " ",
    );
  return i >= 0 && full[i].startsWith(name.toLowerCase()) ? i + 1 : 0;
}

/** A day of the year the cell is written in, when the text names no year. */
function dayValue(
  now: number,
  timeZone: string,
  y: number | undefined,
  mo: number,
  d: number,
): Written | undefined {
  const year = y ?? wallTime(now, timeZone).year;
  const check = new Date(Date.UTC(year, mo - 1, d));
  if (mo < 1 || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  return { value: new Date(instantOf(timeZone, year, mo, d)), autoFormat: "M/d/yyyy" };
}

/** The locale conversions beyond plain numbers, ISO dates and 24-hour times. */
function localeValue(trimmed: string, timeZone: string, now: number): Written | undefined {
  let m = PERCENT.exec(trimmed);
  if (m) return { value: Number(m[1]) / 100, autoFormat: m[1].includes(".") ? "0.00%" : "0%" };
  m = CURRENCY.exec(trimmed);
  if (m) {
    const n = Number(m[2].replace(/,/g, "") + (m[3] ?? ""));
    return { value: m[1] === "-" ? -n : n, autoFormat: '"$"#,##0.00' };
  }
  m = GROUPED.exec(trimmed);
  if (m) return { value: Number(m[1].replace(/,/g, "") + (m[2] ?? "")), autoFormat: "#,##0" };
  m = SLASH_DATE.exec(trimmed);
  if (m) {
    const y = m[3] === undefined ? undefined : Number(m[3].length === 2 ? `20${m[3]}` : m[3]);
    return dayValue(now, timeZone, y, Number(m[1]), Number(m[2]));
  }
  m = DAY_MONTH.exec(trimmed);
  if (m && monthOf(m[2]))
    return dayValue(now, timeZone, m[3] ? Number(m[3]) : undefined, monthOf(m[2]), Number(m[1]));
  m = MONTH_DAY.exec(trimmed);
  if (m && monthOf(m[1]))
    return dayValue(now, timeZone, m[3] ? Number(m[3]) : undefined, monthOf(m[1]), Number(m[2]));
  m = AM_PM.exec(trimmed);
  if (m) {
    const h = Number(m[1]);
    const mi = Number(m[2] ?? 0);
    if (h >= 1 && h <= 12 && mi < 60) {
      const hour = (h % 12) + (m[3].toLowerCase() === "p" ? 12 : 0);
      return {
        value: new Date(instantOf(timeZone, 1899, 12, 30, hour, mi)),
        autoFormat: "h:mm am/pm",
      };
    }
  }
  return undefined;
}
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

export function parseInput(
  input: unknown,
  cellFormat: string | undefined,
  timeZone: string,
  now: number = Date.now(),
): Written {
  if (input === null || input === undefined) return { value: "" };
  if (isDate(input)) {
    const w = wallTime(input.getTime(), timeZone);
    const midnight = w.hour === 0 && w.minute === 0 && w.second === 0;
    return {
      value: new Date(input.getTime()),
      autoFormat: midnight ? "M/d/yyyy" : "M/d/yyyy H:mm:ss",
    };
  }
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  const text = String(input);
  if (cellFormat === PLAIN_TEXT || text === "") return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith("=")) return { value: FORMULA_RESULT, formula: text };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed) };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  const date = DATE.exec(trimmed);
  if (date) {
    const [y, mo, d, h, mi, s] = date.slice(1).map((part) => Number(part ?? 0));
    const check = new Date(Date.UTC(y, mo - 1, d));
    if (check.getUTCMonth() === mo - 1 && check.getUTCDate() === d && h < 24 && mi < 60 && s < 60) {
      const format = date[4] === undefined ? "yyyy-mm-dd" : "yyyy-mm-dd H:mm:ss";
      return { value: new Date(instantOf(timeZone, y, mo, d, h, mi, s)), autoFormat: format };
    }
  }
  const time = TIME.exec(trimmed);
  if (time) {
    const [h, mi, s] = time.slice(1).map((part) => Number(part ?? 0));
    // Sheets stores a time of day as that time on its day zero, 1899-12-30.
    if (h < 24 && mi < 60 && s < 60) {
      return { value: new Date(instantOf(timeZone, 1899, 12, 30, h, mi, s)), autoFormat: "H:mm" };
    }
  }
  const local = localeValue(trimmed, timeZone, now);
  if (local) return local;
  if (/^[+\-@]/.test(text)) return { value: FORMULA_RESULT, formula: `=${text}` };
  return { value: text };
}

export function displayValue(cell: Cell | undefined, timeZone: string): string {
  if (!cell) return "";
  const { value } = cell;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return displayNumber(value, cell.format ?? DEFAULT_NUMBER_FORMAT);
  if (isDate(value)) {
    const format = cell.format && /[ydhms]/i.test(cell.format) ? cell.format : "M/d/yyyy H:mm:ss";
    return formatDate(value, timeZone, sheetsDatePattern(format));
  }
  return value;
}

export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== "" || cell.formula !== undefined);
}
