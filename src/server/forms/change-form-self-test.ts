import { mapProperties } from "../platform/map-properties";
import type { SelfTestCheck } from "../setup/self-test-checks";
import { hasSections, openChangeForm, readChangeFormConfig } from "./change-form";

// The self-test's look at the "Can't make it" form's sections, read only. Google's reference is
// silent on three things the form depends on, so this reports what the real Google does:
// - whether a code's choice keeps its page (Choice.getGotoPage) once set;
// - what a pre-filled link looks like for a multiple-choice answer (the link is made once with a
//   real code, then that code is swapped for each helper's);
// - whether a ticked-dates answer comes back as a list (ItemResponse.getResponse) and how the
//   responses sheet writes it (the add-on reads the list, so either layout works: a cell of
//   choices joined with ", " is reported as such).

export const CHANGE_FORM_SELF_TEST: SelfTestCheck = {
  name: "Change form sections (Choice.getGotoPage, toPrefilledUrl, checkbox answers)",
  run(): string {
    const config = readChangeFormConfig({ props: mapProperties() });
    if (!config || !hasSections(config))
      return "Not checked: no brief has been sent with the sectioned change form yet.";
    const form = openChangeForm(config);
    if (!form) throw new Error("The change form could not be opened (deleted from Drive?).");
    const code = form.getItemById(config.items.code)?.asMultipleChoiceItem();
    if (!code) throw new Error('The change form has no "Your code" question any more.');
    const choices = code.getChoices();
    const lost = choices.filter((c) => !c.getGotoPage()).length;
    if (lost)
      throw new Error(
        `${lost} of ${choices.length} codes go to no section: Google did not keep their navigation.`,
      );
    const parts = [`${choices.length} codes, each going to its section`];
    const first = choices[0]?.getValue();
    if (first) {
      const url = form
        .createResponse()
        .withItemResponse(code.createResponse(first))
        .toPrefilledUrl();
      parts.push(
        url.includes(`=${first}`)
          ? "a pre-filled link carries the code as entry.<id>=<code>"
          : `a pre-filled link does not carry the code as expected: ${url}`,
      );
    }
    const ticked = form
      .getResponses()
      .flatMap((r) => r.getItemResponses())
      .find((ir) => String(ir.getItem().getType()) === "CHECKBOX");
    if (ticked) {
      const value = ticked.getResponse();
      parts.push(
        Array.isArray(value)
          ? `ticked dates come back as a list (${value.length})`
          : `ticked dates come back as one text: "${String(value)}" (read as one choice, then split at ", ")`,
      );
    } else parts.push("no answer with ticked dates yet to see how they come back");
    return `${parts.join("; ")}.`;
  },
};
