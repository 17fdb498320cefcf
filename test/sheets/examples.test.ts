import { ALEX } from "../../src/examples/alex";
import { MARIA, MARIA_STEPS } from "../../src/examples/maria";
import { applyStep, applySteps } from "../../src/examples/steps";
import { readMap } from "../../src/sheets/read-map";

/** Today for maps without a start date: readMap takes it from its caller. */
const TODAY = "2026-12-07";

describe("the Maria example", () => {
  const { map, errors } = readMap(MARIA, { today: TODAY });

  it("reads without errors", () => {
    expect(errors).toEqual([]);
  });

  it("has the scenario's needs, people and offers", () => {
    expect(map.needs.map((n) => n.name)).toEqual([
      "Morning dog walk",
      "Evening dog walk",
      "Water the plants",
      "Check the mail",
      "Cover the client report",
      "Call to vent (10 min)",
    ]);
    expect(map.people).toHaveLength(11);
    expect(map.offers).toHaveLength(11);
    expect(map.assignments).toEqual([]);
    expect(map.people.every((p) => p.email.endsWith("@example.com"))).toBe(true);
  });

  it("runs from 2026-12-07 to 2026-12-20 with a two-task limit and Friday check-ins", () => {
    expect(map.settings).toMatchObject({
      supportedName: "Maria",
      startDate: "2026-12-07",
      endDate: "2026-12-20",
      checkInDay: 5,
      maxTasks: 2,
      quietTimes: [],
      publicSummary:
        "Maria is away for two weeks for a family emergency and needs some practical support.",
    });
  });

  it("marks Tomas Vega do not involve, and still reads his offer for the planner to exclude", () => {
    const tomas = map.people.find((p) => p.name === "Tomas Vega");
    expect(tomas?.status).toEqual({ kind: "do not involve" });
    expect(map.offers.filter((o) => o.person === "Tomas Vega")).toHaveLength(1);
  });

  it("gives Priya one backup-only offer of any type, every day, any time, either way", () => {
    const priya = map.offers.filter((o) => o.person === "Priya Shah");
    expect(priya).toHaveLength(1);
    expect(priya[0]).toMatchObject({
      type: "any",
      daysText: "daily",
      mode: "either",
      backupOnly: true,
      time: { kind: "any" },
    });
  });

  it("keeps the work need's private details, and Chloe's relationship", () => {
    const work = map.needs.find((n) => n.name === "Cover the client report");
    expect(work).toMatchObject({
      details: "Father in ICU at St. Mary's; Maria may be unreachable.",
      days: { kind: "dates", dates: ["2026-12-09"] },
      mode: "remote",
      priority: "high",
      backup: true,
    });
    expect(map.people.find((p) => p.name === "Chloe Martin")?.relationship).toBe(
      "friend, lives next door",
    );
  });

  it("wants a backup for the high-priority needs only", () => {
    expect(map.needs.filter((n) => n.backup).map((n) => n.name)).toEqual([
      "Morning dog walk",
      "Evening dog walk",
      "Cover the client report",
    ]);
  });

  it("applies the re-planning steps in order", () => {
    const [kimOffers, kimPaused, twoFriends] = MARIA_STEPS;
    const first = applyStep(MARIA, kimOffers);
    const afterKim = readMap(first, { today: TODAY });
    expect(afterKim.errors).toEqual([]);
    expect(afterKim.map.people.find((p) => p.name === "Kim Park")?.status).toEqual({
      kind: "active",
    });
    expect(afterKim.map.offers.find((o) => o.person === "Kim Park")).toMatchObject({
      type: "pet care",
      daysText: "weekends",
      mode: "in person",
    });

    const second = readMap(applyStep(first, kimPaused), { today: TODAY });
    expect(second.errors).toEqual([]);
    expect(second.map.people.find((p) => p.name === "Kim Park")?.status).toEqual({
      kind: "paused",
      from: "2026-12-19",
    });

    const third = readMap(applySteps(MARIA, [kimOffers, kimPaused, twoFriends]), { today: TODAY });
    expect(third.errors).toEqual([]);
    expect(third.map.people).toHaveLength(14);
    expect(
      third.map.offers
        .filter((o) => o.person === "Lena Ortiz" || o.person === "Marco Bianchi")
        .map((o) => [o.person, o.days]),
    ).toEqual([
      ["Lena Ortiz", { kind: "dates", dates: ["2026-12-19"] }],
      ["Marco Bianchi", { kind: "dates", dates: ["2026-12-20"] }],
    ]);
  });

  it("leaves the example itself unchanged when steps are applied", () => {
    const before = JSON.stringify(MARIA);
    applySteps(MARIA, MARIA_STEPS);
    expect(JSON.stringify(MARIA)).toBe(before);
  });
});

describe("the Alex example", () => {
  const { map, errors } = readMap(ALEX, { today: TODAY });

  it("reads without errors", () => {
    expect(errors).toEqual([]);
  });

  it("has seven needs and twelve people, Jordan among them as a backup-only helper", () => {
    expect(map.needs).toHaveLength(7);
    expect(map.people).toHaveLength(12);
    expect(map.offers.length).toBeGreaterThanOrEqual(12);
    const jordan = map.offers.filter((o) => o.person === "Jordan Blake");
    expect(jordan).toEqual([expect.objectContaining({ type: "any", backupOnly: true })]);
    expect(map.settings.coordinatorName).toBe("Jordan Blake");
  });

  it("keeps visits away before 10:00", () => {
    expect(map.settings.quietTimes).toEqual([{ start: 0, end: 600 }]);
    expect(map.settings.quietTimesText).toBe("before 10:00");
  });

  it("marks Sam Reed do not involve, with an offer of everything", () => {
    expect(map.people.find((p) => p.name === "Sam Reed")?.status).toEqual({
      kind: "do not involve",
    });
    expect(map.offers.find((o) => o.person === "Sam Reed")).toMatchObject({
      type: "any",
      daysText: "daily",
    });
  });

  it("has the scenario's dates: dinners for four weeks, reminders for two, three rides", () => {
    const need = (name: string) => map.needs.find((n) => n.name === name);
    expect(need("Dinner")).toMatchObject({ from: "2027-01-04", until: "2027-01-31" });
    expect(need("Medication reminder")).toMatchObject({ from: "2027-01-04", until: "2027-01-17" });
    expect(need("Ride to appointment")).toMatchObject({
      days: { kind: "dates", dates: ["2027-01-06", "2027-01-20", "2027-02-03"] },
      time: { kind: "range", start: 630, end: 780 },
      priority: "high",
      backup: true,
    });
    expect(need("Physiotherapy plan")).toMatchObject({
      category: "professional",
      mode: "either",
      days: { kind: "dates", dates: ["2027-01-05"] },
    });
  });

  it("has Rosa offering meals, rides, calls, visits and errands every day", () => {
    const rosa = map.offers.filter((o) => o.person === "Rosa Alvarez");
    expect(rosa.map((o) => o.type).sort()).toEqual([
      "errands",
      "meals",
      "phone call",
      "rides",
      "visit",
    ]);
    expect(rosa.every((o) => o.daysText === "daily")).toBe(true);
  });

  it("has two other people offering rides on Wednesdays", () => {
    const wednesday = map.offers.filter(
      (o) =>
        o.type === "rides" &&
        o.person !== "Rosa Alvarez" &&
        o.days.kind === "weekly" &&
        o.days.weekdays.includes(3),
    );
    expect(new Set(wednesday.map((o) => o.person)).size).toBe(2);
  });

  it("has someone who offers only phone calls and someone free only at weekends", () => {
    const byPerson = new Map<string, typeof map.offers>();
    for (const o of map.offers) byPerson.set(o.person, [...(byPerson.get(o.person) ?? []), o]);
    const onlyCalls = [...byPerson.values()].filter((os) =>
      os.every((o) => o.type === "phone call"),
    );
    expect(onlyCalls.length).toBeGreaterThanOrEqual(1);
    const weekendsOnly = [...byPerson.values()].filter((os) =>
      os.every((o) => o.days.kind === "weekly" && o.days.weekdays.every((d) => d >= 6)),
    );
    expect(weekendsOnly.length).toBeGreaterThanOrEqual(1);
  });

  it("has no in-person offer that fits an in-person need only before 10:00", () => {
    const inPersonNeeds = map.needs.filter((n) => n.mode === "in person");
    expect(inPersonNeeds.every((n) => n.time.start >= 600)).toBe(true);
  });
});
