import type { Need, Offer, Person, Settings, SupportMap } from "../../src/core/model";
import { parseDays, parseQuietTimes, parseTime } from "../../src/core/schedule";

// Small maps for planner tests, written the way a coordinator types the sheets.

function days(text: string) {
  const r = parseDays(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function time(text: string) {
  const r = parseTime(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

export function settings(over: Partial<Settings> & { quiet?: string } = {}): Settings {
  const quiet = parseQuietTimes(over.quiet ?? "");
  if (!quiet.ok) throw new Error(quiet.error);
  const { quiet: _q, ...rest } = over;
  return {
    supportedName: "Maria",
    supportedEmail: "maria@example.com",
    coordinatorName: "Priya Shah",
    coordinatorEmail: "priya@example.com",
    startDate: "2026-12-07",
    endDate: "2026-12-20",
    checkInDay: 5,
    maxTasks: 2,
    quietTimes: quiet.value,
    quietTimesText: over.quiet ?? "",
    publicSummary: "Maria is away for two weeks.",
    timeZone: "Europe/London",
    paused: false,
    dailySummary: false,
    ...rest,
  };
}

type NeedSpec = Partial<Omit<Need, "days" | "time">> & {
  name: string;
  type: string;
  days: string;
  time: string;
};

export function need(spec: NeedSpec, row: number): Need {
  const priority = spec.priority ?? "medium";
  return {
    row,
    category: "practical",
    priority,
    mode: "in person",
    helpers: 1,
    backup: priority === "high",
    status: "active",
    details: "",
    notes: "",
    ...spec,
    days: days(spec.days),
    daysText: spec.days,
    time: time(spec.time),
  };
}

type OfferSpec = Partial<Omit<Offer, "days" | "time">> & {
  person: string;
  type: string;
  days: string;
  time: string;
};

export function offer(spec: OfferSpec, row: number): Offer {
  return {
    row,
    mode: "in person",
    backupOnly: false,
    notes: "",
    ...spec,
    days: days(spec.days),
    daysText: spec.days,
    time: time(spec.time),
  };
}

export function person(name: string, over: Partial<Person> = {}, row = 0): Person {
  return {
    row,
    name,
    email: `${name.split(" ")[0].toLowerCase()}@example.com`,
    phone: "",
    relationship: "friend",
    area: "",
    status: { kind: "active" },
    notes: "",
    ...over,
  };
}

export function buildMap(input: {
  settings?: Partial<Settings> & { quiet?: string };
  needs: NeedSpec[];
  offers: OfferSpec[];
  people?: Person[];
}): SupportMap {
  const offers = input.offers.map((o, i) => offer(o, i + 2));
  const people = input.people ?? [];
  for (const o of offers)
    if (!people.some((p) => p.name === o.person))
      people.push(person(o.person, {}, people.length + 2));
  return {
    settings: settings(input.settings),
    needs: input.needs.map((n, i) => need(n, i + 2)),
    people,
    offers,
    assignments: [],
  };
}

export const MARIA_MAP = (): SupportMap =>
  buildMap({
    needs: [
      {
        name: "Morning dog walk",
        type: "pet care",
        priority: "high",
        days: "daily",
        time: "morning",
      },
      {
        name: "Evening dog walk",
        type: "pet care",
        priority: "high",
        days: "daily",
        time: "evening",
      },
      {
        name: "Water the plants",
        type: "house care",
        priority: "low",
        days: "every 3 days",
        time: "any",
      },
      {
        name: "Check the mail",
        type: "house care",
        priority: "low",
        days: "Mon, Thu",
        time: "any",
      },
      {
        name: "Cover the client report",
        type: "work cover",
        priority: "high",
        days: "once 2026-12-09",
        time: "any",
        mode: "remote",
        details: "Father in ICU at St. Mary's; Maria may be unreachable.",
      },
      {
        name: "Call to vent (10 min)",
        type: "phone call",
        category: "emotional",
        priority: "medium",
        days: "daily",
        time: "any",
        mode: "remote",
      },
    ],
    offers: [
      { person: "Ana Ruiz", type: "pet care", days: "weekdays", time: "morning" },
      { person: "Ben Okafor", type: "pet care", days: "weekdays", time: "evening" },
      { person: "Chloe Martin", type: "house care", days: "daily", time: "any" },
      { person: "Dev Patel", type: "work cover", days: "weekdays", time: "any", mode: "remote" },
      { person: "Eli Cohen", type: "phone call", days: "daily", time: "evening", mode: "remote" },
      { person: "Fatima Noor", type: "phone call", days: "daily", time: "night", mode: "remote" },
      { person: "Gus Lindqvist", type: "meals", days: "weekdays", time: "evening" },
      { person: "Hana Sato", type: "rides", days: "weekends", time: "any" },
      {
        person: "Ivy Chen",
        type: "phone call",
        days: "weekends",
        time: "afternoon",
        mode: "remote",
      },
      {
        person: "Priya Shah",
        type: "any",
        days: "daily",
        time: "any",
        mode: "either",
        backupOnly: true,
      },
      { person: "Tomas Vega", type: "pet care", days: "weekends", time: "any" },
    ],
    people: [
      person("Tomas Vega", { status: { kind: "do not involve" }, relationship: "brother" }, 2),
    ],
  });
