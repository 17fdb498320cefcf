import type { AppsScriptEnv, SentMail } from "../../src/fakes";
import { sendBriefs } from "../../src/server/messages/briefs";
import { runPlan } from "../../src/server/plan/plan";
import { NEEDS_SHEET, PEOPLE_SHEET } from "../../src/sheets/columns";
import { alexInMarch, mapEnv, type Sheets } from "./message-env";

// "Tell helpers what changed" (it was "Send briefs to helpers whose tasks changed"): after a
// re-plan, only the helpers whose dates or roles moved hear again, and only what changed (it
// sent them their whole new brief; the two tests about Nadia and Kofi asserted that and now
// assert the change); each message stamps Briefed on that helper's rows.

function setCell(
  sheets: Sheets,
  sheet: string,
  key: string,
  column: string,
  value: string,
): Sheets {
  const [header, ...rows] = sheets[sheet];
  const c = header.indexOf(column);
  return {
    ...sheets,
    [sheet]: [
      header,
      ...rows.map((r) => (r[0] === key ? r.map((v, i) => (i === c ? value : v)) : r)),
    ],
  };
}

describe("briefs to helpers whose tasks changed", () => {
  let env: AppsScriptEnv;
  let before: SentMail[];
  let changed: ReturnType<typeof sendBriefs>;
  let after: SentMail[];
  let stampsBefore: unknown[][];
  beforeAll(() => {
    let sheets = alexInMarch();
    env = mapEnv(sheets, "2027-02-26T15:00:00Z").env;
    sendBriefs({ onlyChanged: false });
    before = [...env.outbox];
    stampsBefore = env.readSheet("Assignments");
    // Nadia can only cook until the clocks change; Company is no longer wanted.
    sheets = setCell(sheets, PEOPLE_SHEET, "Nadia Haddad", "Status", "paused from 2027-03-14");
    sheets = setCell(sheets, NEEDS_SHEET, "Company", "Status", "done");
    env.writeSheet(PEOPLE_SHEET, sheets[PEOPLE_SHEET]);
    env.writeSheet(NEEDS_SHEET, sheets[NEEDS_SHEET]);
    env.clock.set("2027-03-01T14:00:00Z");
    runPlan();
    changed = sendBriefs({ onlyChanged: true });
    after = env.outbox.slice(before.length);
  });

  const to = (list: SentMail[], name: string) =>
    list.find((m) => m.to.startsWith(name.toLowerCase().replace(" ", ".")));

  it("tells Nadia only the dinners she no longer has, not the ones she keeps", () => {
    const nadia = to(after, "Nadia Haddad");
    expect(nadia?.subject).toBe(
      "What changed for you: Dinner on Tuesday 16 March, 17:00-21:00 (and 3 more)",
    );
    expect(nadia?.body).toContain("NO LONGER YOURS");
    for (const day of [
      "Tuesday 16 March",
      "Thursday 18 March",
      "Tuesday 23 March",
      "Thursday 25 March",
    ])
      expect(nadia?.body).toContain(`Dinner on ${day}`);
    expect(nadia?.body).not.toMatch(/2 March|4 March|9 March|11 March/);
    expect(nadia?.attachments.map((a) => a.name)).toEqual(["helping-alex-cancelled.ics"]);
  });

  it("tells Kofi, whose only task ended, that its visits are no longer his", () => {
    expect(to(before, "Kofi Mensah")?.body).toContain("You'll visit Alex (Company)");
    const kofi = to(after, "Kofi Mensah");
    expect(kofi?.subject).toMatch(/^What changed for you: Company on Sunday 7 March/);
    // His calendar still holds the Company visits from his first brief: they come as a
    // cancellation now.
    const files = kofi?.attachments ?? [];
    expect(files.map((a) => a.name)).toEqual(["helping-alex-cancelled.ics"]);
    expect(files[0].text).toContain("METHOD:CANCEL");
  });

  it("leaves helpers whose tasks did not change alone", () => {
    for (const name of ["Leo Marsh", "Mei Lin", "Ines Duarte", "Owen Price", "Felix Grant"])
      expect(to(after, name)).toBeUndefined();
    expect(changed.sent).toBe(after.length);
    expect(changed.errors).toEqual([]);
  });

  it("stamps Briefed on the rows of those briefed now, and keeps the others' stamps", () => {
    const rows = env.readSheet("Assignments").slice(1);
    // Sheets may hold the stamp as a date-time or (after a re-plan) as text: compare instants.
    const instant = (v: unknown) => new Date(v as string).toISOString();
    const leo = (r: unknown[][]) => r.filter((x) => x[1] === "Leo Marsh").map((x) => instant(x[9]));
    expect(leo(rows)).toEqual(leo(stampsBefore.slice(1)));
    const nadia = rows.filter((x) => x[1] === "Nadia Haddad");
    expect(nadia.length).toBeGreaterThan(0);
    for (const r of nadia) expect(instant(r[9])).toBe("2027-03-01T14:00:00.000Z");
  });

  it("has nothing more to send when asked again", () => {
    expect(sendBriefs({ onlyChanged: true })).toMatchObject({ sent: 0, remaining: 0 });
  });

  it("checks its arguments: the sidebar sends { onlyChanged: boolean } and nothing else", () => {
    for (const bad of [
      undefined,
      {},
      { onlyChanged: "yes" },
      { onlyChanged: true, all: 1 },
      [true],
    ])
      expect(() => sendBriefs(bad)).toThrow("sendBriefs expects { onlyChanged: true }");
  });
});
