import { clockTimeIn, isDate, isoDateIn, midnightIn } from "../../sheets/cells";
import { asText } from "../../sheets/write-assignments";
import type { SheetApi, SpreadsheetApi } from "../../gas/gas";
import type { Services } from "../platform/services";
import { DATE_FORMAT, HEADER_PROTECTION, PLAIN_TEXT_FORMAT } from "./setup";

// The self-test's checks of the spreadsheet, properties, lock and other services, each
// expecting what the in-memory fakes do.

export interface SelfTestScratch {
  services: Services;
  spreadsheet: SpreadsheetApi;
  timeZone: string;
  /** Made by the first check; null if that failed. */
  sheet: SheetApi | null;
  sheetName: string;
  propertyKey: string;
}

export interface SelfTestCheck {
  name: string;
  /** Throws when the check fails; may return a detail worth showing (a quota, an email). */
  run(scratch: SelfTestScratch): string | void;
}

export interface SelfTestResult {
  name: string;
  ok: boolean;
  /** What was seen, or the error message. */
  detail: string;
}

export interface SelfTestReport {
  ok: boolean;
  passed: number;
  failed: number;
  summary: string;
  results: SelfTestResult[];
}

export function expect(what: string, actual: unknown, wanted: unknown): void {
  const a = JSON.stringify(actual);
  const w = JSON.stringify(wanted);
  if (a !== w) throw new Error(`${what}: got ${a}, expected ${w}`);
}

export function scratchSheet(s: SelfTestScratch): SheetApi {
  if (!s.sheet) throw new Error("skipped: the scratch sheet could not be made");
  return s.sheet;
}

const DAY = "2026-12-09";

/** The checks of sheets and services, in order; the scratch sheet is made by the first. */
export const SERVICE_SELF_TESTS: SelfTestCheck[] = [
  {
    name: "Make a scratch sheet",
    run(s) {
      s.sheet = s.spreadsheet.insertSheet(s.sheetName);
      expect("sheet name", s.sheet.getName(), s.sheetName);
      return s.sheetName;
    },
  },
  {
    name: "Session: user and time zones",
    run(s) {
      const email = s.services.session.getActiveUser().getEmail();
      const effective = s.services.session.getEffectiveUser().getEmail();
      const script = s.services.session.getScriptTimeZone();
      return `user ${email || "(hidden by Google)"}, runs as ${effective || "(hidden)"}, script time zone ${script}, spreadsheet time zone ${s.timeZone}`;
    },
  },
  {
    name: "Spreadsheet: name, id and sheets",
    run(s) {
      const names = s.spreadsheet.getSheets().map((sh) => sh.getName());
      if (!names.includes(s.sheetName)) throw new Error("the scratch sheet is not listed");
      if (!s.spreadsheet.getId()) throw new Error("no spreadsheet id");
      return `${s.spreadsheet.getName()}: ${names.length} sheets`;
    },
  },
  {
    name: "Values: a date and formula-looking text written with asText come back as written",
    run(s) {
      const range = scratchSheet(s).getRange(1, 1, 1, 4);
      const written = ["=SUM(A1)", "+44 20 7946 0000", "@home"];
      range.setValues([[midnightIn(DAY, s.timeZone), ...written.map(asText)]]);
      const [back] = range.getValues();
      if (!isDate(back[0])) throw new Error(`A1 is not a Date: ${String(back[0])}`);
      expect("date", isoDateIn(back[0], s.timeZone), DAY);
      expect("text", back.slice(1), written);
      expect("formulas", range.getFormulas()[0], ["", "", "", ""]);
    },
  },
  {
    name: "Plain-text format keeps typed text as it is, a leading apostrophe too",
    run(s) {
      const range = scratchSheet(s).getRange(2, 1, 1, 4).setNumberFormat(PLAIN_TEXT_FORMAT);
      range.setValues([["=SUM(A1)", "-x", "0042", "'apostrophe"]]);
      expect("values", range.getValues()[0], ["=SUM(A1)", "-x", "0042", "'apostrophe"]);
      expect("formulas", range.getFormulas()[0], ["", "", "", ""]);
      expect("formats", range.getNumberFormats()[0], Array(4).fill(PLAIN_TEXT_FORMAT));
    },
  },
  {
    name: "Date format shows YYYY-MM-DD",
    run(s) {
      const cell = scratchSheet(s).getRange(1, 1).setNumberFormat(DATE_FORMAT);
      expect("display", cell.getDisplayValue(), DAY);
      expect("format", cell.getNumberFormat(), DATE_FORMAT);
    },
  },
  {
    name: "Backgrounds, bold, wrap and alignment",
    run(s) {
      const range = scratchSheet(s).getRange(3, 1, 1, 2);
      range
        .setBackgrounds([["#F4CCCC", null]])
        .setFontWeight("bold")
        .setWrap(true)
        .setVerticalAlignment("top");
      expect("backgrounds", range.getBackgrounds()[0], ["#f4cccc", "#ffffff"]);
      expect("weight", range.getFontWeight(), "bold");
      range.setBackground("#e8eaed");
      expect("background", range.getBackground(), "#e8eaed");
    },
  },
  {
    name: "Notes",
    run(s) {
      const range = scratchSheet(s).getRange(1, 1, 1, 2);
      range.setNotes([["First note", "Second\nnote"]]);
      expect("notes", range.getNotes()[0], ["First note", "Second\nnote"]);
    },
  },
  {
    name: "Dropdown and date checks that keep what was typed",
    run(s) {
      const { spreadsheetApp } = s.services;
      const sheet = scratchSheet(s);
      const list = spreadsheetApp
        .newDataValidation()
        .requireValueInList(["yes", "no"], true)
        .setAllowInvalid(true)
        .setHelpText("Pick yes or no.")
        .build();
      const date = spreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true).build();
      sheet.getRange(4, 1, 2, 1).setDataValidation(list);
      sheet.getRange(4, 2).setDataValidation(date);
      sheet.getRange(4, 1, 1, 2).setValues([["maybe", "soon"]]);
      expect("kept", sheet.getRange(4, 1, 1, 2).getValues()[0], ["maybe", "soon"]);
      const rules = sheet.getRange(4, 1, 1, 3).getDataValidations()[0];
      expect("list rule", String(rules[0]?.getCriteriaType()), "VALUE_IN_LIST");
      expect("list values", rules[0]?.getCriteriaValues(), [["yes", "no"], true]);
      expect("allow invalid", rules[0]?.getAllowInvalid(), true);
      expect("help text", rules[0]?.getHelpText(), "Pick yes or no.");
      expect("date rule", String(rules[1]?.getCriteriaType()), "DATE_IS_VALID_DATE");
      expect("no rule", rules[2], null);
      sheet.getRange(5, 1).setDataValidations([[null]]);
      expect("removed", sheet.getRange(5, 1).getDataValidation(), null);
    },
  },
  {
    name: "Header protection that only warns",
    run(s) {
      const sheet = scratchSheet(s);
      const type = s.services.spreadsheetApp.ProtectionType.RANGE;
      sheet.getRange("1:1").protect().setDescription(HEADER_PROTECTION).setWarningOnly(true);
      const found = sheet
        .getProtections(type)
        .filter((p) => p.getDescription() === HEADER_PROTECTION);
      expect("protections", found.length, 1);
      expect("warning only", found[0].isWarningOnly(), true);
      expect("row", found[0].getRange().getRow(), 1);
      found[0].remove();
      expect("removed", sheet.getProtections(type).length, 0);
    },
  },
  {
    name: "Frozen rows and column widths",
    run(s) {
      const sheet = scratchSheet(s);
      sheet.setFrozenRows(1);
      expect("frozen", sheet.getFrozenRows(), 1);
      sheet.setColumnWidth(2, 180);
      expect("width", sheet.getColumnWidth(2), 180);
    },
  },
  {
    name: "Sheet size: data range, more rows and columns, clear",
    run(s) {
      const sheet = scratchSheet(s);
      const rows = sheet.getMaxRows();
      const columns = sheet.getMaxColumns();
      sheet.insertRowsAfter(rows, 2);
      sheet.insertColumnsAfter(columns, 1);
      expect("rows", sheet.getMaxRows(), rows + 2);
      expect("columns", sheet.getMaxColumns(), columns + 1);
      sheet.getRange(rows + 2, columns + 1).setValue("far");
      expect("data range", sheet.getDataRange().getLastRow(), rows + 2);
      expect("last column", sheet.getLastColumn(), columns + 1);
      sheet.clear();
      expect("cleared", sheet.getLastRow(), 0);
    },
  },
  {
    name: "Document properties",
    run(s) {
      const props = s.services.properties.getDocumentProperties();
      if (!props) throw new Error("getDocumentProperties() returned null in a menu run");
      props.setProperty(s.propertyKey, "self-test");
      expect("read back", props.getProperty(s.propertyKey), "self-test");
    },
  },
  {
    name: "Document lock",
    run(s) {
      const lock = s.services.locks.getDocumentLock();
      if (!lock) throw new Error("getDocumentLock() returned null in a menu run");
      if (!lock.tryLock(10_000)) throw new Error("the document lock is busy: try again");
      try {
        expect("held", lock.hasLock(), true);
        s.sheet?.getRange("A1").setValue("written under the lock");
      } finally {
        // Google's Lock reference: flush before releasing, so the next holder reads this write.
        s.services.spreadsheetApp.flush();
        lock.releaseLock();
      }
      expect("released", lock.hasLock(), false);
      if (s.sheet) expect("the write", s.sheet.getRange("A1").getValue(), "written under the lock");
      return "written, flushed, then released";
    },
  },
  {
    name: "Triggers can be listed (none made)",
    run(s) {
      const mine = s.services.scriptApp.getUserTriggers(s.spreadsheet);
      const project = s.services.scriptApp.getProjectTriggers();
      return `${mine.length} trigger(s) of yours on this spreadsheet: ${mine.map((t) => t.getHandlerFunction()).join(", ") || "none"}; ${project.length} in the project`;
    },
  },
  {
    name: "Dates in the spreadsheet's time zone agree with Utilities.formatDate",
    run(s) {
      const at = new Date(Date.UTC(2026, 11, 9, 23, 30));
      const theirs = s.services.utilities.formatDate(at, s.timeZone, "yyyy-MM-dd HH:mm");
      expect(
        "date and time",
        theirs,
        `${isoDateIn(at, s.timeZone)} ${clockTimeIn(at, s.timeZone)}`,
      );
    },
  },
  {
    name: "Email quota (nothing is sent)",
    run(s) {
      const left = s.services.mail.getRemainingDailyQuota();
      if (typeof left !== "number") throw new Error(`quota is not a number: ${String(left)}`);
      return `${left} recipients left today`;
    },
  },
  {
    name: "HTML output",
    run(s) {
      const out = s.services.html
        .createHtmlOutput("<p>a</p>")
        .append("<p>b</p>")
        .setWidth(300)
        .setHeight(200);
      expect("content", out.getContent(), "<p>a</p><p>b</p>");
      expect("size", [out.getWidth(), out.getHeight()], [300, 200]);
    },
  },
  {
    name: "Toast",
    run(s) {
      s.spreadsheet.toast("Self-test running…", "Support Map", 3);
    },
  },
];
