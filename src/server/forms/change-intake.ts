import { mapProperties } from "../platform/map-properties";
import * as z from "zod";
import type { RangeApi } from "../../gas/gas";
import { fileChangeAnswers } from "../messages/change-answers";
import { closeSession, openSession } from "../messages/session";
import { withDocumentLock } from "../platform/lock";
import {
  CHANGE_QUESTIONS,
  changeFormsToRead,
  openChangeForm,
  readChangeFormConfig,
} from "./change-form";

// The spreadsheet has one form-submit trigger, and it fires for every form linked to it: the
// offer form's and the "can't make it" form's rows. This tells a change form's row apart by its
// timestamp (it matches one of that form's responses) and files it on Changes at once; the hourly
// run acts on it, and files it itself if this trigger never fired.

const Event = z.object({
  range: z
    .custom<RangeApi>((v) => typeof (v as { getValues?: unknown })?.getValues === "function")
    .optional(),
  // Question title -> answers, every question of the row's form, answered or not:
  // https://developers.google.com/apps-script/guides/triggers/events#form-submit
  namedValues: z.record(z.string(), z.unknown()).optional(),
});

const NEAR_MS = 5000;

function changeFormIds(): string[] {
  const config = readChangeFormConfig({ props: mapProperties() });
  return config ? changeFormsToRead(config).map((r) => r.formId) : [];
}

/** True when the event was the change form's, and its answer is now on Changes. */
export function handleChangeSubmit(e: unknown): boolean {
  const parsed = Event.safeParse(e ?? {});
  const range = parsed.success ? parsed.data.range : undefined;
  // An offer form's row has no "Your code" question: told apart without a call, so a burst of
  // offers costs no more than before this form existed. A row without namedValues is checked.
  const named = parsed.success ? parsed.data.namedValues : undefined;
  if (named && !(CHANGE_QUESTIONS.code in named)) return false;
  const formIds = changeFormIds();
  if (!range || !formIds.length) return false;
  const stamp = range.getValues()[0]?.[0];
  if (!(stamp instanceof Object) || typeof (stamp as Date).getTime !== "function") return false;
  const at = (stamp as Date).getTime();
  // The form made now first; one made before it (older links) only when that one has no match.
  const ours = formIds.some((formId) =>
    openChangeForm({ formId })
      ?.getResponses(new Date(at - NEAR_MS))
      .some((r) => Math.abs(r.getTimestamp().getTime() - at) <= NEAR_MS),
  );
  if (!ours) return false;
  withDocumentLock(() => {
    const session = openSession();
    try {
      fileChangeAnswers(session);
    } finally {
      closeSession(session);
    }
  });
  return true;
}
