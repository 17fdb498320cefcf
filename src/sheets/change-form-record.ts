import type { IsoDate, Role } from "../core/model";
import { cellText } from "./cells";

// The hidden "Change form record" sheet: each helper's code for the "Can't make it, or need to
// swap?" form, where the form sends that code, and what each choice of their section stands for
// (old choices included, for a while, so a late answer still resolves). A sheet rather than
// document properties: a property value holds 9 KB, which every helper's code together passes
// at about 160 helpers and one helper's choices pass with a year of daily visits. One row per
// code, then one row per choice of that code, so no cell grows with the map.

export const CHANGE_RECORD_SHEET = "Change form record";
export const CHANGE_RECORD_HEADERS = [
  "Helper",
  "Code",
  "Code goes to",
  "Section page",
  "Dates question",
  "Choice",
  "Shown at",
  "Need",
  "Needs row",
  "Date",
  "Role",
  "Saved",
];

export interface ChoiceEntry {
  need: string;
  /** The need's Needs row when the choice was made: found again after a rename. */
  row: number;
  date: IsoDate;
  role: Role;
}

export interface SectionRecord {
  /** The section's page break and checkbox item ids; 0 when the helper has no section. */
  page: number;
  dates: number;
  /** The choices as last set, in order. */
  shown: string[];
  /** Every choice text ever shown (until it is old enough to drop) → what it stands for. */
  choices: Record<string, ChoiceEntry>;
}

export interface ChangeRecord {
  /** Helper (name key) → their code. Codes are never taken back: old links keep resolving. */
  tokens: Record<string, string>;
  /** Code → the page the code question sends it to, as last set on the form. */
  routes: Record<string, number>;
  /** Code → that helper's section. */
  sections: Record<string, SectionRecord>;
}

export function emptyChangeRecord(): ChangeRecord {
  return { tokens: {}, routes: {}, sections: {} };
}

const whole = (text: string): number | undefined => {
  const n = text === "" ? NaN : Number(text);
  return Number.isInteger(n) ? n : undefined;
};

export function readChangeRecord(values: unknown[][] | undefined, timeZone: string): ChangeRecord {
  const record = emptyChangeRecord();
  const shownAt = new Map<string, [number, string][]>();
  for (const r of (values ?? []).slice(1)) {
    const cell = (i: number) => cellText(r[i], timeZone);
    const code = cell(1);
    if (!code) continue;
    const choice = cell(5);
    if (!choice) {
      if (cell(0)) record.tokens[cell(0)] = code;
      const route = whole(cell(2));
      if (route !== undefined) record.routes[code] = route;
      const page = whole(cell(3));
      if (page !== undefined)
        record.sections[code] = { page, dates: whole(cell(4)) ?? 0, shown: [], choices: {} };
      continue;
    }
    const section = (record.sections[code] ??= { page: 0, dates: 0, shown: [], choices: {} });
    section.choices[choice] = {
      need: cell(7),
      row: whole(cell(8)) ?? 0,
      date: cell(9),
      role: cell(10) === "backup" ? "backup" : "primary",
    };
    const at = whole(cell(6));
    if (at !== undefined) shownAt.set(code, [...(shownAt.get(code) ?? []), [at, choice]]);
  }
  for (const [code, list] of shownAt)
    record.sections[code].shown = list.sort((a, b) => a[0] - b[0]).map(([, text]) => text);
  return record;
}

/** When the sheet was last written (an ISO instant on the first row under the header). */
export function changeRecordSavedAt(values: unknown[][] | undefined, timeZone: string): string {
  return cellText(values?.[1]?.[11], timeZone);
}

/**
 * The whole sheet, header first, `savedAt` on the first row under it; every cell text, so
 * nothing is read as a date or a number.
 */
export function changeRecordValues(record: ChangeRecord, savedAt: string): string[][] {
  const rows: string[][] = [CHANGE_RECORD_HEADERS];
  const helperOf = new Map(Object.entries(record.tokens).map(([helper, code]) => [code, helper]));
  const codes = new Set([
    ...Object.values(record.tokens),
    ...Object.keys(record.routes),
    ...Object.keys(record.sections),
  ]);
  const num = (n: number | undefined) => (n === undefined ? "" : String(n));
  for (const code of [...codes].sort()) {
    const section = record.sections[code];
    rows.push([
      helperOf.get(code) ?? "",
      code,
      num(record.routes[code]),
      num(section?.page),
      num(section?.dates),
      "",
      "",
      "",
      "",
      "",
      "",
    ]);
    if (!section) continue;
    for (const [choice, e] of Object.entries(section.choices)) {
      const at = section.shown.indexOf(choice);
      rows.push([
        "",
        code,
        "",
        "",
        "",
        choice,
        at < 0 ? "" : String(at + 1),
        e.need,
        String(e.row),
        e.date,
        e.role,
      ]);
    }
  }
  const blank = CHANGE_RECORD_HEADERS.map(() => "");
  for (const row of rows.slice(1)) row.push("");
  rows[1] ??= blank;
  rows[1][11] = savedAt;
  return rows;
}
