import type { AppsScriptEnv } from "../../src/fakes";
import type { FormsBoard } from "../../src/fakes/forms";
import { sendBriefs } from "../../src/server/messages/briefs";
import { turnOnScheduledMessages } from "../../src/server/messages/dispatcher";
import { CHECK_INS_SHEET } from "../../src/sheets/message-sheets";
import { alexInMarch, mailText, mapEnv, runHourly, wallClock } from "../messages/message-env";
import { CRISIS, withSettings } from "./lifecycle-env";

// Alex answers the first check-in with words that mean danger. Jordan, the coordinator, hears
// at once with the crisis line; no helper hears anything; the words stay in Check-ins.

const JORDAN = "jordan.blake@example.com";

describe("danger in a check-in answer", () => {
  let env: AppsScriptEnv;
  let forms: FormsBoard;
  beforeAll(() => {
    ({ env, forms } = mapEnv(
      withSettings(alexInMarch(), { "Crisis resources": CRISIS }),
      "2027-02-26T15:00:00Z",
    ));
    sendBriefs({ onlyChanged: false });
    turnOnScheduledMessages();
    // Friday 5 March: the check-in goes out at 10:05 New York time (15:05 UTC).
    runHourly(env, "2027-03-05T10:05:00Z", "2027-03-05T16:05:00Z");
    const formId = forms.forms.find((f) => f.title.startsWith("Weekly check-in"))?.id;
    if (!formId) throw new Error("no check-in form was made");
    env.clock.set("2027-03-05T16:40:00Z");
    forms.submit(formId, {
      "What worked this week?": "The dinners, thank you. I'm dying to see the garden again.",
      "What was missing?": "Honestly I don't want to be here anymore",
      "Is there anything we're doing that's not helpful?": "",
    });
    forms.submit(formId, {
      "What worked this week?": "Killing time before the bus was easier with Rosa",
      "What was missing?": "",
      "Is there anything we're doing that's not helpful?": "",
    });
    runHourly(env, "2027-03-05T17:05:00Z", "2027-03-06T17:05:00Z");
  });

  const alerts = () => env.outbox.filter((m) => m.subject.startsWith("Please read now"));

  it("alerts the coordinator at once, once, with the crisis resources and what to do", () => {
    expect(alerts()).toHaveLength(1);
    const [alert] = alerts();
    expect(alert.to).toBe(JORDAN);
    // The first run after the answer, not the weekly note.
    expect(wallClock(alert.sentAt)).toBe("2027-03-05 12:05");
    expect(alert.subject).toBe("Please read now: Alex's check-in answer");
    expect(alert.body).toContain(CRISIS);
    expect(alert.body).toMatch(/Contact Alex directly today/);
    expect(alert.body).toMatch(/call the crisis line/);
  });

  it("does not alert on the ordinary answer", () => {
    expect(alerts().every((m) => !m.body.includes("Killing time"))).toBe(true);
  });

  it("never tells a helper", () => {
    const helpers = env.outbox.filter((m) => m.to !== JORDAN && m.to !== "alex@example.com");
    expect(helpers.length).toBeGreaterThan(0);
    for (const m of helpers) {
      expect(mailText(m)).not.toMatch(/want to be here|Please read now|crisis/i);
    }
  });

  it("keeps the answer's words in the Check-ins sheet", () => {
    const rows = env.readSheet(CHECK_INS_SHEET);
    expect(rows.some((r) => r.includes("Honestly I don't want to be here anymore"))).toBe(true);
  });
});
