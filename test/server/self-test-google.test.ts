import { selfTest } from "../../src/server/setup/self-test";
import { runScheduledMessages } from "../../src/server/messages/dispatcher";
import { installFormApp } from "../../src/fakes/forms";
import { createOfferForm } from "../../src/server/forms/offer-form";
import { click, installEnv, uninstallEnv } from "./env";

// The self-test's questions for real Google, answered here by the fakes in both contexts.

afterEach(uninstallEnv);

const detail = (name: RegExp) => {
  const r = selfTest().results.find((x) => name.test(x.name));
  if (!r) throw new Error(`no check ${String(name)}`);
  return r;
};

describe.each([false, true])("the hourly trigger's context (add-on: %s)", (addOn) => {
  test("first run turns it on; after a firing it shows what the run found", () => {
    const env = installEnv({ addOnTimedTriggers: addOn });
    click(env, "Set up with the example");
    const first = detail(/hourly trigger/);
    expect(first).toMatchObject({ ok: true });
    expect(first.detail).toMatch(/Scheduled messages are on.*No hourly run has happened yet/);
    const trigger = env.globals.ScriptApp.getProjectTriggers()[0];
    env.fireTrigger(trigger, {}, { runScheduledMessages });
    const second = detail(/hourly trigger/);
    expect(second.ok).toBe(true);
    expect(second.detail).toContain(
      addOn
        ? "active spreadsheet: no; document lock: no; document properties: no; trigger listed by getUserTriggers: no"
        : "active spreadsheet: yes; document lock: yes; document properties: yes; trigger listed by getUserTriggers: yes",
    );
    expect(second.detail).toContain(`addOnTimedTriggers: ${addOn}`);
    expect(env.triggers).toHaveLength(1);
  });
});

test("values, the offer form's publishing, and the email are reported as seen", () => {
  const env = installEnv();
  click(env, "Set up with the example");
  installFormApp(env);
  Object.assign(globalThis, { FormApp: env.globals.FormApp });
  createOfferForm();
  const values = detail(/Values as Sheets stores them/);
  expect(values.ok).toBe(true);
  expect(values.detail).toContain('"50%": automatic number 0.5; plain text string "50%"');
  expect(values.detail).toContain(`"'abc": automatic string "abc"; plain text string "'abc"`);
  const form = detail(/Offer form: published/);
  expect(form).toMatchObject({ ok: true });
  expect(form.detail).toContain(
    "published: true; accepting answers: true; destination: this spreadsheet",
  );
  expect(detail(/One email/).detail).toMatch(/^Sent to coordinator@example.com/);
});

test("the dialog asks google.script.run about a server error and a Date", () => {
  const env = installEnv();
  click(env, "Self-test (maintainers)");
  const page = env.ui.dialogs[0].content;
  expect(page).toContain("Between the sidebar and the server");
  expect(page).toContain(".selfTestServerError()");
  expect(page).toContain(".selfTestDateResult()");
});
