import { MARIA } from "../src/examples/maria";
import { createAppsScriptEnv } from "../src/fakes";
import { installFormApp, type Answers } from "../src/fakes/forms";
import { freeWindows, PERIOD_ORDER, type FreeGrid } from "../src/core/free-times";
import type { Weekday } from "../src/core/model";
import { useClock } from "../src/server/platform/clock";
import { createOfferForm } from "../src/server/forms/offer-form";
import { readFormConfig } from "../src/server/forms/form-config";
import { onOfferFormSubmit } from "../src/server/forms/intake";
import { OFFERS_SHEET } from "../src/sheets/columns";
import {
  FREE_COLUMNS,
  offerChoices,
  type OfferQuestionKey,
} from "../src/server/forms/offer-questions";
import { RESPONSE_ID_HEADER } from "../src/server/forms/offer-intake";

// A burst of offer-form submissions through the real handler, on the in-memory Apps Script:
// Maria's map, the form created from the menu's code, then each submission written to Form
// Responses 1 and handed to the onFormSubmit trigger, one after another as Google queues them.
// Measured: Apps Script calls per submission (the target is a constant, whatever the sheets'
// length) and Offers rows lost (the target is 0).

export interface FormIntakeMeasure {
  submissions: number;
  callsPerSubmission: { first: number; last: number; mean: number };
  rowsLost: number;
}

/** A deterministic helper: types and free times vary with i. */
function helper(
  i: number,
  choices: string[],
): { answers: Record<OfferQuestionKey, unknown>; grid: FreeGrid } {
  const grid: FreeGrid = {};
  const free: Array<string[] | null> = [];
  for (let d = 0; d < 7; d++) {
    const periods = PERIOD_ORDER.filter((_, p) => (i * 7 + d * 3 + p * 5) % 4 === 0);
    if (periods.length) grid[(d + 1) as Weekday] = periods;
    free.push(periods.length ? periods.map((p) => FREE_COLUMNS[PERIOD_ORDER.indexOf(p)]) : null);
  }
  if (Object.keys(grid).length === 0) {
    grid[1] = ["morning"];
    free[0] = [FREE_COLUMNS[0]];
  }
  const offers = [choices[i % choices.length], choices[(i * 5 + 3) % choices.length]];
  return {
    grid,
    answers: {
      name: `Helper ${i}`,
      email: `helper.${i}@example.com`,
      phone: `07700 ${String(900000 + i)}`,
      relationship: "Friend",
      offers: [...new Set(offers)],
      free,
      from: "",
      until: "",
      weeks: i % 3 === 0 ? "3" : "",
      mode: "Either is fine",
      maxTasks: "2",
      maxVisits: "",
      backup: i % 4 === 0 ? "Only as a backup" : "Yes",
      area: i % 2 ? "North" : "",
      notes: i % 10 === 0 ? "=SUM(A1:A9) is not a formula here" : "",
    },
  };
}

export function measureFormIntake(submissions = 1000): FormIntakeMeasure {
  const env = createAppsScriptEnv({ timeZone: "Europe/London", now: "2026-12-01T08:00:00Z" });
  for (const [name, values] of Object.entries(MARIA)) env.writeSheet(name, values);
  const forms = installFormApp(env, { scope: { onOfferFormSubmit } });
  const saved: Record<string, unknown> = {};
  for (const [name, service] of Object.entries(env.globals)) {
    if (name === "console") continue;
    saved[name] = Reflect.get(globalThis, name);
    Reflect.set(globalThis, name, service);
  }
  useClock(() => env.clock.now());
  try {
    createOfferForm();
    const config = readFormConfig();
    if (!config) throw new Error("The offer form was not created");
    const choices = offerChoices([]);
    const calls: number[] = [];
    const expected = new Map<string, number>();
    for (let i = 0; i < submissions; i++) {
      const { answers, grid } = helper(i, choices);
      const byId: Answers = {};
      for (const [key, value] of Object.entries(answers))
        byId[String(config.items[key as OfferQuestionKey])] = value;
      env.clock.advance(1500);
      env.resetCalls();
      const { responseId, failures } = forms.submit(config.formId, byId);
      if (failures.length) throw failures[0].error;
      calls.push(env.totalCalls());
      expected.set(responseId, (answers.offers as string[]).length * freeWindows(grid).length);
    }
    const offers = env.readSheet(OFFERS_SHEET);
    const idColumn = offers[0].indexOf(RESPONSE_ID_HEADER);
    const found = new Map<string, number>();
    for (const row of offers.slice(1)) {
      const id = String(row[idColumn] ?? "");
      if (id) found.set(id, (found.get(id) ?? 0) + 1);
    }
    let rowsLost = 0;
    for (const [id, rows] of expected) rowsLost += Math.max(0, rows - (found.get(id) ?? 0));
    return {
      submissions,
      callsPerSubmission: {
        first: calls[0] ?? 0,
        last: calls[calls.length - 1] ?? 0,
        mean: calls.length ? calls.reduce((a, b) => a + b, 0) / calls.length : 0,
      },
      rowsLost,
    };
  } finally {
    useClock(undefined);
    for (const [name, value] of Object.entries(saved)) Reflect.set(globalThis, name, value);
  }
}
