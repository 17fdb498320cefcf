import type { AppsScriptEnv } from "../../src/fakes";
import { installFormApp, type FormsBoard } from "../../src/fakes/forms";
import { onOfferFormSubmit } from "../../src/server/forms/intake";
import { sendBriefs } from "../../src/server/messages/briefs";
import { turnOnScheduledMessages } from "../../src/server/messages/dispatcher";
import { applyPlan } from "../../src/server/panel/panel";
import { runHourly } from "../messages/message-env";
import { click, installEnv } from "./env";

// Maria's example as a coordinator lives it up to her first check-in: Set up with the example,
// plan, briefs, scheduled messages on from Monday; on Friday 11 December the check-in goes out at
// 10:00, Maria answers through its form, and the next hourly run files her answers on Check-ins.

export const WORKED = "Ana's morning walks were lovely =)";
/** Typed to be converted if anything let Sheets read it: a formula, a percentage. */
export const MISSING = "+Weekly shop (50%)";
export const NOT_HELPFUL = "The daily call to vent (10 min) is too much";

export interface AnsweredMap {
  env: AppsScriptEnv;
  forms: FormsBoard;
}

export function answeredMap(
  answers: Record<string, string> = {
    "What worked this week?": WORKED,
    "What was missing?": MISSING,
    "Is there anything we're doing that's not helpful?": NOT_HELPFUL,
  },
): AnsweredMap {
  const env = installEnv();
  const forms = installFormApp(env, { scope: { onOfferFormSubmit } });
  Object.assign(globalThis, { FormApp: env.globals.FormApp });
  click(env, "Set up with the example");
  applyPlan();
  sendBriefs({ onlyChanged: false });
  turnOnScheduledMessages();
  runHourly(env, "2026-12-07T10:05:00Z", "2026-12-11T11:05:00Z");
  const form = forms.forms.find((f) => f.title.startsWith("Weekly check-in"));
  if (!form) throw new Error("the check-in form was not made");
  forms.submit(form.id, answers);
  runHourly(env, "2026-12-11T12:05:00Z", "2026-12-11T12:05:00Z");
  return { env, forms };
}

/** Fires the next hourly run(s), as the trigger would. */
export function nextHours(env: AppsScriptEnv, hours = 1): void {
  const from = env.clock.now().getTime() + 3600_000;
  runHourly(
    env,
    new Date(from).toISOString(),
    new Date(from + (hours - 1) * 3600_000).toISOString(),
  );
}
