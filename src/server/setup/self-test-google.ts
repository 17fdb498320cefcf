import { calendarFile } from "../../core/messages/ics";
import { describeContext, lastRun } from "../messages/run-record";
import { scheduledTrigger } from "../messages/scheduled-trigger";
import { turnOnScheduledMessages } from "../messages/dispatcher";
import { readFormConfig } from "../forms/form-config";
import { formState } from "../forms/form-publish";
import { formApp } from "../platform/services";
import { scratchSheet, type SelfTestCheck } from "./self-test-checks";
import { PLAIN_TEXT_FORMAT } from "./setup";

// The self-test's questions that only real Google can answer, each with what the in-memory fakes
// assume and which fake to fix when Google answers differently.

/** What a value read back is, in a few words: "Date 2026-12-09T00:00:00.000Z", "number 0.5". */
function kind(value: unknown): string {
  if (Object.prototype.toString.call(value) === "[object Date]")
    return `Date ${(value as Date).toISOString()}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

const WRITTEN: unknown[] = ["2026-12-09", 42, true, "09:30", "50%", "5 Jan", "'abc"];
/** What src/fakes/values.ts parseInput makes of each, in an automatic cell and a plain-text one. */
const FAKE_AUTOMATIC = [
  "Date",
  "number 42",
  "boolean true",
  "Date",
  "number 0.5",
  "Date",
  'string "abc"',
];
const FAKE_PLAIN = [
  'string "2026-12-09"',
  "number 42",
  "boolean true",
  'string "09:30"',
  'string "50%"',
  'string "5 Jan"',
  `string "'abc"`,
];

const matches = (seen: string, fake: string) => seen === fake || seen.startsWith(`${fake} `);

export const VALUES_SELF_TEST: SelfTestCheck = {
  name: "Values as Sheets stores them: automatic and plain-text cells",
  run(s): string {
    const sheet = scratchSheet(s);
    const untouched = sheet.getRange(20, 1).getNumberFormat();
    const auto = sheet.getRange(10, 1, 1, WRITTEN.length);
    const plain = sheet.getRange(11, 1, 1, WRITTEN.length);
    plain.setNumberFormat(PLAIN_TEXT_FORMAT);
    auto.setValues([WRITTEN]);
    plain.setValues([WRITTEN]);
    const seenAuto = auto.getValues()[0].map(kind);
    const seenPlain = plain.getValues()[0].map(kind);
    const lines = WRITTEN.map(
      (w, i) => `${JSON.stringify(w)}: automatic ${seenAuto[i]}; plain text ${seenPlain[i]}`,
    );
    const differs = WRITTEN.flatMap((w, i) => [
      ...(matches(seenAuto[i], FAKE_AUTOMATIC[i])
        ? []
        : [`automatic ${JSON.stringify(w)} (fake: ${FAKE_AUTOMATIC[i]})`]),
      ...(matches(seenPlain[i], FAKE_PLAIN[i])
        ? []
        : [`plain ${JSON.stringify(w)} (fake: ${FAKE_PLAIN[i]})`]),
    ]);
    const report = `${lines.join(" | ")} | untouched cell's number format: "${untouched}" (fake: "0.###############")`;
    if (differs.length)
      throw new Error(
        `Google differs from src/fakes/values.ts parseInput for ${differs.join(", ")}. Seen: ${report}`,
      );
    return report;
  },
};

export const TIMED_TRIGGER_SELF_TEST: SelfTestCheck = {
  name: "The hourly trigger: what a timed run finds (active spreadsheet, lock, properties)",
  run(s): string {
    const made = scheduledTrigger(s.spreadsheet) ? "" : `${turnOnScheduledMessages()} `;
    const run = lastRun(s.spreadsheet.getId());
    if (!run)
      return `${made}No hourly run has happened yet: it fires within the hour. Run the self-test again after, to see what it found.`;
    const c = run.context;
    const fake = (c.activeSpreadsheet ? "bound" : "add-on") as "bound" | "add-on";
    const consistent =
      fake === "bound"
        ? c.documentLock && c.documentProperties
        : !c.documentLock && !c.documentProperties;
    const seen = `The run of ${run.at} found ${describeContext(c)}; it opened the map ${run.opened === "active" ? "as the active spreadsheet" : "by its stored id"}. ${run.outcome}`;
    if (!consistent)
      throw new Error(
        `${seen} The fakes assume a timed run has all three (a bound copy) or none (an add-on): fix src/fakes/spreadsheet.ts getActiveSpreadsheet, lock.ts getDocumentLock and properties.ts getDocumentProperties to what was seen.`,
      );
    const listed =
      c.listedByGetUserTriggers === false && fake === "bound"
        ? " getUserTriggers did not list the trigger in a bound run: the fakes list it there (src/fakes/triggers.ts getUserTriggers)."
        : "";
    return `${made}${seen} This is what createAppsScriptEnv({ addOnTimedTriggers: ${fake === "add-on"} }) fakes.${listed}`;
  },
};

export const FORM_PUBLISHING_SELF_TEST: SelfTestCheck = {
  name: "Offer form: published, accepting answers, destination, response timestamps",
  run(s): string {
    const config = readFormConfig();
    if (!config)
      return "Not checked: there is no offer form yet. Create one, then run the self-test again.";
    const form = formApp().openById(config.formId);
    const state = formState(form);
    const destination = form.getDestinationId();
    const parts = [
      `published: ${state.published === null ? "isPublished() not available" : state.published}`,
      `accepting answers: ${state.accepting}`,
      `destination: ${destination === s.spreadsheet.getId() ? "this spreadsheet" : destination || "none"}`,
    ];
    const responses = form.getResponses();
    const newest = responses[responses.length - 1];
    const sheet = s.spreadsheet
      .getSheets()
      .find((sh) => /^Form Responses/i.test(sh.getName()) && sh.getLastRow() > 1);
    if (newest && sheet) {
      const cell = sheet.getRange(sheet.getLastRow(), 1).getValue();
      const rowMs = cell instanceof Date ? cell.getTime() : NaN;
      const formMs = newest.getTimestamp().getTime();
      parts.push(
        `newest row's timestamp ${Number.isNaN(rowMs) ? JSON.stringify(cell) : new Date(rowMs).toISOString()} vs getTimestamp() ${new Date(formMs).toISOString()} (${Number.isNaN(rowMs) ? "not a date" : `${rowMs - formMs} ms apart`}; the fake writes them equal, and intake matches a row to its response within a second)`,
      );
    } else parts.push("no response yet to compare timestamps with");
    if (state.published === false || !state.accepting)
      throw new Error(`${parts.join("; ")}. The form takes no answers: choose Refresh form.`);
    return parts.join("; ");
  },
};

export const EMAIL_SELF_TEST: SelfTestCheck = {
  name: "One email with an HTML body and an .ics attachment, to you",
  run(s): string {
    const to = s.services.session.getEffectiveUser().getEmail();
    if (!to)
      throw new Error("Session.getEffectiveUser().getEmail() is empty: no address to send to");
    const ics = calendarFile({
      name: "Support Map self-test",
      timeZone: s.timeZone,
      stamp: new Date().getTime(),
      events: [
        {
          uid: "support-map-self-test@support-map",
          summary: "Support Map self-test",
          description: "A test event: open it to check that calendars read Support Map's files.",
          date: "2026-12-09",
          time: { start: 10 * 60, end: 11 * 60 },
        },
      ],
    });
    s.services.mail.sendEmail({
      to,
      subject: "Support Map self-test: HTML and a calendar file",
      body: "This is the plain-text part. The HTML part shows a bold word; the attachment is a calendar event.",
      htmlBody: "<p>This is the <strong>HTML</strong> part.</p>",
      name: "Support Map",
      attachments: [s.services.utilities.newBlob(ics, "text/calendar", "self-test.ics")],
    });
    return `Sent to ${to}: check that it shows the bold word and that your calendar opens self-test.ics.`;
  },
};
