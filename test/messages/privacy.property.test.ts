import fc from "fast-check";
import { NEEDS_DEF, NEEDS_SHEET, headersOf } from "../../src/sheets/columns";
import type { SentMail } from "../../src/fakes";
import { sendBriefs } from "../../src/server/messages/briefs";
import { runScheduledMessages } from "../../src/server/messages/dispatcher";
import { addDays } from "../../src/core/dates";
import { alexInMarch, mapEnv, setSetting, type Sheets } from "./message-env";

// A need's Details never leave the spreadsheet. Every need gets a secret marker in its Details
// (among random text); then briefs go out and the dispatcher runs through two weeks: no email to
// anyone (subject, text, HTML or attachment) and no Log row may hold the marker.

const DETAILS = headersOf(NEEDS_DEF).indexOf("Details");

function withDetails(sheets: Sheets, details: (row: number) => string): Sheets {
  const [header, ...rows] = sheets[NEEDS_SHEET];
  return {
    ...sheets,
    [NEEDS_SHEET]: [
      header,
      ...rows.map((r, i) => r.map((v, c) => (c === DETAILS ? details(i) : v))),
    ],
  };
}

/** What a reader could see, with folded calendar lines joined and HTML entities read. */
function readable(m: SentMail): string {
  const attachments = m.attachments.map((a) => `${a.name}\n${a.text.replace(/\r\n[ \t]/g, "")}`);
  const html = m.htmlBody.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e] ?? "",
  );
  return [m.subject, m.body, html, ...attachments].join("\n");
}

test("no message and no Log row ever holds a need's Details", () => {
  fc.assert(
    fc.property(
      fc.stringMatching(/^[A-Za-z0-9]{6,12}$/).map((s) => `ZQX${s}`),
      fc.array(fc.string({ maxLength: 40 }), { minLength: 8, maxLength: 8 }),
      fc.boolean(),
      fc.constantFrom("Monday", "Wednesday", "Friday", "Sunday"),
      (marker, junk, daily, checkInDay) => {
        let sheets = withDetails(alexInMarch(), (i) => `${junk[i]} ${marker} ${junk[7 - i]}`);
        sheets = setSetting(sheets, "Daily summary", daily ? "yes" : "no");
        sheets = setSetting(sheets, "Check-in day", checkInDay);
        const { env } = mapEnv(sheets, "2027-02-26T15:00:00Z");
        sendBriefs({ onlyChanged: false });
        // 15:05 UTC is mid-morning in New York: the daily summary, the check-in and any alert
        // for the next 48 hours are all due by then.
        for (let day = "2027-03-01"; day <= "2027-03-16"; day = addDays(day, 1)) {
          env.clock.set(`${day}T15:05:00Z`);
          runScheduledMessages();
        }
        expect(env.outbox.length).toBeGreaterThan(8);
        for (const m of env.outbox) expect(readable(m)).not.toContain(marker);
        expect(JSON.stringify(env.readSheet("Log"))).not.toContain(marker);
      },
    ),
    { numRuns: 12 },
  );
});
