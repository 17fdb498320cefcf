import { createAppsScriptEnv } from "../../src/fakes";
import { installFormApp } from "../../src/fakes/forms";
import type { FormAppApi } from "../../src/gas/gas-forms";
import { answersFrom, fieldsFromLink, formPage, localLinks } from "../../src/playground/form-page";

// A form the add-on makes, as the playground's page for it: links from Google lead here (with
// their edit or prefill query), fields come back as FormApp answers, and what a person typed is
// shown escaped.

function makeForm() {
  const env = createAppsScriptEnv();
  const board = installFormApp(env);
  const app = env.globals.FormApp as FormAppApi;
  const form = app.create("Can't make it");
  // A form made since Google's 2026 change starts unpublished; the add-on publishes its own.
  form.setPublished?.(true);
  const name = form.addTextItem().setTitle("Your name").setRequired(true);
  const day = form.addMultipleChoiceItem().setTitle("Which day?");
  day.setChoiceValues(["Monday", "Tuesday"]);
  day.showOtherOption(true);
  form.setAllowResponseEdits(true);
  return { board, form, data: board.form(form.getId()), nameId: name.getId(), dayId: day.getId() };
}

test("Google's form links, with an edit or prefill query, lead to the playground's page", () => {
  expect(
    localLinks('<a href="https://docs.google.com/forms/d/e/fake-form-1-published/viewform">x</a>'),
  ).toBe('<a href="/playground/form/fake-form-1">x</a>');
  expect(
    localLinks(
      "Edit: https://docs.google.com/forms/d/e/fake-form-2-published/viewform?edit2=2_ABC and more",
    ),
  ).toBe("Edit: /playground/form/fake-form-2?edit2=2_ABC and more");
  expect(localLinks("https://docs.google.com/forms/d/fake-form-3/edit")).toBe(
    "/playground/form/fake-form-3",
  );
});

test("an edit link fills the form with the response; a prefilled link with its entries", () => {
  const { board, form, data, nameId, dayId } = makeForm();
  const { responseId } = board.submit(form.getId(), { "Your name": "Ana", "Which day?": "Friday" });
  const editing = fieldsFromLink(data, new URLSearchParams({ edit2: responseId }));
  expect(editing?.get(`q${nameId}`)).toBe("Ana");
  // "Friday" is not a choice: it was written under Other.
  expect(editing?.getAll(`q${dayId}`)).toEqual(["__other__"]);
  expect(editing?.get(`q${dayId}.other`)).toBe("Friday");
  expect(answersFrom(data, editing ?? new URLSearchParams(), true)).toEqual({
    [String(nameId)]: "Ana",
    [String(dayId)]: "Friday",
  });
  const prefilled = fieldsFromLink(data, new URLSearchParams({ [`entry.${nameId}`]: "Bo" }));
  expect(formPage(data, prefilled)).toContain('value="Bo"');
  expect(fieldsFromLink(data, new URLSearchParams({ edit2: "nope" }))).toBeUndefined();
});

test("what a person typed is shown as text, never as markup", () => {
  const { data, nameId } = makeForm();
  const page = formPage(data, new URLSearchParams({ [`q${nameId}`]: '<b>"x"</b>' }), "<i>bad</i>");
  expect(page).not.toContain("<b>");
  expect(page).not.toContain("<i>bad");
  expect(page).toContain("&lt;b&gt;");
});
