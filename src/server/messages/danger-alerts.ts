import { mentionsDanger } from "../../core/danger-words";
import { coordinatorOn } from "../../core/lifecycle/coordinators";
import { dangerAlertMessage } from "../../core/messages/danger-alert";
import { coordinatorAddress, type collectCheckInAnswers } from "../forms/check-in-form";
import type { MessageSession } from "./session";

// Check-in answers that speak of danger reach the coordinator at once, on the hourly run that
// files them, whatever the map's state: safety does not wait for a weekly note or a paused map.
// Each answer alerts once (its id is in the sent ledger); helpers never hear of it.

export const dangerAlertId = (responseId: string) => `danger:${responseId}`;

export function alertDangerousAnswers(
  session: MessageSession,
  rows: ReturnType<typeof collectCheckInAnswers>,
): void {
  const { settings } = session.map;
  const today = coordinatorOn(settings, session.today);
  const to = today.email || coordinatorAddress(session);
  if (!to) return;
  for (const row of rows) {
    if (!row.answers.some(mentionsDanger)) continue;
    session.run.send({
      id: dangerAlertId(row.responseId),
      to,
      toName: today.name || "Coordinator",
      message: dangerAlertMessage({
        settings,
        coordinatorName: today.name,
        answered: row.answered,
      }),
    });
  }
}
