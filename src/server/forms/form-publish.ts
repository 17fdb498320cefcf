import type { FormApi } from "../../gas/gas-forms";

// A form takes answers only when it is published and accepting responses. Forms made by a script
// after 30 June 2026 start unpublished
// (https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms), so
// the offer and check-in forms are published after they are made or refreshed, and Check setup
// and the panel say when one is not taking answers.
// https://developers.google.com/apps-script/reference/forms/form#setPublished(Boolean)
// https://developers.google.com/apps-script/reference/forms/form#setAcceptingResponses(Boolean)

export interface FormState {
  /** null where this Apps Script has no isPublished (a form from before publishing settings). */
  published: boolean | null;
  accepting: boolean;
}

export function formState(form: FormApi): FormState {
  return {
    published: typeof form.isPublished === "function" ? form.isPublished() : null,
    accepting: form.isAcceptingResponses(),
  };
}

/** Publishes the form and opens it for answers, where it is not already. */
export function ensureTakingAnswers(form: FormApi): FormState {
  const before = formState(form);
  if (before.published === false) form.setPublished?.(true);
  if (!before.accepting || before.published === false) {
    if (!form.isAcceptingResponses()) form.setAcceptingResponses(true);
  }
  return formState(form);
}

/** What a coordinator should know when the form takes no answers; undefined when it does. */
export function notTakingAnswers(what: string, state: FormState): string | undefined {
  if (state.published === false)
    return `The ${what} is not published, so nobody can answer it. Open it in Google Forms and choose Publish, or choose Support Map > Refresh form.`;
  if (!state.accepting)
    return `The ${what} is not accepting responses. In Google Forms, open Responses and turn on Accepting responses, or choose Support Map > Refresh form.`;
  return undefined;
}
