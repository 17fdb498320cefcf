// Google's FormApp must satisfy the types in src/server/gas-forms.ts, or the form code typed with
// them could not run on Google's servers; and the fake must satisfy them too. tsc checks the first
// part, jest the second.

import type * as Gas from "../../src/gas/gas-forms";
import { createAppsScriptEnv } from "../../src/fakes";
import { installFormApp } from "../../src/fakes/forms";

type Is<A, B> = [A] extends [B] ? true : false;
type Check<T extends true> = T;
type Real = GoogleAppsScript.Forms.FormApp;

export type RealFormsFitTheTypes = [
  Check<Is<Real, Gas.FormAppApi>>,
  Check<Is<GoogleAppsScript.Forms.Form, Gas.FormApi>>,
  Check<Is<GoogleAppsScript.Forms.Item, Gas.ItemApi>>,
  Check<Is<GoogleAppsScript.Forms.TextItem, Gas.TextItemApi>>,
  Check<Is<GoogleAppsScript.Forms.ParagraphTextItem, Gas.ParagraphTextItemApi>>,
  Check<Is<GoogleAppsScript.Forms.CheckboxItem, Gas.CheckboxItemApi>>,
  Check<Is<GoogleAppsScript.Forms.CheckboxGridItem, Gas.CheckboxGridItemApi>>,
  Check<Is<GoogleAppsScript.Forms.MultipleChoiceItem, Gas.MultipleChoiceItemApi>>,
  Check<Is<GoogleAppsScript.Forms.ListItem, Gas.ListItemApi>>,
  Check<Is<GoogleAppsScript.Forms.DateItem, Gas.DateItemApi>>,
  Check<Is<GoogleAppsScript.Forms.ScaleItem, Gas.ScaleItemApi>>,
  Check<Is<GoogleAppsScript.Forms.Choice, Gas.ChoiceApi>>,
  Check<Is<GoogleAppsScript.Forms.TextValidationBuilder, Gas.TextValidationBuilderApi>>,
  Check<Is<GoogleAppsScript.Forms.FormResponse, Gas.FormResponseApi>>,
  Check<Is<GoogleAppsScript.Forms.ItemResponse, Gas.ItemResponseApi>>,
];

test("the environment's FormApp is the service a script expects", () => {
  const env = createAppsScriptEnv();
  installFormApp(env);
  const app = env.globals.FormApp as Gas.FormAppApi;
  const form: Gas.FormApi = app.create("A form");
  expect(form.getTitle()).toBe("A form");
  expect(app.DestinationType.SPREADSHEET).toBe("SPREADSHEET");
  expect(app.ItemType.CHECKBOX_GRID).toBe("CHECKBOX_GRID");
});
