import type { AppsScriptEnv, SentMail } from "../../src/fakes";
import { CHANGES_SHEET } from "../../src/sheets/changes-sheet";
import { PEOPLE_SHEET } from "../../src/sheets/columns";
import { readMap } from "../../src/sheets/read-map";
import { assignedKeys, heldKeys, replayCalendars } from "./calendar-replay";
import {
  INSTRUCTIONS,
  requiredActions,
  runChangesScenario,
  type ChangesScenario,
} from "./changes-scenario";
import { mailText, wallClock, writeEmails } from "./message-env";

// Alex's six weeks again, now with dropouts, a swap and a missed visit (changes-scenario.ts),
// checked by what each person received, and by each helper's calendar as ical.js rebuilds it
// from every .ics they were sent.

const ALEX = "alex@example.com";
const JORDAN = "jordan.blake@example.com";
const DETAILS = "Knee surgery follow-up at the orthopaedic clinic.";

describe("six weeks with dropouts, a swap and a missed visit", () => {
  let env: AppsScriptEnv;
  let mail: SentMail[] = [];
  let scenario: ChangesScenario;
  /** Each helper's calendar against their assignments from that day on, every morning. */
  const mismatches: unknown[] = [];
  function compareCalendars(at: Date): void {
    const values = Object.fromEntries(
      ["Settings", "Needs", "People", "Offers", "Assignments"].map((n) => [n, env.readSheet(n)]),
    );
    const { map } = readMap(values, { timeZone: "America/New_York", today: "2026-12-07" });
    const today = wallClock(at).slice(0, 10);
    const calendars = replayCalendars(env.outbox);
    const helpers = [...new Set(env.outbox.map((m) => m.to))].filter(
      (t) => t !== ALEX && t !== JORDAN,
    );
    for (const h of helpers) {
      const held = heldKeys(calendars.get(h), today);
      const assigned = assignedKeys(map, h, today);
      if (JSON.stringify(held) !== JSON.stringify(assigned))
        mismatches.push({ at: at.toISOString(), h, held, assigned });
    }
  }
  beforeAll(() => {
    scenario = runChangesScenario((e, at) => {
      env = e;
      // 06:05 in New York, before the day's first task: after the last hour's changes went out.
      if (wallClock(at).endsWith(" 06:05")) compareCalendars(at);
    });
    env = scenario.env;
    mail = env.outbox;
    writeEmails(mail, "six-weeks-changes");
  });
  const to = (address: string) => mail.filter((m) => m.to === address);

  it("asks Rosa, Grace's backup, within one hourly run, without naming Grace", () => {
    const ask = to("rosa.alvarez@example.com").find((m) => m.subject.includes("can you take it?"));
    expect(ask?.subject).toBe(
      "Ride to appointment on Wednesday 17 March, 10:30-13:00: can you take it?",
    );
    // Grace submitted just before the 17:05 run (12:05 in New York): that run asks Rosa.
    expect(ask?.sentAt).toBe("2027-03-08T17:05:00.000Z");
    expect(mailText(ask as SentMail)).not.toContain("Grace");
  });

  it("files every answer on Changes with what was done", () => {
    const rows = env.readSheet(CHANGES_SHEET);
    expect(rows[0]).toEqual([
      "Received",
      "Helper",
      "Request",
      "Dates",
      "Note",
      "Outcome",
      "Response id",
    ]);
    const outcome = (helper: string) => rows.find((r) => r[1] === helper)?.[5];
    expect(outcome("Grace Kim")).toContain("Rosa Alvarez (backup) asked to step in");
    expect(outcome("Rosa Alvarez")).toContain(
      "Rosa Alvarez stepped in for Ride to appointment on Wednesday 17 March",
    );
    expect(outcome("Leo Marsh")).toContain("Leo Marsh paused from 2027-03-19");
  });

  it("tells the person supported nothing about any of it", () => {
    for (const m of to(ALEX)) expect(m.subject).toMatch(/^(Today|Your weekly check-in)/);
  });

  it("never sends a need's Details, and Instructions only to whoever does that need", () => {
    for (const m of mail) expect(mailText(m)).not.toContain(DETAILS);
    const withInstructions = new Set(
      mail.filter((m) => mailText(m).includes(INSTRUCTIONS)).map((m) => m.to),
    );
    expect([...withInstructions]).toEqual(expect.arrayContaining(["felix.grant@example.com"]));
    expect(withInstructions.has("owen.price@example.com")).toBe(false);
    expect(withInstructions.has(ALEX)).toBe(false);
  });

  it("never names another helper to a helper", () => {
    const people = env
      .readSheet(PEOPLE_SHEET)
      .slice(1)
      .map((r) => String(r[0]));
    for (const m of mail) {
      if (m.to === JORDAN || m.to === ALEX) continue;
      const text = mailText(m);
      for (const name of people) {
        if (name === "Jordan Blake" || m.to.startsWith(name.toLowerCase().replace(" ", ".")))
          continue;
        expect([m.to, m.subject, text.includes(name.split(" ")[0])]).toEqual([
          m.to,
          m.subject,
          false,
        ]);
      }
    }
  });

  it("keeps every helper's calendar equal to their assignments, .ics applied in order", () => {
    // Checked every morning from that day on: what is past, a plan may rewrite, a calendar keeps.
    expect(mismatches).toEqual([]);
  });

  it("tells each person only what concerns them: one brief, then one short message per change", () => {
    const subjects = (address: string) => to(address).map((m) => m.subject);
    const count = (address: string) => to(address).length;
    // Unchanged helpers: their brief, nothing else.
    for (const h of ["kofi.mensah", "mei.lin"]) expect(count(`${h}@example.com`)).toBe(1);
    // Grace: her brief, then the ride she can't make, cancelled.
    expect(subjects("grace.kim@example.com")).toEqual([
      "Your tasks helping Alex",
      "What changed for you: Ride to appointment on Wednesday 17 March, 10:30-13:00",
    ]);
    // Nadia: her brief, then the dinner she swapped away.
    expect(subjects("nadia.haddad@example.com")).toEqual([
      "Your tasks helping Alex",
      "What changed for you: Dinner on Thursday 11 March, 17:00-21:00",
    ]);
    // Leo and Felix: one short message each with what is no longer theirs.
    for (const h of ["leo.marsh", "felix.grant"]) {
      const m = to(`${h}@example.com`);
      expect(m).toHaveLength(2);
      expect(m[1].body).toContain("NO LONGER YOURS");
      expect(m[1].body).not.toContain("NEW OR CHANGED");
    }
    // Rosa, everyone's backup: two questions and two changes (the ride she took; Felix's and
    // Leo's tasks that moved to her).
    expect(
      subjects("rosa.alvarez@example.com").filter((s) => s.includes("can you take it?")),
    ).toEqual([
      "Ride to appointment on Wednesday 17 March, 10:30-13:00: can you take it?",
      "Dinner on Thursday 11 March, evening: can you take it?",
    ]);
    // Jordan: decisions only.
    expect(subjects(JORDAN).sort()).toEqual([
      "A word for Kofi: Company on Sunday 14 March was missed",
      "Gap after a change: Dinner, Thursday 11 March",
      "No helper yet: Hospital visit, on Monday 15 March, 14:00-16:00",
    ]);
    const draft = to(JORDAN).find((m) => m.subject.startsWith("A word for Kofi"));
    expect(draft?.body).toContain("I noticed Sunday's company didn't happen. Is everything okay?");
    expect(draft?.body).toContain("a lighter task");
    expect(to("kofi.mensah@example.com")).toHaveLength(1);
  });

  it("needs the coordinator six times in six weeks, each for a decision a person must make", () => {
    const actions = requiredActions(scenario, JORDAN);
    process.stdout.write(`coordinator's required actions: ${JSON.stringify(actions, null, 1)}\n`);
    expect(actions).toHaveLength(6);
  });
});
