import { longDate, weekday, WEEKDAY_NAMES } from "../dates";
import type { IsoDate, Settings } from "../model";
import { describeTime } from "../words";
import { email, list, paragraph, type Block } from "./html";
import type { EmailMessage } from "./message";
import { coordinatorFirstName } from "./names";
import { isCovered, type RosterEntry } from "./roster";

// The optional daily summary for the person supported. The guide: "not a full report, just 'all tasks
// covered today'". When something is not covered it says what, and that the coordinator is on
// it, so the person supported never has to chase anyone.

export function dailySummaryMessage(input: {
  settings: Settings;
  date: IsoDate;
  /** Today's entries; the summary is not sent on a day with none. */
  entries: RosterEntry[];
  /**
   * Needs on the sheet that can't be read: one of them may be today, so the summary never says
   * "all visits covered" while there are any.
   */
  unreadNeeds?: number;
}): EmailMessage {
  const { settings, date, entries } = input;
  const unsure = (input.unreadNeeds ?? 0) > 0;
  const coordinator = coordinatorFirstName(settings);
  const day = `${WEEKDAY_NAMES[weekday(date) - 1]} ${longDate(date)}`;
  const open = entries.filter((e) => !isCovered(e));
  const hello = paragraph(`Hello ${settings.supportedName.trim() || "there"},`);
  const sign = paragraph(`${settings.coordinatorName.trim() || coordinator}`);
  if (open.length === 0 && unsure) {
    return email(`Today, ${day}: ${coordinator} is on it`, [
      hello,
      paragraph(
        `Everything planned for today is covered. ${coordinator} is still sorting out the details of one more task.`,
      ),
      sign,
    ]);
  }
  if (open.length === 0) {
    return email(`Today, ${day}: all visits covered`, [
      hello,
      paragraph("All visits covered today."),
      sign,
    ]);
  }
  const blocks: Block[] = [
    hello,
    paragraph("Not covered yet today:"),
    list(open.map((e) => `${e.need.name.trim()} (${describeTime(e.need.time)})`)),
    paragraph(
      `${coordinator} is on it.${open.length < entries.length && !unsure ? " Everything else is covered." : ""}`,
    ),
    sign,
  ];
  return email(`Today, ${day}: ${coordinator} is on it`, blocks);
}
