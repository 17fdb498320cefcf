import { ACTIONS, textOf, twoWeeksAfter, type ActionContext } from "../../src/client/actions";
import type { Panel } from "../../src/shared/panel-types";

// The panel's buttons for the map's life: which show in which state, what they ask the server.

const panel = (mapState: Panel["mapState"], endDate = "2027-04-11") =>
  ({
    mapState,
    endDate,
    messages: { scheduled: true },
    offerForm: { exists: true, url: "", editUrl: "" },
  }) as unknown as Panel;

function action(id: string) {
  const found = ACTIONS.find((a) => a.id === id);
  if (!found) throw new Error(`No action ${id}`);
  return found;
}

function context(answers: Record<string, unknown>, shown: Panel) {
  const calls: unknown[][] = [];
  const refresh = jest.fn(async () => {});
  const ctx: ActionContext = {
    call: (async (name: string, ...args: unknown[]) => {
      calls.push([name, ...args]);
      return answers[name];
    }) as ActionContext["call"],
    refresh,
    panel: () => shown,
    update: () => {},
  };
  return { ctx, calls, refresh };
}

const shownIn = (state: Panel["mapState"]) =>
  ACTIONS.filter((a) => a.shown?.(panel(state)) ?? true).map((a) => a.id);

describe("the map's life in the panel", () => {
  it("shows Activate while prepared, Extend and Close while active, the thank-yous once closed", () => {
    expect(shownIn("prepared")).toEqual(expect.arrayContaining(["activate-map", "extend-map"]));
    expect(shownIn("prepared")).not.toContain("close-map");
    expect(shownIn("active")).toEqual(expect.arrayContaining(["extend-map", "close-map"]));
    expect(shownIn("active")).not.toContain("activate-map");
    expect(shownIn("closed")).toEqual(expect.arrayContaining(["send-thanks", "clear-details"]));
    expect(shownIn("closed")).not.toContain("extend-map");
    expect(shownIn("closed")).not.toContain("close-map");
  });

  it("extends by two weeks, counted on the calendar", () => {
    // Across the spring clock change and a month end.
    expect(twoWeeksAfter("2027-03-20")).toBe("2027-04-03");
    expect(twoWeeksAfter("2026-12-25")).toBe("2027-01-08");
  });

  it("asks before extending, then sends the new end date and reloads", async () => {
    const extend = action("extend-map");
    expect(textOf(extend.confirm?.question ?? "", panel("active"))).toMatch(/to 2027-04-25\?/);
    const { ctx, calls, refresh } = context(
      { extendMap: { done: true, message: "The map now ends on 25 April." } },
      panel("active"),
    );
    await expect(extend.run(ctx)).resolves.toBe("The map now ends on 25 April.");
    expect(calls).toEqual([["extendMap", { endDate: "2027-04-25" }]]);
    expect(refresh).toHaveBeenCalled();
  });

  it("activates, reloading only when the map became active", async () => {
    const refused = context(
      { activateMap: { state: "prepared", message: "The map was not activated." } },
      panel("prepared"),
    );
    await expect(action("activate-map").run(refused.ctx)).resolves.toBe(
      "The map was not activated.",
    );
    expect(refused.refresh).not.toHaveBeenCalled();
    const done = context(
      { activateMap: { state: "active", message: "The map is active." } },
      panel("prepared"),
    );
    await action("activate-map").run(done.ctx);
    expect(done.refresh).toHaveBeenCalled();
  });

  it("clears Details only with the confirmation the contract asks for", async () => {
    const clear = action("clear-details");
    expect(clear.confirm).toBeDefined();
    const { ctx, calls } = context(
      { clearDetails: { done: true, message: "Cleared the Details of 1 need." } },
      panel("closed"),
    );
    await clear.run(ctx);
    expect(calls).toEqual([["clearDetails", { confirm: true }]]);
  });
});
