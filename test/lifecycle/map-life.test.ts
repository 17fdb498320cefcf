import type { AppsScriptEnv, SentMail } from "../../src/fakes";
import type { FormsBoard } from "../../src/fakes/forms";
import { sendBriefs } from "../../src/server/messages/briefs";
import {
  runScheduledMessages,
  sendCheckInNow,
  turnOnScheduledMessages,
} from "../../src/server/messages/dispatcher";
import { activateMapNow, checkActivation } from "../../src/server/panel/activation";
import { getPanel } from "../../src/server/panel/panel";
import { runPlan } from "../../src/server/plan/plan";
import {
  clearDetailsNow,
  closeMapNow,
  extendMapTo,
  sendThanksNow,
} from "../../src/server/panel/map-end";
import { alexInMarch, mailText, mapEnv, runHourly, wallClock } from "../messages/message-env";
import { CRISIS, withSettings } from "./lifecycle-env";

// Alex's map from prepared to closed, as Jordan would live it: activation refused until each
// item is ready, a backup coordinator for one week, the end coming, an extension, the close and
// the thank-yous.

const JORDAN = "jordan.blake@example.com";
const SAM = "sam.okafor@example.com";
const ALEX = "alex@example.com";
const DETAILS = "Knee surgery follow-up at the orthopaedic clinic.";

function setSetting(env: AppsScriptEnv, label: string, value: string): void {
  const rows = env.readSheet("Settings");
  const i = rows.findIndex((r) => r[0] === label);
  const sheet = env.spreadsheet.getSheetByName("Settings");
  if (!sheet) throw new Error("no Settings");
  if (i >= 0) sheet.getRange(i + 1, 2).setValue(value);
  else sheet.getRange(rows.length + 1, 1, 1, 2).setValues([[label, value]]);
}

const setting = (env: AppsScriptEnv, label: string) =>
  env.readSheet("Settings").find((r) => r[0] === label)?.[1];

describe("a map's whole life", () => {
  let env: AppsScriptEnv;
  let forms: FormsBoard;
  const since = (n: number) => env.outbox.slice(n);

  beforeAll(() => {
    const sheets = withSettings(alexInMarch(), {
      "Map state": "prepared",
      "Public summary": "",
      "Coordinator email": ALEX,
      "Backup coordinator name": "Sam Okafor",
      "Backup coordinator email": SAM,
      "Coordinator away": "2027-03-15 to 2027-03-21",
      "Professional resources": "Riverside physio clinic 555 0100",
    });
    ({ env, forms } = mapEnv(sheets, "2027-02-26T15:00:00Z"));
  });

  describe("activation", () => {
    it("refuses until each item is ready, saying what to do, and sends nothing meanwhile", () => {
      const first = activateMapNow();
      expect(first.state).toBe("prepared");
      expect(first.canActivate).toBe(false);
      const missing = first.items.filter((i) => !i.ready).map((i) => i.id);
      expect(missing).toEqual(["consent", "crisis-resources", "public-summary", "coordinator"]);
      expect(first.message).toMatch(/^The map was not activated/);
      expect(first.message).toMatch(/write yes in Settings › Person supported agreed/);
      expect(first.message).toMatch(/Settings › Crisis resources/);
      expect(first.message).toMatch(/Settings › Public summary/);
      // The coordinator who is the person supported: a gentle word, never a block.
      const coordinator = first.items.find((i) => i.id === "coordinator");
      expect(coordinator?.warning).toBe(true);
      expect(coordinator?.todo).toMatch(/you can activate the map as it is/);

      expect(sendBriefs({ onlyChanged: false }).errors[0]).toMatch(/prepared but not active/);
      expect(sendCheckInNow()).toMatch(/prepared but not active/);
      turnOnScheduledMessages();
      runHourly(env, "2027-02-26T16:05:00Z", "2027-02-27T16:05:00Z");
      expect(env.outbox).toHaveLength(0);
      expect(setting(env, "Map state")).toBe("prepared");
    });

    it("refuses with the one reason left, item by item", () => {
      setSetting(env, "Person supported agreed", "yes");
      expect(activateMapNow().items.find((i) => i.id === "consent")?.todo).toMatch(
        /Write the day they agreed/,
      );
      setSetting(env, "Agreed on", "2027-02-20");
      setSetting(env, "Crisis resources", CRISIS);
      const left = activateMapNow();
      expect(left.canActivate).toBe(false);
      expect(left.items.filter((i) => !i.ready && !i.warning).map((i) => i.id)).toEqual([
        "public-summary",
      ]);
      setSetting(
        env,
        "Public summary",
        "Alex is recovering from surgery and needs some practical support.",
      );
      // The person supported may coordinate: activation goes ahead, with the warning said.
      const done = activateMapNow();
      expect(done.state).toBe("active");
      expect(done.message).toMatch(/^The map is active/);
      expect(done.message).toMatch(/guide suggests asking a trusted friend/);
      expect(setting(env, "Map state")).toBe("active");
      setSetting(env, "Coordinator email", JORDAN);
      expect(checkActivation().items.every((i) => i.ready)).toBe(true);
    });

    it("shows every professional need with the resources from Settings", () => {
      const { referrals } = getPanel();
      expect(referrals.map((r) => r.need)).toEqual(["Physiotherapy plan"]);
      expect(referrals[0].advice).toMatch(
        /Where to refer \(Settings\): Riverside physio clinic 555 0100/,
      );
    });

    it("then sends the briefs", () => {
      const briefs = sendBriefs({ onlyChanged: false });
      expect(briefs.sent).toBe(8);
    });
  });

  describe("a backup coordinator for one week", () => {
    let mail: SentMail[] = [];
    beforeAll(() => {
      const before = env.outbox.length;
      // Alex answers the first check-in on Friday 5 March.
      runHourly(env, "2027-02-27T17:05:00Z", "2027-03-05T23:05:00Z");
      // Briefs made the change form first: the check-in form is found by its title.
      const formId = forms.forms.find((f) => f.title.startsWith("Weekly check-in"))?.id;
      if (!formId) throw new Error("no check-in form");
      forms.submit(formId, {
        "What worked this week?": "The dinners",
        "What was missing?": "Someone to sit with me on Sundays",
        "Is there anything we're doing that's not helpful?": "",
      });
      runHourly(env, "2027-03-06T00:05:00Z", "2027-03-23T23:05:00Z");
      mail = since(before);
    });

    it("sends Sam a handover summary on the first day, never Details", () => {
      const handover = mail.filter((m) => m.to === SAM && m.subject.startsWith("Handover"));
      expect(handover).toHaveLength(1);
      expect(wallClock(handover[0].sentAt)).toBe("2027-03-15 07:05");
      const text = mailText(handover[0]);
      expect(text).toMatch(/Gaps in the next two weeks/);
      expect(text).toMatch(/Hospital visit on Monday 15 March/);
      expect(text).toMatch(/Physiotherapy plan/);
      expect(text).toMatch(/Riverside physio clinic 555 0100/);
      expect(text).toMatch(/Helpers who have not confirmed/);
      expect(text).toMatch(/Rosa Alvarez \(/);
      expect(text).toMatch(/Someone to sit with me on Sundays/);
      expect(text).not.toContain(DETAILS);
    });

    it("names Sam in what goes out while Jordan is away, and Jordan again after", () => {
      const checkIns = mail.filter((m) => m.to === ALEX && m.subject.startsWith("Your weekly"));
      const on = (d: string) => checkIns.find((m) => wallClock(m.sentAt).startsWith(d));
      expect(on("2027-03-19")?.body).toMatch(/With care,\nSam Okafor/);
      expect(on("2027-03-19")?.replyTo).toBe(SAM);
      expect(on("2027-03-12")?.body).toMatch(/With care,\nJordan Blake/);
      const back = mail.filter((m) => m.to === JORDAN && m.subject.startsWith("Handover"));
      expect(back).toHaveLength(1);
      expect(wallClock(back[0].sentAt)).toBe("2027-03-22 07:05");
    });

    it("sends the weekly note of referrals not yet done, with the resources", () => {
      const notes = mail.filter((m) => m.subject === "1 referral still open");
      expect(notes.length).toBeGreaterThanOrEqual(2);
      expect(notes[0].body).toContain("Riverside physio clinic 555 0100");
    });
  });

  describe("the end", () => {
    let prompt: SentMail[] = [];
    let extended = "";
    let extensionBriefs: SentMail[] = [];
    beforeAll(() => {
      const before = env.outbox.length;
      runHourly(env, "2027-03-24T00:05:00Z", "2027-04-09T23:05:00Z");
      prompt = since(before).filter((m) => /extend or close/.test(m.subject));
      const n = env.outbox.length;
      extended = extendMapTo("2027-04-25").message;
      extensionBriefs = since(n);
    });

    it("asks the coordinator five days before the end to extend or close", () => {
      expect(prompt).toHaveLength(1);
      expect(prompt[0].to).toBe(JORDAN);
      expect(wallClock(prompt[0].sentAt)).toBe("2027-04-06 10:05");
      expect(prompt[0].subject).toBe(
        "Alex's support map ends on Sunday 11 April: extend or close?",
      );
    });

    it("asks Alex in the last check-in whether they feel ready to step out", () => {
      const last = env.outbox.filter(
        (m) => m.to === ALEX && wallClock(m.sentAt).startsWith("2027-04-09"),
      );
      expect(last.some((m) => /ready to step out of the support network/.test(m.body))).toBe(true);
    });

    it("extends: a new end date, a re-plan, briefs only for what is new", () => {
      expect(extended).toMatch(/^The map now ends on 25 April/);
      expect(wallClock(setting(env, "End date") as Date)).toMatch(/^2027-04-25/);
      expect(extensionBriefs.length).toBeGreaterThan(0);
      expect(extensionBriefs.length).toBeLessThan(8);
      // Each hears only what the extension added, after the old end date, Sunday 11 April
      // (this asserted a whole new brief, "Your tasks…", which "Tell helpers what changed" sent).
      for (const m of extensionBriefs) {
        expect(m.subject).toMatch(/^What changed for you/);
        const days = [...m.body.matchAll(/ on \w+day (\d+) (\w+)/g)].map(
          ([, d, mo]) => `${mo} ${d}`,
        );
        expect(days.length).toBeGreaterThan(0);
        for (const d of days) expect(d).toMatch(/^April (1[2-9]|2[0-5])$/);
      }
    });
  });

  describe("closing", () => {
    let closed = "";
    let triggersBefore = 0;
    beforeAll(() => {
      runHourly(env, "2027-04-10T00:05:00Z", "2027-04-20T14:05:00Z");
      triggersBefore = env.triggers.length;
      closed = closeMapNow().message;
    });

    it("closes the forms, removes the trigger and archives the map", () => {
      expect(triggersBefore).toBe(1);
      expect(closed).toMatch(/^The map is closed/);
      expect(env.triggers).toHaveLength(0);
      expect(forms.forms.length).toBeGreaterThan(0);
      for (const f of forms.forms) expect(f.acceptingResponses).toBe(false);
      const checkIn = forms.forms.find((f) => f.title.startsWith("Weekly check-in"));
      expect(() =>
        forms.submit(checkIn?.id ?? "", { "What worked this week?": "late answer" }),
      ).toThrow(/not accepting responses/);
      expect(setting(env, "Map state")).toBe("closed");
      expect(activateMapNow().state).toBe("closed");
    });

    it("sends no mail after closing", () => {
      const n = env.outbox.length;
      env.clock.set("2027-04-23T15:05:00Z");
      runScheduledMessages();
      expect(sendBriefs({ onlyChanged: false }).sent).toBe(0);
      expect(sendCheckInNow()).toMatch(/closed/);
      expect(turnOnScheduledMessages()).toMatch(/closed .* stay off/);
      expect(env.triggers).toHaveLength(0);
      const assignments = env.readSheet("Assignments");
      expect(runPlan().text).toMatch(/^The map is closed/);
      expect(env.readSheet("Assignments")).toEqual(assignments);
      expect(env.outbox.length).toBe(n);
    });

    it("drafts a thank-you per helper naming their own visits, counted, and sends it when asked", () => {
      const thanks = env.readSheet("Thank-yous");
      expect(thanks[0]).toEqual(["Person", "Email", "Thank-you", "Sent"]);
      const rows = thanks.slice(1);
      expect(rows.length).toBeGreaterThan(3);
      const names = rows.map((r) => String(r[0]));
      expect(names).not.toContain("Sam Reed");
      // Jordan, everyone's last backup, writes the thank-yous rather than getting one.
      expect(names).not.toContain("Jordan Blake");
      for (const r of rows) {
        const text = String(r[2]);
        expect(text).toMatch(new RegExp(`^Dear ${String(r[0]).split(" ")[0]},`));
        expect(text).toMatch(/: (once|twice|\d+ times)|On standby/);
        for (const other of names)
          if (other !== r[0]) expect(text).not.toContain(other.split(" ")[0] + ",");
        expect(text).not.toContain(DETAILS);
      }
      // The coordinator edits one draft before sending.
      const sheet = env.spreadsheet.getSheetByName("Thank-yous");
      sheet?.getRange(2, 3).setValue(`${String(rows[0][2])}\n\nP.S. The flowers were perfect.`);
      const n = env.outbox.length;
      const sent = sendThanksNow();
      expect(sent.message).toBe(`${rows.length} thank-yous sent.`);
      const mails = since(n);
      expect(mails.map((m) => m.to).sort()).toEqual(rows.map((r) => String(r[1])).sort());
      expect(mails.find((m) => m.to === rows[0][1])?.body).toContain("The flowers were perfect.");
      expect(sendThanksNow().message).toBe("0 thank-yous sent.");
    });

    it("clears the Details in one step", () => {
      expect(env.readSheet("Needs").some((r) => r.includes(DETAILS))).toBe(true);
      expect(clearDetailsNow().message).toBe("Cleared the Details of 1 need.");
      expect(env.readSheet("Needs").some((r) => r.includes(DETAILS))).toBe(false);
    });
  });
});
