import { createAppsScriptEnv, type AppsScriptEnv } from "../../src/fakes";
import { installFormApp, type Answers, type FormsBoard } from "../../src/fakes/forms";
import { MARIA } from "../../src/examples/maria";
import { useClock } from "../../src/server/platform/clock";
import { menuCreateOfferForm, menuRefreshOfferForm } from "../../src/server/forms/offer-form";
import { readFormConfig } from "../../src/server/forms/form-config";
import { menuSyncOffers, onOfferFormSubmit } from "../../src/server/forms/intake";
import { onOpen } from "../../src/server/menu";
import { setUpExample } from "../../src/server/setup/setup-example";
import type { OfferQuestionKey } from "../../src/server/forms/offer-questions";

// The in-memory Apps Script with FormApp, Maria's map made the way a coordinator makes it (Set up
// with the example: plain-text and date formats, dropdowns and all), the menu built and the clock
// pinned: a coordinator clicks, helpers submit the form, triggers fire as on Google's side.

export const NOW = "2026-12-07T09:00:00Z";

/** What dist/Code.js declares as top-level functions, for menu items and triggers. */
export const ENTRY_POINTS = {
  menuCreateOfferForm,
  menuRefreshOfferForm,
  menuSyncOffers,
  onOfferFormSubmit,
};

export interface FormEnv {
  env: AppsScriptEnv;
  forms: FormsBoard;
}

export function formEnv(sheets: Record<string, unknown[][]> = MARIA): FormEnv {
  const env = createAppsScriptEnv({ timeZone: "Europe/London", now: NOW });
  const forms = installFormApp(env, { scope: ENTRY_POINTS });
  const { console: _console, ...globals } = env.globals;
  Object.assign(globalThis, globals);
  useClock(() => env.clock.now());
  const made = setUpExample(sheets, env.spreadsheet);
  if (!made.filled) throw new Error("Set up with the example did not fill the map");
  onOpen();
  return { env, forms };
}

export function endFormEnv(): void {
  useClock(undefined);
}

export function click(env: AppsScriptEnv, caption: string): unknown {
  return env.ui.click(caption, ENTRY_POINTS);
}

/** The offer form's id, once created. */
export function offerFormId(): string {
  const config = readFormConfig();
  if (!config) throw new Error("No offer form yet");
  return config.formId;
}

/** Answers by question key, as the form's item ids. */
export function byKey(answers: Partial<Record<OfferQuestionKey, unknown>>): Answers {
  const config = readFormConfig();
  if (!config) throw new Error("No offer form yet");
  const out: Answers = {};
  for (const [key, value] of Object.entries(answers)) {
    const id = config.items[key as OfferQuestionKey];
    if (id === undefined) throw new Error(`No item for ${key}`);
    out[String(id)] = value;
  }
  return out;
}

/** A week of the grid: the periods ticked per day, Monday first. */
export function week(days: Partial<Record<number, string[]>>): Array<string[] | null> {
  const labels: Record<string, string> = {
    morning: "Morning (6-12)",
    afternoon: "Afternoon (12-17)",
    evening: "Evening (17-21)",
    night: "Night (after 21)",
  };
  return Array.from({ length: 7 }, (_, i) => {
    const ticked = days[i + 1];
    return ticked && ticked.length ? ticked.map((p) => labels[p]) : null;
  });
}

/** Kim Park's offer: weekend dog walks any time, and Monday mornings of house care. */
export function kim(extra: Partial<Record<OfferQuestionKey, unknown>> = {}): Answers {
  return byKey({
    name: "Kim Park",
    email: "kim.park@example.com",
    phone: "+44 7700 900123",
    relationship: "Neighbour",
    offers: ["pet care", "house care"],
    free: week({
      1: ["morning"],
      6: ["morning", "afternoon", "evening", "night"],
      7: ["morning", "afternoon", "evening", "night"],
    }),
    mode: "In person only",
    maxTasks: "2",
    backup: "Yes",
    area: "Next street",
    notes: "I have a key to the back gate.",
    ...extra,
  });
}
