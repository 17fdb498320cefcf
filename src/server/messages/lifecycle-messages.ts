import { addDays, longDate, weekday, WEEKDAY_NAMES } from "../../core/dates";
import { coordinatorOn, handovers } from "../../core/lifecycle/coordinators";
import {
  endPromptMessage,
  handoverMessage,
  openReferrals,
  referralsNoteMessage,
} from "../../core/messages/coordinator-notes";
import { CHECK_IN_AT, checkInDates, DAILY_AT } from "../../core/messages/due";
import { between } from "../../core/messages/roster";
import { localTime } from "../../core/messages/zone";
import { nameKey } from "../../core/problem";
import { SETTINGS_SHEET } from "../../sheets/columns";
import { CHECK_INS_SHEET } from "../../sheets/message-sheets";
import { readMap } from "../../sheets/read-map";
import { now } from "../platform/clock";
import { readMapSheets } from "../platform/map-sheets";
import { activeSpreadsheet } from "../platform/spreadsheet";
import { latestCheckIns } from "../forms/check-in-answers";
import { coordinatorAddress } from "../forms/check-in-form";
import type { MessageSession } from "./session";

// What the hourly run sends whoever coordinates, about the map's life: five days before the
// end, extend or close; on the check-in day, the referrals still open; on the day the
// coordinator changes, a handover summary. Each has its own id, so it goes once; an extended
// end date asks again for the new date.

export const END_NOTICE_DAYS = 5;

const day = (d: string) => `${WEEKDAY_NAMES[weekday(d) - 1]} ${longDate(d)}`;

export function lifecycleMessages(session: MessageSession): void {
  const settings = session.mainSettings;
  // A map from before Map state was a setting keeps the messages it had; Set up adds the row
  // (as active) and with it these notes.
  if (settings.mapState === undefined) return;
  const { today } = session;
  const minutes = localTime(session.at, settings.timeZone).minutes;
  const now = coordinatorOn(settings, today);
  const to = now.email || coordinatorAddress(session);

  if (
    to &&
    today >= addDays(settings.endDate, -END_NOTICE_DAYS) &&
    today <= settings.endDate &&
    minutes >= CHECK_IN_AT
  )
    session.run.send({
      id: `end-prompt:${settings.endDate}`,
      to,
      toName: now.name || "Coordinator",
      message: endPromptMessage({ settings, coordinatorName: now.name }),
    });

  if (
    to &&
    checkInDates(settings).includes(today) &&
    minutes >= CHECK_IN_AT &&
    openReferrals(session.map.needs).length
  )
    session.run.send({
      id: `referrals:${today}`,
      to,
      toName: now.name || "Coordinator",
      message: referralsNoteMessage({
        settings,
        needs: session.map.needs,
        coordinatorName: now.name,
      }),
    });

  if (minutes < DAILY_AT) return;
  for (const h of handovers(settings)) {
    if (h.date !== today || !h.to.email) continue;
    const before = coordinatorOn(settings, addDays(today, -1));
    const away = (settings.coordinatorAway ?? []).find((r) => r.from === today);
    session.run.send({
      id: `handover:${today}:${h.to.email.toLowerCase()}`,
      to: h.to.email,
      toName: h.to.name || "Coordinator",
      message: handoverMessage({
        settings: session.map.settings,
        needs: session.map.needs,
        coordinatorName: h.to.name,
        fromName: before.name,
        date: today,
        until: h.to.standIn ? away?.until : undefined,
        gaps: gapsAhead(session),
        unconfirmed: unconfirmed(session),
        latestCheckIn: latest(session),
      }),
    });
  }
}

function gapsAhead(session: MessageSession): string[] {
  return between(session.roster, session.today, addDays(session.today, 13))
    .filter((e) => e.primaries.length < e.seats)
    .map((e) => `${e.need.name.trim()} on ${day(e.date)}`);
}

/** Helpers with a task still to come whose Status is not confirmed (nor done or declined). */
function unconfirmed(session: MessageSession): string[] {
  const excluded = new Set(
    session.map.people
      .filter((p) => p.status.kind === "do not involve")
      .map((p) => nameKey(p.name)),
  );
  const out = new Map<string, Set<string>>();
  for (const a of session.map.assignments) {
    const status = a.status.trim().toLowerCase();
    if (a.until < session.today || ["confirmed", "done", "declined"].includes(status)) continue;
    if (excluded.has(nameKey(a.person))) continue;
    const needs = out.get(a.person.trim()) ?? new Set<string>();
    needs.add(a.need.trim());
    out.set(a.person.trim(), needs);
  }
  return [...out].map(([person, needs]) => `${person} (${[...needs].join(", ")})`);
}

function latest(session: MessageSession) {
  const values = session.read.spreadsheet
    .getSheetByName(CHECK_INS_SHEET)
    ?.getDataRange()
    .getValues();
  const [row] = latestCheckIns(values, session.map.settings.timeZone, 1).checkIns;
  return row ? { answered: row.answered, answers: row.answers } : undefined;
}

/** Whether Settings › Map state says closed (one read of the Settings sheet). */
export function mapIsClosed(): boolean {
  const read = readMapSheets(activeSpreadsheet(), [SETTINGS_SHEET]);
  return (
    readMap(read.values, { timeZone: read.timeZone, now: now() }).map.settings.mapState === "closed"
  );
}
