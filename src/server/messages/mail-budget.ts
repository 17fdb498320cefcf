import { busiestMailDay, mailSwitches, SEND_ORDER } from "../../core/messages/mail-budget";
import { dayWords } from "../../core/messages/change";
import { buildRoster } from "../../core/messages/roster";
import type { IsoDate, SupportMap } from "../../core/model";
import type { MailQuota } from "../../shared/panel-types";
import { services } from "../platform/services";

/** For the panel: the emails a day the map needs against what the account may still send. */
export function mailQuota(map: SupportMap, today: IsoDate): MailQuota {
  let left: number | undefined;
  try {
    left = services().mail.getRemainingDailyQuota();
  } catch {
    // Without the mail scope (or off Google) the need is still worth showing, the quota is not.
    left = undefined;
  }
  const busiest = busiestMailDay({
    settings: map.settings,
    roster: buildRoster(map),
    today,
    ...mailSwitches(map.settings),
  });
  return {
    day: busiest.day,
    dayText: dayWords(busiest.day),
    counts: { ...busiest.counts },
    total: busiest.total,
    ...(left === undefined ? {} : { left }),
    short: left !== undefined && left < busiest.total,
    sendOrder: [...SEND_ORDER],
  };
}
