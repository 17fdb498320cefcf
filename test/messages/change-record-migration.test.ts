import type { AppsScriptEnv } from "../../src/fakes";
import { installFormApp, type FormsBoard } from "../../src/fakes/forms";
import { FakeSpreadsheet } from "../../src/fakes/spreadsheet";
import { changeRecord, saveChangeRecord } from "../../src/server/forms/change-record";
import * as entryPoints from "../../src/server/index";
import { sendBriefs } from "../../src/server/messages/briefs";
import { checkSetup } from "../../src/server/setup/check-setup";
import { mapProperties } from "../../src/server/platform/map-properties";
import {
  CHANGE_RECORD_SHEET,
  readChangeRecord,
  type ChangeRecord,
} from "../../src/sheets/change-form-record";
import { CHANGES_SHEET } from "../../src/sheets/changes-sheet";
import { installEnv, uninstallEnv } from "../server/env";
import { linkIn, submitLink } from "./change-link";

// Maps briefed before the hidden Change form record sheet kept the codes and sections in document
// properties: old links keep resolving, the record moves to the sheet at the first save and the
// old keys go. And a helper with a year of daily visits fits, with no property over 9 KB.

const LIMIT = 9 * 1024;
const CANT = { "What would you like to tell us?": "I can't make a date" };

let env: AppsScriptEnv;
let forms: FormsBoard;

beforeEach(() => {
  env = installEnv();
  forms = installFormApp(env, { scope: entryPoints });
  Object.assign(globalThis, { FormApp: env.globals.FormApp });
  env.ui.click("Set up with the example", entryPoints);
  env.ui.click("Plan", entryPoints);
  env.globals.ScriptApp.newTrigger("onOfferFormSubmit")
    .forSpreadsheet(env.spreadsheet)
    .onFormSubmit()
    .create();
});
afterEach(uninstallEnv);

function allValues(): [string, string][] {
  return Object.values(env.properties).flatMap((m) => [...(m?.entries() ?? [])]);
}

/** Puts the record back where the add-on kept it before the sheet: document properties. */
function toOldLayout(record: ChangeRecord): void {
  const props = env.globals.PropertiesService.getDocumentProperties();
  if (!props) throw new Error("no document properties");
  props.setProperty("sm.change.tokens", JSON.stringify(record.tokens));
  props.setProperty("sm.change.routes", JSON.stringify(record.routes));
  for (const [code, section] of Object.entries(record.sections))
    props.setProperty(`sm.change.section.${code}`, JSON.stringify(section));
  const sheet = env.spreadsheet.getSheetByName(CHANGE_RECORD_SHEET);
  if (sheet) env.spreadsheet.deleteSheet(sheet);
}

test("a map with the old properties: old links resolve, the record moves to the sheet once", () => {
  sendBriefs({ onlyChanged: false });
  const record = readChangeRecord(env.readSheet(CHANGE_RECORD_SHEET), "Etc/UTC");
  const anaCode = record.tokens["ana ruiz"];
  expect(anaCode).toMatch(/^[0-9a-f]{32}$/);
  toOldLayout(record);
  const oldLink = linkIn(env.outbox, "ana.ruiz@example.com");
  expect(oldLink).toContain(anaCode);

  // Her old link, answered before anything moved: filed under her name, the date resolved.
  submitLink(forms, oldLink, CANT, /Tuesday 8 December/);
  expect(
    env
      .readSheet(CHANGES_SHEET)
      .slice(1)
      .map((r) => [r[1], r[3], r[5]]),
  ).toEqual([["Ana Ruiz", "2026-12-08 (Morning dog walk)", ""]]);

  // The next briefs keep everyone's code, write the sheet, and delete the old keys.
  env.clock.set("2026-12-07T11:00:00Z");
  sendBriefs({ onlyChanged: false });
  const moved = readChangeRecord(env.readSheet(CHANGE_RECORD_SHEET), "Etc/UTC");
  expect(moved.tokens).toEqual(record.tokens);
  expect(Object.keys(moved.sections).sort()).toEqual(Object.keys(record.sections).sort());
  expect(allValues().filter(([k]) => /^sm\.change\.(tokens|routes|section\.)/.test(k))).toEqual([]);
  expect(linkIn(env.outbox, "ana.ruiz@example.com")).toContain(anaCode);
});

test("a helper with a year of daily visits fits, and no property value passes 9 KB", () => {
  const ctx = {
    props: mapProperties(env.spreadsheet),
    read: { spreadsheet: env.spreadsheet, timeZone: "Etc/UTC" },
  };
  const record = changeRecord(ctx);
  const choices: ChangeRecord["sections"][string]["choices"] = {};
  const start = Date.UTC(2027, 0, 1);
  for (let day = 0; day < 365; day++) {
    const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    choices[`Morning dog walk on ${date} (morning)`] = {
      need: "Morning dog walk",
      row: 2,
      date,
      role: "primary",
    };
    choices[`Backup for Evening dog walk on ${date} (evening)`] = {
      need: "Evening dog walk",
      row: 3,
      date,
      role: "backup",
    };
  }
  record.tokens["ana ruiz"] = "a".repeat(32);
  record.routes["a".repeat(32)] = 42;
  record.sections["a".repeat(32)] = {
    page: 42,
    dates: 43,
    shown: Object.keys(choices),
    choices,
  };
  saveChangeRecord(ctx);
  // Read back by hand from the sheet, as the next run would.
  expect(readChangeRecord(env.readSheet(CHANGE_RECORD_SHEET), "Etc/UTC")).toEqual(record);
  expect(JSON.stringify(record).length).toBeGreaterThan(LIMIT * 5);
  expect(allValues().filter(([, v]) => v.length > LIMIT)).toEqual([]);
});

test("a record that cannot be saved: briefs still go, and the Log and Check setup say why", () => {
  // Google refuses the new sheet (every spreadsheet the fakes hand out shares this prototype).
  const proto = FakeSpreadsheet.prototype;
  const insert = Object.getOwnPropertyDescriptor(proto, "insertSheet");
  const insertSheet = proto.insertSheet;
  proto.insertSheet = function (this: FakeSpreadsheet, name?: string | number, at?: number) {
    if (name === CHANGE_RECORD_SHEET) throw new Error("Service Spreadsheets failed");
    return insertSheet.call(this, name, at);
  };
  let result: { sent: number };
  try {
    result = sendBriefs({ onlyChanged: false });
  } finally {
    if (insert) Object.defineProperty(proto, "insertSheet", insert);
  }
  expect(result.sent).toBeGreaterThan(5);
  // No code was kept, so no brief carries a link that would name nobody.
  expect(env.outbox.filter((m) => /docs\.google\.com\/forms/.test(m.body))).toEqual([]);
  expect(env.readSheet("Log").flat().join("\n")).toMatch(
    /codes could not be kept, so \d+ briefs go without the personal link: the hidden Change form record sheet could not be written: Service Spreadsheets failed/,
  );
  const problems = checkSetup().map((p) => p.message);
  expect(
    problems.some((m) => m.includes("could not be saved on the hidden Change form record")),
  ).toBe(true);
  // The next send works: links go out and Check setup no longer warns.
  env.clock.set("2026-12-07T11:00:00Z");
  sendBriefs({ onlyChanged: false });
  expect(linkIn(env.outbox, "ana.ruiz@example.com")).toMatch(/docs\.google\.com\/forms/);
  expect(checkSetup().some((p) => p.message.includes("Change form record"))).toBe(false);
});
