import { onOfferFormSubmit } from "../../src/server/forms/intake";
import { sendBriefs } from "../../src/server/messages/briefs";
import { CHANGES_SHEET } from "../../src/sheets/changes-sheet";
import { linkIn, submitLink } from "./change-link";
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
  const link = linkIn(env.outbox, "grace.kim@example.com");
  // She ticks the ride on 17 March among her own dates.
  const { failures } = submitLink(
    forms,
    link,
    { "What would you like to tell us?": "I can't make a date" },
    /17 March/,
  );
  expect(failures).toEqual([]);
  const rows = env.readSheet(CHANGES_SHEET).slice(1);
  expect(rows.map((r) => [r[1], r[3]])).toEqual([
    ["Grace Kim", "2027-03-17 (Ride to appointment)"],
  ]);
});
