import { addDays } from "../src/core/dates";
import type {
  Category,
  IsoDate,
  Mode,
  Need,
  Offer,
  Person,
  Priority,
  Settings,
  SupportMap,
} from "../src/core/model";
import { parseDays, parseQuietTimes, parseTime } from "../src/core/schedule";

// Seeded support networks for the benchmark, written the way a coordinator types the sheets
// (every Days and Time cell goes through the real parsers). Demand is skewed towards a few
// types of help that fewer people offer, so limits bind and full coverage is not a given.

/** mulberry32: small, fast and good enough to make the same map from the same seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(readonly next: () => number) {}
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }
  /** k distinct items, in the order they were listed. */
  some<T>(items: readonly T[], k: number): T[] {
    const idx = items.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    return idx
      .slice(0, k)
      .sort((a, b) => a - b)
      .map((i) => items[i]);
  }
}

interface HelpType {
  type: string;
  category: Category;
  mode: Mode;
  /** How often a need is of this type, and how often an offer is. */
  demand: number;
  supply: number;
  names: string[];
  needTimes: string[];
}

const TYPES: HelpType[] = [
  {
    type: "meals",
    category: "practical",
    mode: "in person",
    demand: 14,
    supply: 4,
    names: ["Dinner", "Lunch", "Cook a meal"],
    needTimes: ["evening", "evening", "17:30-19:00", "afternoon"],
  },
  {
    type: "rides",
    category: "practical",
    mode: "in person",
    demand: 12,
    supply: 3,
    names: ["Ride to appointment", "Ride to the clinic", "School run"],
    needTimes: ["10:30-13:00", "morning", "08:00-09:30", "14:00-16:00", "afternoon"],
  },
  {
    type: "errands",
    category: "practical",
    mode: "in person",
    demand: 10,
    supply: 12,
    names: ["Groceries", "Pharmacy run", "Post office"],
    needTimes: ["afternoon", "morning", "any"],
  },
  {
    type: "pet care",
    category: "practical",
    mode: "in person",
    demand: 10,
    supply: 6,
    names: ["Morning dog walk", "Evening dog walk", "Feed the cat"],
    needTimes: ["morning", "evening", "07:00-08:00", "18:00-19:00"],
  },
  {
    type: "house care",
    category: "practical",
    mode: "in person",
    demand: 8,
    supply: 15,
    names: ["Water the plants", "Check the mail", "Take the bins out"],
    needTimes: ["any", "morning", "evening"],
  },
  {
    type: "phone call",
    category: "emotional",
    mode: "remote",
    demand: 12,
    supply: 30,
    names: ["Check-in call", "Call to vent", "Evening chat"],
    needTimes: ["any", "evening", "night", "18:00-20:00"],
  },
  {
    type: "visit",
    category: "emotional",
    mode: "in person",
    demand: 8,
    supply: 20,
    names: ["Company", "Sunday visit", "Coffee together"],
    needTimes: ["afternoon", "14:00-16:00", "morning"],
  },
  {
    type: "childcare",
    category: "practical",
    mode: "in person",
    demand: 8,
    supply: 2,
    names: ["After-school care", "Bedtime help", "Babysit"],
    needTimes: ["15:00-18:00", "evening", "afternoon"],
  },
  {
    type: "work cover",
    category: "practical",
    mode: "remote",
    demand: 6,
    supply: 3,
    names: ["Cover the client report", "Answer work email", "Cover a shift"],
    needTimes: ["any", "morning", "09:00-12:00"],
  },
  {
    type: "medical reminder",
    category: "medical",
    mode: "remote",
    demand: 12,
    supply: 4,
    names: ["Medication reminder", "Blood pressure check", "Insulin reminder"],
    needTimes: ["morning", "08:00-08:30", "evening"],
  },
];

function typeOf(need: Need): HelpType {
  return TYPES.find((t) => t.type === need.type) ?? TYPES[0];
}

const PROFESSIONAL = ["physiotherapy", "counselling", "legal advice", "home nursing"];

const FIRST = (
  "Ana Ben Chloe Dev Eli Fatima Gus Hana Ivy Jon Kim Lena Marco Nia Omar Pia Quinn Rosa Sam Tariq " +
  "Uma Vik Wen Yara"
).split(" ");
const LAST = (
  "Ruiz Okafor Martin Patel Cohen Noor Lindqvist Sato Chen Park Ortiz Bianchi Reed Silva Haddad " +
  "Novak Kowalski Mensah Ito Berg"
).split(" ");
const RELATIONSHIPS = ["friend", "neighbour", "coworker", "cousin", "friend from church", "sister"];

const WEEKDAY_WORDS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** The map runs whole weeks, more of them for a bigger network: 10 -> 2, 50 -> 4, 200 -> 8, 1000 -> 12. */
export function weeksFor(helpers: number): number {
  const anchors: [number, number][] = [
    [10, 2],
    [50, 4],
    [200, 8],
    [1000, 12],
  ];
  if (helpers <= anchors[0][0]) return anchors[0][1];
  for (let i = 1; i < anchors.length; i++) {
    const [h0, w0] = anchors[i - 1];
    const [h1, w1] = anchors[i];
    if (helpers <= h1) {
      const t = Math.log(helpers / h0) / Math.log(h1 / h0);
      return Math.round(w0 + t * (w1 - w0));
    }
  }
  return anchors[anchors.length - 1][1];
}

export function needsFor(helpers: number): number {
  return Math.max(3, Math.round(helpers * 0.3));
}

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

function someWeekdays(dice: Dice, k: number, pool = WEEKDAY_WORDS.slice(0, 5)): string {
  return dice.some(pool, k).join(", ");
}

function needDays(dice: Dice, start: IsoDate, totalDays: number): string {
  const kind = dice.weighted([
    ["daily", 22],
    ["weekdays", 20],
    ["weekends", 8],
    ["some", 25],
    ["every", 12],
    ["dated", 13],
  ] as const);
  switch (kind) {
    case "daily":
    case "weekdays":
    case "weekends":
      return kind;
    case "some":
      return someWeekdays(dice, dice.int(1, 3), dice.chance(0.8) ? undefined : WEEKDAY_WORDS);
    case "every":
      return `every ${dice.int(2, 3)} days`;
    case "dated": {
      const count = dice.int(1, 3);
      const dates = new Set<IsoDate>();
      while (dates.size < count) dates.add(addDays(start, dice.int(0, totalDays - 1)));
      const list = [...dates].sort();
      return list.length === 1 ? `once ${list[0]}` : list.join(", ");
    }
  }
}

function offerDays(dice: Dice): string {
  const kind = dice.weighted([
    ["daily", 8],
    ["weekdays", 10],
    ["weekends", 14],
    ["some", 58],
    ["every", 5],
    ["range", 5],
  ] as const);
  switch (kind) {
    case "daily":
    case "weekdays":
    case "weekends":
      return kind;
    case "some":
      return someWeekdays(dice, dice.int(1, 2), dice.chance(0.7) ? undefined : WEEKDAY_WORDS);
    case "every":
      return "every 2 days";
    case "range":
      return dice.pick(["Tue-Thu", "Mon-Wed", "Fri-Sun", "Thu-Sat"]);
  }
}

const OFFER_TIMES: (readonly [string, number])[] = [
  ["morning", 18],
  ["afternoon", 18],
  ["evening", 22],
  ["night", 6],
  ["any", 8],
  ["09:00-12:00", 5],
  ["14:00-18:00", 5],
  ["18:00-21:00", 5],
  ["07:00-09:00", 5],
];

function settingsFor(seed: number, weeks: number, quiet: string): Settings {
  const q = parseQuietTimes(quiet);
  if (!q.ok) throw new Error(q.error);
  const startDate = "2027-01-04";
  return {
    supportedName: "Alex",
    supportedEmail: "alex@example.com",
    coordinatorName: "Jordan Lee",
    coordinatorEmail: "jordan@example.com",
    startDate,
    endDate: addDays(startDate, weeks * 7 - 1),
    checkInDay: 5,
    maxTasks: 2,
    quietTimes: q.value,
    quietTimesText: quiet,
    publicSummary: `Benchmark network ${seed}.`,
    timeZone: "Europe/London",
    paused: false,
    dailySummary: false,
  };
}

function makeNeed(dice: Dice, row: number, index: number, s: Settings, totalDays: number): Need {
  const professional = dice.chance(0.04);
  const t = dice.weighted(TYPES.map((x) => [x, x.demand] as const));
  const type = professional ? dice.pick(PROFESSIONAL) : t.type;
  const priority = dice.weighted<Priority>([
    ["high", 25],
    ["medium", 45],
    ["low", 30],
  ]);
  const daysText = needDays(dice, s.startDate, totalDays);
  const timeText = dice.pick(t.needTimes);
  let start: IsoDate | undefined;
  let end: IsoDate | undefined;
  if (!daysText.match(/\d{4}-/) && dice.chance(0.2)) {
    // Needs that only run part of the map: the first weeks after surgery, or from a start date.
    const cut = dice.int(7, Math.max(7, totalDays - 7));
    if (dice.chance(0.5)) end = addDays(s.startDate, cut - 1);
    else start = addDays(s.startDate, cut);
  }
  const mode: Mode =
    t.mode === "remote" && dice.chance(0.15) ? "either" : professional ? "either" : t.mode;
  return {
    row,
    name: professional ? `${type} plan ${index + 1}` : `${dice.pick(t.names)} ${index + 1}`,
    type,
    category: professional ? "professional" : t.category,
    priority,
    days: days(daysText),
    daysText,
    time: time(timeText),
    mode,
    from: start,
    until: end,
    helpers: !professional && dice.chance(0.15) ? 2 : 1,
    backup: priority === "high" || dice.chance(0.1),
    status: "active",
    details: "",
    notes: "",
  };
}

function makePerson(dice: Dice, row: number, name: string, s: Settings, totalDays: number): Person {
  let status: Person["status"] = { kind: "active" };
  const r = dice.next();
  if (r < 0.03) status = { kind: "do not involve" };
  else if (r < 0.07) {
    const from = addDays(s.startDate, dice.int(0, totalDays - 1));
    status = { kind: "paused", from, until: addDays(from, dice.int(2, 10)) };
  } else if (r < 0.08) status = { kind: "dropped" };
  const tasks = dice.next();
  return {
    row,
    name,
    email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}@example.com`,
    phone: "",
    relationship: dice.pick(RELATIONSHIPS),
    area: "",
    maxTasks: tasks < 0.7 ? undefined : tasks < 0.85 ? 1 : 3,
    maxVisitsPerWeek: dice.chance(0.5) ? undefined : dice.int(2, 6),
    status,
    notes: "",
  };
}

/** Days and time someone picks after reading one need on the form: part of it, or all of it. */
function answerTo(dice: Dice, need: Need, asked: boolean): { daysText: string; timeText: string } {
  let daysText: string;
  if (need.days.kind === "weekly" && dice.chance(0.85)) {
    const all = need.days.weekdays.map((d) => WEEKDAY_WORDS[d - 1]);
    daysText = dice.chance(asked ? 0.6 : 0.3)
      ? need.daysText
      : dice.some(all, dice.int(1, all.length)).join(", ");
  } else daysText = dice.chance(0.5) ? "daily" : offerDays(dice);
  const timeText = dice.weighted([
    [need.time.label, 70],
    ["any", 15],
    [dice.weighted(OFFER_TIMES), 15],
  ]);
  return { daysText, timeText };
}

function makeOffers(
  dice: Dice,
  needs: Need[],
  recruitedFor: Need[],
  person: string,
  firstRow: number,
  s: Settings,
  totalDays: number,
): Offer[] {
  const backupOnly = dice.chance(0.1);
  const count = Math.max(
    recruitedFor.length,
    dice.weighted([
      [1, 60],
      [2, 30],
      [3, 10],
    ] as const),
  );
  const offers: Offer[] = [];
  const types = new Set<string>();
  for (let i = 0; i < count; i++) {
    // The form lists what is needed, so most people answer one need; the rest offer what they
    // like doing, needed or not.
    const answered =
      recruitedFor[i] ??
      (needs.length > 0 && dice.chance(0.35)
        ? dice.weighted(needs.map((n) => [n, typeOf(n).supply / typeOf(n).demand] as const))
        : undefined);
    const t = answered ? typeOf(answered) : dice.weighted(TYPES.map((x) => [x, x.supply] as const));
    const type = dice.chance(0.005) ? "any" : t.type;
    // Someone asked for a need always answers it; otherwise one row per type is enough.
    if (types.has(type) && i >= recruitedFor.length) continue;
    types.add(type);
    const { daysText, timeText } = answered
      ? answerTo(dice, answered, i < recruitedFor.length)
      : { daysText: offerDays(dice), timeText: dice.weighted(OFFER_TIMES) };
    let from: IsoDate | undefined;
    let until: IsoDate | undefined;
    if (dice.chance(0.25)) {
      const a = dice.int(0, totalDays - 1);
      const b = dice.int(a, totalDays - 1);
      if (dice.chance(0.5)) from = addDays(s.startDate, a);
      else until = addDays(s.startDate, b);
    }
    const mode: Mode = type === "any" ? "either" : dice.chance(0.2) ? "either" : t.mode;
    offers.push({
      row: firstRow + offers.length,
      person,
      type,
      days: days(daysText),
      daysText,
      time: time(timeText),
      mode,
      from,
      until,
      backupOnly,
      notes: "",
    });
  }
  return offers;
}

/**
 * A support network with `helpers` people and about 0.3 needs per helper, over 2 to 12 weeks.
 * The same (helpers, seed) always gives the same map.
 */
export function generateNetwork(helpers: number, seed: number): SupportMap {
  const dice = new Dice(mulberry32(seed * 7919 + helpers));
  const weeks = weeksFor(helpers);
  const totalDays = weeks * 7;
  const quiet = seed % 2 === 0 ? "before 09:00" : "";
  const settings = settingsFor(seed, weeks, quiet);

  const needs: Need[] = [];
  for (let i = 0; i < needsFor(helpers); i++)
    needs.push(makeNeed(dice, i + 2, i, settings, totalDays));

  const asked = needs.filter((n) => n.category !== "professional");
  // Coordinators ask someone they know for most needs, so few needs start with nobody at all.
  const recruited = new Map<number, Need[]>();
  for (const n of asked) {
    // A second person is easier to find for the kinds of help many people like giving.
    const t = typeOf(n);
    const asks =
      (dice.chance(n.priority === "high" ? 0.95 : 0.8) ? 1 : 0) +
      (dice.chance((0.5 * t.supply) / t.demand) ? 1 : 0);
    for (let k = 0; k < asks; k++) {
      const h = dice.int(0, helpers - 1);
      recruited.set(h, [...(recruited.get(h) ?? []), n]);
    }
  }
  const people: Person[] = [];
  const offers: Offer[] = [];
  const used = new Set<string>();
  for (let i = 0; i < helpers; i++) {
    let name = `${dice.pick(FIRST)} ${dice.pick(LAST)}`;
    if (used.has(name)) name = `${name} ${i + 1}`;
    used.add(name);
    people.push(makePerson(dice, i + 2, name, settings, totalDays));
    offers.push(
      ...makeOffers(
        dice,
        asked,
        recruited.get(i) ?? [],
        name,
        offers.length + 2,
        settings,
        totalDays,
      ),
    );
  }
  return { settings, needs, people, offers, assignments: [] };
}
