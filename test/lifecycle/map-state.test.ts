import { sendBriefs } from "../../src/server/messages/briefs";
import { activateMap, getActivation } from "../../src/server/panel/activation";
import { clearDetails, extendMap } from "../../src/server/panel/map-end";
import { getPanel } from "../../src/server/panel/panel";
import { ARGS } from "../../src/shared/contract";
import { firstNonPlain } from "../../src/shared/plain";
import { click, installEnv, uninstallEnv } from "../server/env";

// How maps made by Set up, and maps from before Map state existed, behave.

afterEach(uninstallEnv);

const setting = (rows: unknown[][], label: string) => rows.find((r) => r[0] === label)?.[1];

describe("Map state", () => {
  it("a new map made by Set up starts prepared, and sends nothing until activated", () => {
    const env = installEnv({ htmlFiles: { Sidebar: "<!doctype html><title>panel</title>" } });
    click(env, "Set up support map");
    expect(setting(env.readSheet("Settings"), "Map state")).toBe("prepared");
    const activation = getActivation();
    expect(firstNonPlain(activation)).toBeUndefined();
    expect(activation.state).toBe("prepared");
    expect(activation.canActivate).toBe(false);
    // Each missing item says what to do.
    for (const item of activation.items.filter((i) => !i.ready))
      expect(item.todo).toMatch(/Settings ›/);
    expect(activateMap().message).toMatch(/^The map was not activated/);
    expect(getPanel().mapState).toBe("prepared");
  });

  it("a map from before the row existed stays active, and Set up adds the row as active", () => {
    const env = installEnv({ htmlFiles: { Sidebar: "<!doctype html><title>panel</title>" } });
    env.writeSheet("Settings", [
      ["Setting", "Value"],
      ["Person supported", "Maria"],
      ["Start date", "2026-12-07"],
      ["End date", "2026-12-20"],
    ]);
    expect(getActivation().state).toBe("active");
    click(env, "Set up support map");
    expect(setting(env.readSheet("Settings"), "Map state")).toBe("active");
  });

  it("the example is active, so it can be tried at once", () => {
    const env = installEnv({ htmlFiles: { Sidebar: "<!doctype html><title>panel</title>" } });
    click(env, "Set up with the example");
    expect(setting(env.readSheet("Settings"), "Map state")).toBe("active");
    click(env, "Plan");
    expect(sendBriefs({ onlyChanged: false }).sent).toBeGreaterThan(0);
  });

  it("checks the end's arguments against the contract", () => {
    expect(ARGS.extendMap.safeParse([{ endDate: "2027-05-01" }]).success).toBe(true);
    expect(ARGS.extendMap.safeParse([{ endDate: "May" }]).success).toBe(false);
    expect(ARGS.clearDetails.safeParse([{ confirm: true }]).success).toBe(true);
    expect(ARGS.clearDetails.safeParse([{}]).success).toBe(false);
    installEnv();
    expect(() => clearDetails({})).toThrow(/must be confirmed/);
    expect(() => extendMap({ endDate: "soon" })).toThrow(/YYYY-MM-DD/);
  });
});
