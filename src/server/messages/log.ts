import { localStamp } from "../../core/messages/zone";
import { LOG_HEADERS, LOG_SHEET, LOG_TEXT_HEADERS } from "../../sheets/message-sheets";
import { appendRows } from "../platform/append-rows";
import type { SpreadsheetApi } from "../../gas/gas";
import type { MessageLedger } from "./sent-ledger";

// The Log sheet: when, to whom, which message, and how it went. Rows come from the sent-message
// record, so a message a dead run sent is still logged by the next run. It holds ids, names,
// addresses and subjects: never a need's Details.

const STATUS = {
  sent: "sent",
  sending:
    "may not have been sent: the run stopped while sending it. Not sent again; check with them.",
} as const;

export function writeLog(
  spreadsheet: SpreadsheetApi,
  ledger: MessageLedger,
  errors: string[],
  options: { timeZone: string; now: number; notes: string[] },
): void {
  const entries = ledger.unlogged();
  const rows: string[][] = entries.map(({ id, record }) => [
    record.at ? localStamp(Date.parse(record.at), options.timeZone) : "",
    record.to ?? "",
    id,
    record.subject ?? "",
    record.s === "sent" ? STATUS.sent : STATUS.sending,
  ]);
  const when = localStamp(options.now, options.timeZone);
  for (const error of errors) rows.push([when, "", "", "", `not sent: ${error}`]);
  for (const note of options.notes) rows.push([when, "", "", "", note]);
  appendRows(spreadsheet, LOG_SHEET, LOG_HEADERS, rows, LOG_TEXT_HEADERS);
  ledger.markLogged(entries.map((e) => e.id));
}
