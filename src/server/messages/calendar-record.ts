import type { SpreadsheetApi } from "../../gas/gas";
import { asText } from "../../sheets/write-assignments";
import {
  readSentCalendars,
  SENT_CALENDAR_SHEET,
  sentCalendarValues,
  type SentCalendars,
} from "../../sheets/sent-calendar";

// Reads and writes the hidden Sent calendar sheet: once at the start of a sending run, once at
// its end, and only when something was sent.

export function readSentCalendarSheet(ss: SpreadsheetApi, timeZone: string): SentCalendars {
  const sheet = ss.getSheetByName(SENT_CALENDAR_SHEET);
  return readSentCalendars(sheet ? sheet.getDataRange().getValues() : [], timeZone);
}

export function writeSentCalendarSheet(ss: SpreadsheetApi, calendars: SentCalendars): void {
  const values = sentCalendarValues(calendars).map((r) => r.map(asText));
  let sheet = ss.getSheetByName(SENT_CALENDAR_SHEET);
  if (!sheet) {
    sheet = ss.insertSheet(SENT_CALENDAR_SHEET);
    sheet.setFrozenRows(1);
    sheet.hideSheet();
  }
  const width = values[0].length;
  if (values.length > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
  if (width > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.clearContents();
  // Plain text: a date or a sequence number stays exactly what was written.
  sheet.getRange(1, 1, values.length, width).setNumberFormat("@").setValues(values);
}
