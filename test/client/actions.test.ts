import { ACTIONS, textOf, type ActionContext } from "../../src/client/actions";
import type { Panel } from "../../src/shared/panel-types";

// The panel's one-step actions, run in node with a stand-in server: what each asks the server,
// what it changes in the panel and the sentence it shows.

function panel(formExists: boolean, scheduled = false): Panel {
  return {
    offerForm: { exists: formExists, url: "", editUrl: "" },
    messages: { scheduled, briefsOutOfDate: 0, text: "" },
  } as unknown as Panel;
}

function action(id: string) {
  const found = ACTIONS.find((a) => a.id === id);
  if (!found) throw new Error(`No action ${id}`);
  return found;
}

/** A context whose server answers each function from `answers`, recording calls and updates. */
function context(answers: Record<string, unknown>, shown: Panel, refresh = async () => {}) {
  const calls: unknown[][] = [];
  let current = shown;
  const ctx: ActionContext = {
    call: (async (name: string, ...args: unknown[]) => {
      calls.push([name, ...args]);
      if (!(name in answers)) throw new Error(`Unexpected call ${name}`);
      return answers[name];
    }) as ActionContext["call"],
    refresh: jest.fn(refresh),
    panel: () => current,
    update: (change) => {
      current = change(current);
    },
  };
  return { ctx, calls, current: () => current };
}

describe("panel actions", () => {
  test("every action has a unique id and a label, busy and failed text for any panel", () => {
    const ids = ACTIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of ACTIONS)
      for (const p of [undefined, panel(false), panel(true)])
        for (const text of [a.label, a.busy, a.failed]) expect(textOf(text, p)).not.toBe("");
  });

  test("the offer form button creates, then refreshes, and remembers the form", async () => {
    const offer = action("offer-form");
    expect(textOf(offer.label, panel(false))).toBe("Create the offer form");
    expect(textOf(offer.label, panel(true))).toBe("Refresh the offer form");
    expect(textOf(offer.failed, panel(true))).toBe("Could not refresh the offer form");
    const form = { url: "https://f/view", created: true, message: "Made the form." };
    const { ctx, current } = context({ offerForm: form }, panel(false));
    await expect(offer.run(ctx)).resolves.toBe("Made the form.");
    expect(current().offerForm).toEqual({ exists: true, url: "https://f/view", editUrl: "" });
  });

  test("sync offers is shown with a form and reloads the map only when responses came in", async () => {
    const sync = action("sync-offers");
    expect(sync.shown?.(panel(false))).toBe(false);
    expect(sync.shown?.(panel(true))).toBe(true);
    const none = context({ syncOffers: { responses: 0, message: "No new offers." } }, panel(true));
    await expect(sync.run(none.ctx)).resolves.toBe("No new offers.");
    expect(none.ctx.refresh).not.toHaveBeenCalled();
    const some = context({ syncOffers: { responses: 2, message: "2 offers." } }, panel(true));
    await expect(sync.run(some.ctx)).resolves.toBe("2 offers.");
    expect(some.ctx.refresh).toHaveBeenCalledTimes(1);
  });

  test("a send says what was sent and the first two problems, even if the reload fails", async () => {
    const result = { text: "Sent 1 brief.", errors: ["A failed.", "B failed.", "C failed."] };
    const { ctx, calls } = context({ sendBriefs: result }, panel(true), async () => {
      throw new Error("offline");
    });
    await expect(action("briefs-changed").run(ctx)).resolves.toBe(
      "Sent 1 brief. A failed. B failed. And 1 more: see the Log sheet. The map could not be reloaded: press Refresh.",
    );
    await action("briefs-everyone").run(ctx);
    expect(calls).toEqual([
      ["sendBriefs", { onlyChanged: true }],
      ["sendBriefs", { onlyChanged: false }],
    ]);
  });

  test("refresh, check-in and scheduled messages", async () => {
    const { ctx, current } = context(
      {
        sendCheckInNow: { message: "Check-in sent." },
        turnOnScheduledMessages: { on: true, message: "On." },
      },
      panel(true),
    );
    await expect(action("refresh").run(ctx)).resolves.toBe("Up to date with the sheets.");
    await expect(action("check-in-now").run(ctx)).resolves.toBe("Check-in sent.");
    const scheduled = action("scheduled-messages");
    expect(scheduled.shown?.(panel(true, false))).toBe(true);
    await expect(scheduled.run(ctx)).resolves.toBe("On.");
    expect(current().messages.scheduled).toBe(true);
    expect(scheduled.shown?.(current())).toBe(false);
  });
});
