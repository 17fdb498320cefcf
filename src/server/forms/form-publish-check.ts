import type { SetupCheck, SetupProblem } from "../setup/check-types";
import { formApp } from "../platform/services";
import { mapProperties } from "../platform/map-properties";
import { readFormConfig } from "./form-config";
import { CHECK_IN_FORM_KEY } from "./check-in-form";
import { formState, notTakingAnswers } from "./form-publish";

// Check setup's look at whether the offer and check-in forms take answers: published, and
// accepting responses. A form that cannot be opened is Check setup's offer-form check's news.

function problemOf(what: string, id: string | undefined): string | undefined {
  if (!id) return undefined;
  try {
    return notTakingAnswers(what, formState(formApp().openById(id)));
  } catch {
    return undefined;
  }
}

/** Why the offer form takes no answers, for the panel; undefined when it does or there is none. */
export function offerFormProblem(): string | undefined {
  return problemOf("offer form", readFormConfig()?.formId);
}

export const FORMS_TAKING_ANSWERS_CHECK: SetupCheck = {
  name: "forms take answers",
  run({ read }): SetupProblem[] {
    const checkInId = mapProperties(read.spreadsheet).getProperty(CHECK_IN_FORM_KEY) ?? undefined;
    return [
      problemOf("offer form", readFormConfig()?.formId),
      problemOf("weekly check-in form", checkInId),
    ]
      .filter((m): m is string => !!m)
      .map((message) => ({ message, severity: "error" as const }));
  },
};
