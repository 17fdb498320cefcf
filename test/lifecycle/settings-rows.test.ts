import { readMap } from "../../src/sheets/read-map";

// The Settings rows of the map's life, read as a coordinator types them.

function read(rows: unknown[][]) {
  const { map, errors } = readMap(
    {
      Settings: [
        ["Setting", "Value"],
        ["Start date", "2026-12-07"],
        ["End date", "2026-12-20"],
        ...rows,
      ],
    },
    { timeZone: "Europe/London", today: "2026-12-01" },
  );
  return { map, errors: errors.filter((e) => e.sheet === "Settings") };
}

describe("Settings for the map's life", () => {
  it("reads every row", () => {
    const { map, errors } = read([
      ["Map state", "Active"],
      ["Person supported agreed", "yes"],
      ["Agreed on", "2026-11-30"],
      ["Crisis resources", "Samaritans 116 123"],
      ["Professional resources", "GP 020 7946 0000"],
      ["Backup coordinator name", "Sam Okafor"],
      ["Backup coordinator email", "sam@example.com"],
      ["Coordinator away", "2026-12-14 to 2026-12-16"],
      ["Max standby days per week", 2],
    ]);
    expect(errors).toEqual([]);
    expect(map.settings).toMatchObject({
      mapState: "active",
      supportedAgreed: true,
      agreedOn: "2026-11-30",
      crisisResources: "Samaritans 116 123",
      professionalResources: "GP 020 7946 0000",
      backupCoordinatorName: "Sam Okafor",
      backupCoordinatorEmail: "sam@example.com",
      coordinatorAway: [{ from: "2026-12-14", until: "2026-12-16" }],
      maxStandbyDays: 2,
    });
  });

  it("leaves them out on a map from before, which counts as active", () => {
    const { map, errors } = read([]);
    expect(errors).toEqual([]);
    expect(map.settings.mapState).toBeUndefined();
    expect(map.settings.maxStandbyDays).toBeUndefined();
  });

  it("names the row, quotes what was typed, says what is valid and what is done meanwhile", () => {
    const { map, errors } = read([
      ["Map state", "live"],
      ["Coordinator away", "next week"],
      ["Max standby days per week", 9],
      ["Backup coordinator email", "sam at home"],
    ]);
    expect(map.settings.mapState).toBe("prepared");
    expect(
      [...errors].sort((a, b) => a.row - b.row).map((e) => [e.row, e.column, e.value]),
    ).toEqual([
      [4, "Map state", "live"],
      [5, "Coordinator away", "next week"],
      [6, "Max standby days per week", "9"],
      [7, "Backup coordinator email", "sam at home"],
    ]);
    const state = errors.find((e) => e.column === "Map state");
    expect(state?.message).toMatch(/prepared, active, closed.*nothing is sent/);
  });
});
