import * as fc from "fast-check";
import type { PersonStatus } from "../../src/core/model";
import { buildMap, person } from "./build-map";

// Random small maps for property tests: a few needs, offers and people, typed the way a
// coordinator would, over the two weeks build-map's settings span.

export const TYPES = ["meals", "rides", "pet care", "phone call"];
export const DAYS = [
  "daily",
  "weekdays",
  "weekends",
  "Mon, Wed, Fri",
  "Tue-Thu",
  "Sat",
  "every 3 days",
  "once 2026-12-09",
];
export const TIMES = ["any", "morning", "afternoon", "evening", "night", "10:30-13:00"];
export const MODES = ["in person", "remote", "either"] as const;
const STATUSES: PersonStatus[] = [
  { kind: "active" },
  { kind: "active" },
  { kind: "active" },
  { kind: "paused", from: "2026-12-12" },
  { kind: "dropped" },
  { kind: "do not involve" },
];

export const needArb = fc.record({
  type: fc.constantFrom(...TYPES),
  days: fc.constantFrom(...DAYS),
  time: fc.constantFrom(...TIMES),
  mode: fc.constantFrom(...MODES),
  priority: fc.constantFrom("high", "medium", "low"),
  helpers: fc.integer({ min: 1, max: 2 }),
  professional: fc.boolean(),
});
export const offerArb = fc.record({
  person: fc.integer({ min: 0, max: 7 }),
  type: fc.constantFrom(...TYPES, "any"),
  days: fc.constantFrom(...DAYS),
  time: fc.constantFrom(...TIMES),
  mode: fc.constantFrom(...MODES),
  backupOnly: fc.boolean(),
});
const personArb = fc.record({
  status: fc.constantFrom(...STATUSES),
  maxTasks: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  maxVisitsPerWeek: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
});

export const mapArb = fc
  .record({
    needs: fc.array(needArb, { minLength: 1, maxLength: 6 }),
    offers: fc.array(offerArb, { minLength: 1, maxLength: 12 }),
    people: fc.array(personArb, { minLength: 8, maxLength: 8 }),
    quiet: fc.constantFrom("", "before 10:00"),
  })
  .map(({ needs, offers, people, quiet }) =>
    buildMap({
      settings: { quiet, quietTimesText: quiet },
      needs: needs.map((n, i) => ({
        name: `Need ${i}`,
        type: n.type,
        days: n.days,
        time: n.time,
        mode: n.mode,
        priority: n.priority,
        helpers: n.helpers,
        category: n.professional && i % 3 === 0 ? "professional" : "practical",
      })),
      offers: offers.map((o) => ({ ...o, person: `Person ${o.person}` })),
      people: people.map((p, i) => person(`Person ${i}`, p, i + 2)),
    }),
  );
