import { installFormApp } from "../../src/fakes/forms";
import * as entryPoints from "../../src/server/index";
import { CHECK_IN_NOW, TELL_WHAT_CHANGED } from "../../src/shared/send-questions";
import { installEnv, uninstallEnv } from "../server/env";

// Every menu item that sends mail asks first, with the panel's own question, and sends nothing
// unless the coordinator says Yes (issue 15: the menu's check-in went out at once).

function withExample() {
  const env = installEnv();
  installFormApp(env, { scope: entryPoints });
  Object.assign(globalThis, { FormApp: env.globals.FormApp });
  env.ui.click("Set up with the example", entryPoints);
  env.ui.click("Plan", entryPoints);
  return env;
}

afterEach(uninstallEnv);

describe("the menu asks before it sends", () => {
  test("Send weekly check-in now: No sends nothing, Yes sends it to Maria", () => {
    const env = withExample();
    env.ui.answerAlert("NO");
    env.ui.click("Send weekly check-in now", entryPoints);
    expect(env.ui.asked.at(-1)).toMatchObject({
      kind: "alert",
      title: CHECK_IN_NOW.title,
      prompt: CHECK_IN_NOW.question,
      buttons: "YES_NO",
      answer: "NO",
    });
    expect(env.outbox).toHaveLength(0);

    // Closing the question with × is not a yes either.
    env.ui.click("Send weekly check-in now", entryPoints);
    expect(env.ui.asked.at(-1)?.answer).toBe("CLOSE");
    expect(env.outbox).toHaveLength(0);

    env.ui.answerAlert("YES");
    env.ui.click("Send weekly check-in now", entryPoints);
    expect(env.outbox.map((m) => m.to)).toEqual(["maria@example.com"]);
    expect(env.ui.asked.at(-1)).toMatchObject({
      title: "Weekly check-in",
      prompt: "The weekly check-in was sent.",
      buttons: "OK",
    });
  });

  test("Tell helpers what changed: No sends nothing, Yes sends the briefs", () => {
    const env = withExample();
    env.ui.answerAlert("NO");
    env.ui.click("Tell helpers what changed", entryPoints);
    expect(env.ui.asked.at(-1)).toMatchObject({
      title: TELL_WHAT_CHANGED.title,
      buttons: "YES_NO",
    });
    expect(env.outbox).toHaveLength(0);
    env.ui.answerAlert("YES");
    env.ui.click("Tell helpers what changed", entryPoints);
    expect(env.outbox.length).toBeGreaterThan(0);
    expect(env.ui.asked.at(-1)?.title).toBe("What changed");
  });

  test("Turn on scheduled messages asks, and No leaves no trigger", () => {
    const env = withExample();
    env.ui.answerAlert("NO");
    env.ui.click("Turn on scheduled messages", entryPoints);
    expect(env.triggers.filter((t) => t.handler === "runScheduledMessages")).toHaveLength(0);
    env.ui.answerAlert("YES");
    env.ui.click("Turn on scheduled messages", entryPoints);
    expect(env.triggers.filter((t) => t.handler === "runScheduledMessages")).toHaveLength(1);
  });
});
