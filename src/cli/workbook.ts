import { readFile, writeFile } from "node:fs/promises";
import { extname } from "node:path";
import ExcelJS from "exceljs";
import * as z from "zod";
import { isIsoDate } from "../core/dates";
import {
  DEFAULT_TIME_ZONE,
  cellText,
  clockTimeIn,
  instantOf,
  isDate,
  isValidTimeZone,
  isoDateIn,
  wallClock,
} from "../sheets/cells";
import { SETTINGS_SHEET, SHEET_DEFS, normaliseHeader, settingFor } from "../sheets/columns";

// Workbook files for the command line: .xlsx (as a coordinator would download the sheet) and
// .json (sheet name -> rows). Values come back the way Sheets' getValues() gives them, so the
// same reader works on both. An .xlsx date has no time zone: it is taken as a wall-clock date
// in the map's zone and handed over as a Date at that midnight, like Sheets does.

export type Workbook = Record<string, unknown[][]>;

export interface WorkbookOptions {
  /** The zone dates are in; otherwise the Settings' Time zone, otherwise UTC. */
  timeZone?: string;
}

const JsonWorkbook = z.record(z.string(), z.array(z.array(z.unknown())));

/** The time zone written in the workbook's Settings, if it names a real one. */
export function workbookTimeZone(sheets: Workbook): string | undefined {
  const settings = Object.entries(sheets).find(
    ([name]) => name.trim().toLowerCase() === SETTINGS_SHEET.toLowerCase(),
  )?.[1];
  for (const row of settings ?? []) {
    if (settingFor(cellText(row[0], DEFAULT_TIME_ZONE))?.key !== "timeZone") continue;
    const zone = cellText(row[1], DEFAULT_TIME_ZONE);
    return isValidTimeZone(zone) ? zone : undefined;
  }
  return undefined;
}

function zoneFor(sheets: Workbook, options: WorkbookOptions): string {
  if (options.timeZone && isValidTimeZone(options.timeZone)) return options.timeZone;
  return workbookTimeZone(sheets) ?? DEFAULT_TIME_ZONE;
}

function kindOf(path: string): "xlsx" | "json" {
  const ext = extname(path).toLowerCase();
  if (ext === ".xlsx") return "xlsx";
  if (ext === ".json") return "json";
  throw new Error(`${path}: a workbook must be an .xlsx or a .json file.`);
}

export async function readWorkbook(path: string, options: WorkbookOptions = {}): Promise<Workbook> {
  if (kindOf(path) === "json") {
    return jsonToWorkbook(await readFile(path, "utf8"), path);
  }
  return xlsxToWorkbook(await readFile(path), options);
}

/** An .xlsx file's bytes as sheets (the playground's Open .xlsx uses this too). */
export async function xlsxToWorkbook(
  bytes: Uint8Array,
  options: WorkbookOptions = {},
): Promise<Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const raw: Workbook = {};
  book.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    const width = sheet.columnCount;
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: unknown[] = [];
      for (let c = 1; c <= width; c++) cells.push(plainValue(row.getCell(c).value));
      rows.push(cells);
    }
    while (rows.length > 0 && rows[rows.length - 1].every((v) => v === "")) rows.pop();
    raw[sheet.name] = rows;
  });
  // exceljs reads a date as that wall-clock time in UTC; move it to the map's zone.
  const zone = zoneFor(raw, options);
  for (const rows of Object.values(raw))
    for (const row of rows)
      row.forEach((v, i) => {
        if (isDate(v)) row[i] = instantOf(wallClock(v, DEFAULT_TIME_ZONE), zone);
      });
  return raw;
}

function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("formula" in value || "sharedFormula" in value) return plainValue(value.result ?? "");
  if ("hyperlink" in value) return plainValue(value.text as ExcelJS.CellValue);
  if ("error" in value) return value.error;
  return "";
}

export async function writeWorkbook(
  path: string,
  sheets: Workbook,
  options: WorkbookOptions = {},
): Promise<void> {
  const zone = zoneFor(sheets, options);
  if (kindOf(path) === "json") {
    await writeFile(path, workbookJson(sheets, zone));
    return;
  }
  await writeFile(path, await workbookToXlsx(sheets, options));
}

/** Sheets as an .xlsx file's bytes (the playground's Download .xlsx uses this too). */
export async function workbookToXlsx(
  sheets: Workbook,
  options: WorkbookOptions = {},
): Promise<Buffer> {
  const zone = zoneFor(sheets, options);
  const book = new ExcelJS.Workbook();
  // Fixed stamps keep regenerated example files from differing only in their dates.
  book.created = book.modified = new Date(Date.UTC(2026, 0, 1));
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    for (const row of rows) sheet.addRow(row.map((v) => xlsxValue(v, zone)));
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = "yyyy-mm-dd";
      }),
    );
    sheet.getRow(1).font = { bold: true };
    const def = SHEET_DEFS.find((d) => d.name.toLowerCase() === name.trim().toLowerCase());
    (rows[0] ?? []).forEach((h, i) => {
      const col = def?.columns.find(
        (c) => normaliseHeader(c.header) === normaliseHeader(cellText(h, DEFAULT_TIME_ZONE)),
      );
      // Excel measures widths in characters, about 7 pixels each.
      sheet.getColumn(i + 1).width = Math.round((col?.width ?? 120) / 7);
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A cell as xlsx holds it: text stays text, dates become real dates (at UTC, see above). */
function xlsxValue(value: unknown, zone: string): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (isDate(value)) {
    const c = wallClock(value, zone);
    return new Date(Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second));
  }
  if (typeof value === "string") {
    if (isIsoDate(value)) return new Date(`${value}T00:00:00Z`);
    // The apostrophe only tells Sheets to keep text; an xlsx string cell already is text.
    return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
  }
  if (typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** Sheets as .json text, dates as ISO strings in the map's zone. */
export function workbookToJson(sheets: Workbook, options: WorkbookOptions = {}): string {
  return workbookJson(sheets, zoneFor(sheets, options));
}

/** .json text as sheets; throws a message saying what shape was expected. */
export function jsonToWorkbook(text: string, source = "The file"): Workbook {
  const parsed = JsonWorkbook.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new Error(
      `${source}: expected an object of sheet names, each an array of rows (arrays of cells).`,
    );
  return parsed.data;
}

/** Dates as ISO strings, one row per line, so the file reads like the sheet. */
function workbookJson(sheets: Workbook, zone: string): string {
  const jsonValue = (v: unknown): unknown => {
    if (!isDate(v)) return v === undefined || v === null ? "" : v;
    const day = isoDateIn(v, zone);
    return clockTimeIn(v, zone) === "00:00" ? day : v.toISOString();
  };
  const names = Object.keys(sheets);
  const body = names.map((name) => {
    const rows = sheets[name].map((r) => `    ${JSON.stringify(r.map(jsonValue))}`);
    if (rows.length === 0) return `  ${JSON.stringify(name)}: []`;
    return `  ${JSON.stringify(name)}: [\n${rows.join(",\n")}\n  ]`;
  });
  return `{\n${body.join(",\n")}\n}\n`;
}
