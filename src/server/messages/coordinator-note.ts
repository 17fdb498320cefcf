import { addDays } from "../../core/dates";
import { coordinatorNote } from "../../core/messages/coordinator-note";
import { CHECK_IN_AT, checkInDates } from "../../core/messages/due";
import { between, isCovered } from "../../core/messages/roster";
import { localTime } from "../../core/messages/zone";
import { nameKey } from "../../core/problem";
import { CHANGES_SHEET, readChangeRows } from "../../sheets/changes-sheet";
import { CHECK_INS_SHEET } from "../../sheets/message-sheets";
import { coordinatorAddress } from "../forms/check-in-form";
import { latestCheckIns } from "../forms/check-in-answers";
import type { Outgoing } from "./mail-run";
import type { MessageSession } from "./session";

// The coordinator's note on the check-in day, an hour after the check-in goes out, when the
// Settings row "Weekly note to coordinator" says yes.

const UNCONFIRMED_AFTER_DAYS = 2;

/** Helpers briefed at least two days ago whose rows are still only planned. */
export function unconfirmedHelpers(session: Pick<MessageSession, "today" | "map">): string[] {
  const cutoff = addDays(session.today, -UNCONFIRMED_AFTER_DAYS);
  const out = new Map<string, string>();
  for (const a of session.map.assignments) {
    const status = a.status.trim().toLowerCase();
    if (status !== "" && status !== "planned") continue;
    if (!a.briefed || a.briefed.slice(0, 10) > cutoff) continue;
    if (a.until < session.today) continue;
    out.set(nameKey(a.person), a.person.trim());
  }
  return [...out.values()].sort();
}

/** The note for the check-in day `date`, from the map as it is now. The preview builds it too. */
export function composeCoordinatorNote(
  session: MessageSession,
  id: string,
  date: string,
): Outgoing | undefined {
  const { settings } = session.map;
  const to = coordinatorAddress(session);
  if (!to) return undefined;
  const gaps = between(session.roster, addDays(date, 1), addDays(date, 7))
    .filter((e) => !isCovered(e))
    .map((e) => ({ need: e.need.name.trim(), date: e.date }));
  const ss = session.read.spreadsheet;
  const changes = ss.getSheetByName(CHANGES_SHEET);
  const missed = readChangeRows(
    changes ? changes.getDataRange().getValues() : [],
    settings.timeZone,
  )
    .filter((r) => /^visit missed$/i.test(r.request))
    .map((r) => `${r.helper}: ${r.dates}`);
  const checkIns = ss.getSheetByName(CHECK_INS_SHEET);
  const latest = latestCheckIns(
    checkIns ? checkIns.getDataRange().getValues() : [],
    settings.timeZone,
    1,
  );
  return {
    id,
    to,
    toName: settings.coordinatorName.trim() || "Coordinator",
    message: coordinatorNote({
      settings,
      date,
      gaps,
      unconfirmed: unconfirmedHelpers(session),
      missed,
      answers: latest.checkIns[0]?.answers ?? [],
    }),
  };
}

export const coordinatorNoteId = (date: string) => `coordnote:${date}`;

export function sendCoordinatorNote(session: MessageSession): void {
  const { settings } = session.map;
  if (settings.coordinatorNote !== true) return;
  if (!checkInDates(settings).includes(session.today)) return;
  if (localTime(session.at, settings.timeZone).minutes < CHECK_IN_AT + 60) return;
  const id = coordinatorNoteId(session.today);
  if (session.ledger.has(id)) return;
  const out = composeCoordinatorNote(session, id, session.today);
  if (out) session.run.send(out);
}
