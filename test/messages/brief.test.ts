import { helperBrief, type HelperTask } from "../../src/core/messages/brief";
import type { Settings } from "../../src/core/model";
import { ALEX } from "../../src/examples/alex";
import type { AppsScriptEnv } from "../../src/fakes";
import { sendBriefs, type SendBriefsResult } from "../../src/server/messages/briefs";
import { mapEnv, mailText } from "./message-env";

// What a helper reads: only their own tasks in plain words, their backup roles, the
// coordinator to contact (never the person supported), the public summary, and nothing else.

describe("helper briefs for Alex's six weeks (January, as in the guide)", () => {
  let env: AppsScriptEnv;
  let result: SendBriefsResult;
  beforeAll(() => {
    env = mapEnv(ALEX, "2027-01-01T12:00:00Z", { timeZone: "Europe/London" }).env;
    result = sendBriefs({ onlyChanged: false });
  });
  const people = (ALEX.People as string[][]).slice(1).map((r) => ({ name: r[0], email: r[1] }));
  const brief = (name: string) => {
    const email = people.find((p) => p.name === name)?.email;
    const m = env.outbox.find((x) => x.to === email);
    if (!m) throw new Error(`no brief to ${name}`);
    return m;
  };

  it("sends one brief per helper with a task", () => {
    expect(result.errors).toEqual([]);
    expect(env.outbox).toHaveLength(result.sent);
    expect(new Set(env.outbox.map((m) => m.to)).size).toBe(env.outbox.length);
  });

  it("says Nadia's task the way the guide does", () => {
    expect(brief("Nadia Haddad").body).toContain(
      "You'll bring dinner every Tuesday and Thursday evening from 5 January to 28 January.",
    );
  });

  it("lists backup roles and what a backup does", () => {
    const rosa = brief("Rosa Alvarez").body;
    expect(rosa).toContain("YOUR BACKUP ROLES");
    expect(rosa).toMatch(
      /Backup for Ride to appointment: on 6 January, 20 January and 3 February, 10:30-13:00\./,
    );
    expect(rosa).toContain("steps in only when Jordan Blake asks");
  });

  it("names the coordinator as the contact, never the person supported's address", () => {
    for (const m of env.outbox) {
      expect(m.body).toContain("contact Jordan Blake (jordan.blake@example.com), not Alex.");
      expect(m.replyTo).toBe("jordan.blake@example.com");
      expect(mailText(m)).not.toContain("alex@example.com");
    }
  });

  it("carries the public summary and no other helper's name", () => {
    for (const m of env.outbox) {
      expect(m.body).toContain(
        "Alex is going through a hard time and needs some practical support.",
      );
      const self = people.find((p) => p.email === m.to)?.name;
      for (const other of people) {
        if (other.name === self || other.name === "Jordan Blake") continue;
        expect(mailText(m)).not.toContain(other.name);
        expect(mailText(m)).not.toContain(other.email);
      }
    }
  });

  it("never carries Details: the ride's clinic stays in the sheet", () => {
    for (const m of env.outbox) expect(mailText(m)).not.toMatch(/orthopaedic|Knee surgery/i);
  });
});

describe("the HTML body", () => {
  const settings: Settings = {
    supportedName: "Zoë <img src=x onerror=alert(1)>",
    supportedEmail: "zoe@example.com",
    coordinatorName: 'Priya & "Co"',
    coordinatorEmail: "priya@example.com",
    startDate: "2027-03-01",
    endDate: "2027-03-14",
    checkInDay: 5,
    maxTasks: 2,
    quietTimes: [],
    quietTimesText: "",
    publicSummary: "<script>alert('x')</script> needs help",
    timeZone: "Europe/London",
    paused: false,
    dailySummary: false,
  };
  const task: HelperTask = {
    need: "<b>Soup</b> & 'bread'",
    type: "meals",
    role: "primary",
    dates: ["2027-03-02", "2027-03-09"],
    time: { kind: "period", start: 17 * 60, end: 21 * 60, label: "evening" },
    days: { kind: "weekly", weekdays: [2] },
    description: "every Tuesday evening from 2 March to 9 March",
  };
  const m = helperBrief({
    person: {
      row: 2,
      name: "Ana </p><p>Ruiz",
      email: "ana@example.com",
      phone: "",
      relationship: "",
      area: "",
      status: { kind: "active" },
      notes: "",
    },
    tasks: [task],
    settings,
    stamp: Date.parse("2027-02-26T09:00:00Z"),
    mapId: "map-1",
  });

  it("escapes every value a person typed", () => {
    const withoutTags = m.html.replace(
      /<(!DOCTYPE html|\/?(html|head|meta|title|body|div|p|h2|ul|ol|li|strong|br|a)\b[^>]*)>/g,
      "",
    );
    expect(m.html).not.toContain("<script>");
    expect(m.html).not.toContain("<img");
    expect(m.html).not.toContain("<b>");
    expect(withoutTags).not.toMatch(/[<>]/);
    expect(m.html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; needs help");
    expect(m.html).toContain("Priya &amp; &quot;Co&quot;");
  });

  it("keeps the plain-text body as written", () => {
    expect(m.text).toContain("<script>alert('x')</script> needs help");
    expect(m.text).toContain("You'll bring a meal (<b>Soup</b> & 'bread') every Tuesday evening");
    expect(m.subject).not.toMatch(/[\r\n]/);
  });
});
