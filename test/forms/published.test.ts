import type { FakeFormApp } from "../../src/fakes/forms";
import { getPanel } from "../../src/server/panel/panel";
import { checkSetup } from "../../src/server/setup/check-setup";
import { click, endFormEnv, formEnv, kim, offerFormId } from "./form-env";

// Forms made by a script after 30 June 2026 start unpublished and take no answers. The add-on
// publishes its forms when it makes or refreshes them, and Check setup and the panel say when
// one stops taking answers.

afterEach(endFormEnv);

describe("the offer form takes answers", () => {
  test("a form made now starts unpublished; the add-on's is published and accepting", () => {
    const { env, forms } = formEnv();
    const bare = (env.globals.FormApp as FakeFormApp).create("Someone else's");
    expect([bare.isPublished(), bare.isAcceptingResponses()]).toEqual([false, false]);
    expect(() => forms.submit(bare.getId(), {})).toThrow("not accepting responses");

    click(env, "Create offer form");
    const form = (env.globals.FormApp as FakeFormApp).openById(offerFormId());
    expect([form.isPublished(), form.isAcceptingResponses()]).toEqual([true, true]);
    expect(forms.submit(offerFormId(), kim()).failures).toEqual([]);
  });

  test("unpublished or closed, Check setup and the panel say so; Refresh opens it again", () => {
    const { env } = formEnv();
    click(env, "Create offer form");
    const form = (env.globals.FormApp as FakeFormApp).openById(offerFormId());
    form.setPublished(false);
    expect(checkSetup().map((p) => p.message)).toContainEqual(
      expect.stringMatching(/offer form is not published/),
    );
    expect(getPanel().offerForm.problem).toMatch(/not published/);
    form.setPublished(true).setAcceptingResponses(false);
    expect(getPanel().offerForm.problem).toMatch(/not accepting responses/);
    click(env, "Refresh form");
    expect(getPanel().offerForm.problem).toBeUndefined();
    expect(
      checkSetup()
        .map((p) => p.message)
        .join("\n"),
    ).not.toMatch(/offer form is not/);
  });
});
