import ICAL from "ical.js";
import { calendarFile, escapeText, foldLine } from "../../src/core/messages/ics";
import type { SentMail } from "../../src/fakes";
import { sendBriefs } from "../../src/server/messages/briefs";
import { alexInMarch, mapEnv, wallClock } from "./message-env";

// Calendar files are checked with ical.js, a real RFC 5545 parser, not with our own reading.

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  allDay: boolean;
  start: ICAL.Time;
  end: ICAL.Time;
  transp: string;
}

function parse(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      allDay: e.startDate.isDate,
      start: e.startDate,
      end: e.endDate,
      transp: String(v.getFirstPropertyValue("transp")),
    };
  });
}

const octets = (line: string) => Buffer.byteLength(line, "utf8");

describe("iCalendar text", () => {
  const tricky = 'Soup, bread; and \\ "quotes"\nsecond line — ünïcödé 🍲🍲🍲 '.repeat(4);
  const text = calendarFile({
    name: "Helping Zoë, Ana; \\ friends",
    timeZone: "Europe/London",
    stamp: Date.parse("2027-03-20T09:00:00Z"),
    events: [
      {
        uid: "a@support-map",
        summary: tricky,
        description: tricky,
        date: "2027-03-27",
        time: { start: 17 * 60, end: 21 * 60 },
      },
      {
        uid: "b@support-map",
        summary: "After the clocks change",
        description: "",
        date: "2027-03-29",
        time: { start: 17 * 60, end: 21 * 60 },
        free: true,
      },
      { uid: "c@support-map", summary: "All day", description: "", date: "2027-03-28" },
    ],
  });

  it("ends every line with CRLF and folds lines at 75 octets without splitting a character", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = text.split("\r\n").slice(0, -1);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
    expect(text).not.toContain("\uFFFD");
  });

  it("escapes text so a parser reads back exactly what was written", () => {
    const [a, b, c] = parse(text);
    expect(a.summary).toBe(tricky);
    expect(a.description).toBe(tricky);
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    expect(b.transp).toBe("TRANSPARENT");
    expect(a.transp).toBe("OPAQUE");
    expect(c.allDay).toBe(true);
    expect(c.start.toString()).toBe("2027-03-28");
    expect(c.end.toString()).toBe("2027-03-29");
  });

  it("puts local times on the right UTC instants on both sides of the change", () => {
    const [a, b] = parse(text);
    // London: GMT on Saturday 27 March, BST from Sunday 28 March.
    expect(a.start.toJSDate().toISOString()).toBe("2027-03-27T17:00:00.000Z");
    expect(b.start.toJSDate().toISOString()).toBe("2027-03-29T16:00:00.000Z");
    expect(b.end.toJSDate().toISOString()).toBe("2027-03-29T20:00:00.000Z");
  });

  it("folds a long line into pieces that unfold to the original", () => {
    const line = `DESCRIPTION:${"é".repeat(100)}`;
    const folded = foldLine(line);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    for (const piece of folded.split("\r\n")) expect(octets(piece)).toBeLessThanOrEqual(75);
  });
});

describe("the calendar files in Alex's briefs", () => {
  let first: SentMail[] = [];
  let second: SentMail[] = [];
  beforeAll(() => {
    const { env } = mapEnv(alexInMarch(), "2027-02-26T15:00:00Z");
    sendBriefs({ onlyChanged: false });
    first = [...env.outbox];
    sendBriefs({ onlyChanged: false });
    second = env.outbox.slice(first.length);
  });
  const ics = (m: SentMail) => {
    const a = m.attachments.find((x) => x.name.endsWith(".ics"));
    if (!a) throw new Error(`no calendar in the brief to ${m.to}`);
    expect(a.contentType).toBe("text/calendar");
    return parse(a.text);
  };
  const brief = (to: string) => {
    const m = first.find((x) => x.to === to);
    if (!m) throw new Error(`no brief to ${to}`);
    return m;
  };
  const starts = (events: ParsedEvent[]) =>
    events.map((e) => `${wallClock(e.start.toJSDate())}-${wallClock(e.end.toJSDate()).slice(11)}`);

  it("every brief carries a calendar that parses", () => {
    expect(first.length).toBeGreaterThan(0);
    for (const m of first) expect(ics(m).length).toBeGreaterThan(0);
  });

  it("puts Nadia's dinners at 17:00-21:00 New York time, before and after the clocks change", () => {
    const events = ics(brief("nadia.haddad@example.com"));
    expect(starts(events)).toEqual(
      ["02", "04", "09", "11", "16", "18", "23", "25"].map((d) => `2027-03-${d} 17:00-21:00`),
    );
    expect(events[0].start.toJSDate().toISOString()).toBe("2027-03-02T22:00:00.000Z");
    expect(events[4].start.toJSDate().toISOString()).toBe("2027-03-16T21:00:00.000Z");
    expect(events.every((e) => e.transp === "OPAQUE")).toBe(true);
  });

  // Grace and Owen both offer Wednesday rides; the tie goes by name (it went by People's row
  // order before the plan was made independent of row order).
  it("puts Grace's rides on the three appointment days at 10:30-13:00", () => {
    const events = ics(brief("grace.kim@example.com")).filter(
      (e) => !e.summary.startsWith("Backup"),
    );
    expect(starts(events)).toEqual(["03", "17", "31"].map((d) => `2027-03-${d} 10:30-13:00`));
  });

  it("marks backup slots as free time and says so", () => {
    const events = ics(brief("rosa.alvarez@example.com"));
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e.summary).toMatch(/^Backup, only if asked: /);
      expect(e.transp).toBe("TRANSPARENT");
    }
  });

  it("keeps each slot's UID from one brief to the next, and never repeats one", () => {
    const uids = (list: SentMail[]) => list.flatMap((m) => ics(m).map((e) => e.uid));
    expect(uids(second)).toEqual(uids(first));
    expect(new Set(uids(first)).size).toBe(uids(first).length);
  });
});
