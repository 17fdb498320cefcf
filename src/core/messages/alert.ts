import type { Settings } from "../model";
import { describeSchedule } from "../words";
import { email, paragraph, type Block } from "./html";
import type { EmailMessage } from "./message";
import type { RosterEntry } from "./roster";

// The coordinator's alert: a high-priority occurrence coming up within 48 hours has nobody.
// It goes to the coordinator only, and says what and when, and who the backup is, if anyone;
// never the need's Details.

export function gapAlertMessage(input: { settings: Settings; entry: RosterEntry }): EmailMessage {
  const { settings, entry } = input;
  const need = entry.need.name.trim();
  const when = describeSchedule({
    dates: [entry.date],
    days: entry.need.days,
    time: entry.need.time,
  });
  const blocks: Block[] = [paragraph(`${need} (high priority) ${when} has no helper yet.`)];
  if (entry.backups.length) {
    const names = entry.backups.map((p) => p.name.trim()).join(" and ");
    blocks.push(paragraph(`The backup that day: ${names}. You could ask them first.`));
  }
  blocks.push(
    paragraph(
      "Open the support map to ask someone, or add an offer and plan again. This alert is sent once for this date.",
    ),
  );
  if (settings.coordinatorName.trim())
    blocks.unshift(paragraph(`Hello ${settings.coordinatorName.trim()},`));
  return email(`No helper yet: ${need}, ${when}`, blocks);
}
