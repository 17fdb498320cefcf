import { readFormConfig } from "./form-config";
import type { SelfTestCheck } from "../setup/self-test-checks";
import { formApp } from "../platform/services";

// The self-test's look at Forms: the offer form is opened and read, never changed, and no new
// form is made (the add-on cannot delete one again without Drive access).

export const OFFER_FORM_SELF_TEST: SelfTestCheck = {
  name: "Offer form (FormApp: openById, getTitle, getItems, getPublishedUrl, getResponses)",
  run(): string {
    const config = readFormConfig();
    if (!config)
      return "Not checked: there is no offer form yet. Create one, then run the self-test again.";
    const form = formApp().openById(config.formId);
    const title = form.getTitle();
    const items = form.getItems().length;
    const url = form.getPublishedUrl();
    const responses = form.getResponses().length;
    if (!url.startsWith("https://"))
      throw new Error(`The form's link is "${url}", not an https address.`);
    return `"${title}": ${items} questions, ${responses} responses.`;
  },
};
