import { stepInMessage } from "../../core/messages/change";
import type { IsoDate, Need, Person } from "../../core/model";
import { describeTime } from "../../core/words";
import { stepInLinkFor } from "../forms/change-form";
import { taskName } from "./change-plan";
import type { Outgoing } from "./mail-run";
import type { MessageSession } from "./session";

/**
 * "Can you take it?": the question to a backup when the main helper can't make a date, with a
 * link that says yes in one step. Sending (reassess.ts) and the panel's preview build it here.
 */
export function composeStepInAsk(
  session: MessageSession,
  ask: { person: Person; need: Need; date: IsoDate; id: string },
): Outgoing {
  const link = stepInLinkFor(session, ask.person, `${ask.date} (${taskName(ask.need)})`);
  return {
    id: ask.id,
    to: ask.person.email,
    toName: ask.person.name,
    message: stepInMessage({
      person: ask.person,
      settings: session.map.settings,
      task: taskName(ask.need),
      date: ask.date,
      time: ask.need.time.kind === "any" ? undefined : describeTime(ask.need.time),
      link,
    }),
    replyTo: session.map.settings.coordinatorEmail,
  };
}
