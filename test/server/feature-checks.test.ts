import { checkSetup } from "../../src/server/setup/check-setup";
import { createOfferForm } from "../../src/server/forms/offer-form";
import { turnOnScheduledMessages } from "../../src/server/messages/dispatcher";
import { selfTest } from "../../src/server/setup/self-test";
import { endFormEnv, formEnv } from "../forms/form-env";

// What the messages and the offer form add to Check setup and to the self-test.

const OFFER_FORM_CHECK = /^Offer form/;

describe("Check setup and the self-test know about messages and the offer form", () => {
  afterEach(endFormEnv);

  it("says scheduled messages are off until they are turned on", () => {
    const { env } = formEnv();
    const off = checkSetup().map((p) => p.message);
    expect(off).toContainEqual(expect.stringMatching(/^Scheduled messages are off/));
    turnOnScheduledMessages();
    expect(checkSetup().map((p) => p.message)).not.toContainEqual(
      expect.stringMatching(/^Scheduled messages are off/),
    );
    expect(env.triggers).toHaveLength(1);
  });

  it("points at a blank recipient or coordinator email, with the Settings row", () => {
    const { env } = formEnv();
    const settings = env
      .readSheet("Settings")
      .map((row) =>
        row[0] === "Person supported's email" || row[0] === "Coordinator email"
          ? [row[0], ""]
          : row,
      );
    env.writeSheet("Settings", settings);
    const problems = checkSetup().filter((p) => /email is blank/.test(p.message));
    expect(problems.map((p) => [p.sheet, p.column])).toEqual([
      ["Settings", "Coordinator email"],
      ["Settings", "Person supported's email"],
    ]);
    expect(problems[1].message).toContain("Maria gets no weekly check-in");
  });

  it("opens the offer form in the self-test once there is one, and changes nothing", () => {
    formEnv();
    const before = selfTest().results.find((r) => OFFER_FORM_CHECK.test(r.name));
    expect(before).toMatchObject({
      ok: true,
      detail: expect.stringMatching(/^Not checked: there is no offer form yet/),
    });
    createOfferForm();
    const after = selfTest().results.find((r) => OFFER_FORM_CHECK.test(r.name));
    expect(after?.ok).toBe(true);
    expect(after?.detail).toMatch(/questions, 0 responses\.$/);
  });
});
