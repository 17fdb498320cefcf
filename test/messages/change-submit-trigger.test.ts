import { prefilledAnswers } from "../../src/fakes/forms";
import { onOfferFormSubmit } from "../../src/server/forms/intake";
import { sendBriefs } from "../../src/server/messages/briefs";
import { CHANGES_SHEET } from "../../src/sheets/changes-sheet";
import { alexInMarch, mapEnv } from "./message-env";

// The spreadsheet's one form-submit trigger fires for the "can't make it" form too: its answer
// is on Changes at once, before any hourly run (the event's namedValues tell the forms apart).

test("a change answer is filed on Changes by the form-submit trigger, at once", () => {
  const { env, forms } = mapEnv(alexInMarch(), "2027-02-26T15:00:00Z");
  sendBriefs({ onlyChanged: false });
  Object.assign(globalThis, { onOfferFormSubmit });
  env.globals.ScriptApp.newTrigger("onOfferFormSubmit")
    .forSpreadsheet(env.spreadsheet)
    .onFormSubmit()
    .create();
  // Grace holds the Wednesday ride (a tie with Owen's offer goes by name).
  const brief = env.outbox.find((m) => m.to === "grace.kim@example.com");
  const link = brief?.body.match(/https:\/\/docs\.google\.com\/forms\/\S+usp=pp_url\S*/)?.[0];
  const form = forms.forms.find((f) => link?.includes(`/e/${f.id}-published`));
  if (!link || !form) throw new Error("Grace's brief has no link");
  const { failures } = forms.submit(form.id, {
    ...prefilledAnswers(link),
    "What would you like to tell us?": "I can't make a date",
    "Which date or dates?": "17 March",
  });
  expect(failures).toEqual([]);
  const rows = env.readSheet(CHANGES_SHEET).slice(1);
  expect(rows.map((r) => [r[1], r[3]])).toEqual([["Grace Kim", "17 March"]]);
});
