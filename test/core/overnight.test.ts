import { outsideQuiet, timeFit } from "../../src/core/eligibility";
import { needDates } from "../../src/core/occurrences";
import { planSupport } from "../../src/core/planner";
import { describeTime } from "../../src/core/words";
import { buildMap, need, offer, settings } from "./build-map";

// Issue 12: a window that crosses midnight ("22:00-06:00", overnight, night feeds) is one need
// and one task, counted on the day it starts, checked against quiet times and against helpers'
// windows that cross midnight too. Minutes past 24:00 are the next morning: 1800 is 06:00.

const nightFeed = need(
  { name: "Night feeds", type: "baby care", days: "daily", time: "22:00-06:00" },
  2,
);
const quiet = settings().quietTimes;

describe("fitting a need that crosses midnight", () => {
  test("a helper whose window also crosses midnight and covers it fits, the whole window", () => {
    const o = offer({ person: "Ana", type: "baby care", days: "daily", time: "21:00-07:00" }, 2);
    expect(timeFit(nightFeed, o, quiet)).toEqual({
      step: "ok",
      window: { start: 1320, end: 1800 },
    });
  });

  test("overnight (22:00-07:00) covers 22:00-06:00", () => {
    const o = offer({ person: "Ana", type: "baby care", days: "daily", time: "overnight" }, 2);
    expect(timeFit(nightFeed, o, quiet).step).toBe("ok");
  });

  test.each([
    ["night", "21:00-24:00 stops at midnight"],
    ["any", "any time is within the day"],
    ["23:00-06:00", "starts an hour late"],
    ["22:00-05:00", "ends an hour early"],
  ])("an offer of %j does not cover it: %s", (time) => {
    const o = offer({ person: "Ana", type: "baby care", days: "daily", time }, 2);
    expect(timeFit(nightFeed, o, quiet).step).toBe("time");
  });

  test("a helper's overnight window covers an evening need on its first day", () => {
    const evening = need(
      { name: "Late call", type: "calls", days: "daily", time: "22:00-23:00" },
      2,
    );
    const o = offer({ person: "Ana", type: "calls", days: "daily", time: "21:00-07:00" }, 2);
    expect(timeFit(evening, o, quiet)).toEqual({ step: "ok", window: { start: 1320, end: 1380 } });
  });

  test("quiet times apply on both sides of midnight", () => {
    // Quiet before 07:00: the next morning's 00:00-07:00 is 1440-1860 past the first day.
    const q = settings({ quiet: "before 07:00" }).quietTimes;
    expect(outsideQuiet({ start: 1320, end: 1800 }, q)).toEqual([{ start: 1320, end: 1440 }]);
    const o = offer({ person: "Ana", type: "baby care", days: "daily", time: "overnight" }, 2);
    expect(timeFit(nightFeed, o, q).step).toBe("quiet");
    // Quiet after 23:00 (to midnight) takes 23:00-24:00 out, and nothing the next morning.
    const late = settings({ quiet: "after 23:00" }).quietTimes;
    expect(outsideQuiet({ start: 1320, end: 1800 }, late)).toEqual([
      { start: 1320, end: 1380 },
      { start: 1440, end: 1800 },
    ]);
  });

  test("a quiet time that itself crosses midnight is both halves", () => {
    const q = settings({ quiet: "23:00-01:00" }).quietTimes;
    expect(q).toEqual([
      { start: 0, end: 60 },
      { start: 1380, end: 1440 },
    ]);
    expect(outsideQuiet({ start: 1320, end: 1800 }, q)).toEqual([
      { start: 1320, end: 1380 },
      { start: 1500, end: 1800 },
    ]);
  });

  test("remote night calls are not held to the quiet times", () => {
    const call = need(
      { name: "Night call", type: "calls", days: "daily", time: "22:00-02:00", mode: "remote" },
      2,
    );
    const o = offer(
      { person: "Ana", type: "calls", days: "daily", time: "22:00-02:00", mode: "remote" },
      2,
    );
    const q = settings({ quiet: "after 21:00" }).quietTimes;
    expect(timeFit(call, o, q).step).toBe("ok");
  });
});

describe("planning a need that crosses midnight", () => {
  test("one task per night, counted on the day it starts", () => {
    // The map runs Mon 7 Dec to Sun 20 Dec; the need is Mon and Fri nights.
    const map = buildMap({
      needs: [{ name: "Night feeds", type: "baby care", days: "Mon, Fri", time: "22:00-06:00" }],
      offers: [{ person: "Ana", type: "baby care", days: "Mon, Fri", time: "overnight" }],
    });
    expect(needDates(map.needs[0], map.settings)).toEqual([
      "2026-12-07",
      "2026-12-11",
      "2026-12-14",
      "2026-12-18",
    ]);
    const r = planSupport(map);
    const rows = r.assignments.filter((a) => a.need === "Night feeds" && a.role === "primary");
    expect(rows.map((a) => a.person)).toEqual(["Ana"]);
    expect(rows[0].timeText).toBe("22:00-06:00");
    expect(rows[0].occurrences).toEqual(["2026-12-07", "2026-12-11", "2026-12-14", "2026-12-18"]);
    expect(r.report.coverage.overall).toBe(1);
  });

  test("a helper free only until midnight leaves a gap with a reason", () => {
    const map = buildMap({
      needs: [{ name: "Night feeds", type: "baby care", days: "Mon", time: "22:00-06:00" }],
      offers: [{ person: "Ana", type: "baby care", days: "daily", time: "night" }],
    });
    const r = planSupport(map);
    expect(r.assignments.filter((a) => a.role === "primary")).toEqual([]);
    expect(r.report.gaps[0].reason).toBe("no-time");
  });

  test("a brief says the window runs overnight", () => {
    expect(describeTime(nightFeed.time)).toBe("22:00-06:00 overnight");
    const map = buildMap({
      needs: [{ name: "Night feeds", type: "baby care", days: "Mon", time: "22:00-06:00" }],
      offers: [{ person: "Ana", type: "baby care", days: "Mon", time: "overnight" }],
    });
    const row = planSupport(map).assignments.find((a) => a.role === "primary");
    expect(row?.description).toBe(
      "every Monday from 7 December to 14 December, 22:00-06:00 overnight",
    );
  });
});
