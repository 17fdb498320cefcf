import type { AppsScriptEnv } from "../../src/fakes";
import { turnOnScheduledMessages } from "../../src/server/messages/dispatcher";
import { saveSettings } from "../../src/server/panel/panel";
import { CHECK_INS_SHEET } from "../../src/sheets/message-sheets";
import { SETTINGS_SHEET } from "../../src/sheets/columns";
import { click, installEnv, uninstallEnv } from "../server/env";
import { alexInMarch, mapEnv, runHourly } from "./message-env";

// Text a person wrote stays that text. In a cell with automatic format Sheets converts "50%",
// "1/2", "5 Jan", "$5", "1,000" and "6pm" by the spreadsheet's locale (the fakes do too, see
// test/fakes/values.test.ts); the add-on makes those cells plain text before it writes.

const TYPED = ["50%", "5 Jan", "6pm"];

describe("check-in answers", () => {
  let env: AppsScriptEnv;
  beforeAll(() => {
    const made = mapEnv(alexInMarch(), "2027-03-05T14:00:00Z");
    env = made.env;
    turnOnScheduledMessages();
    runHourly(env, "2027-03-05T15:05:00Z", "2027-03-05T15:05:00Z");
    const formId = made.forms.forms[0]?.id;
    if (!formId) throw new Error("no check-in form was made");
    made.forms.submit(formId, {
      "What worked this week?": TYPED[0],
      "What was missing?": TYPED[1],
      "Is there anything we're doing that's not helpful?": TYPED[2],
    });
    runHourly(env, "2027-03-05T16:05:00Z", "2027-03-05T16:05:00Z");
  });

  it("are stored as typed, not as 0.5, a date and a time", () => {
    const rows = env.readSheet(CHECK_INS_SHEET);
    expect(rows[1].slice(2, 5)).toEqual(TYPED);
    const sheet = env.spreadsheet.getSheetByName(CHECK_INS_SHEET)!;
    expect(sheet.getRange(2, 3, 1, 3).getDisplayValues()).toEqual([TYPED]);
  });

  it("reach the coordinator's copy as typed", () => {
    const copy = env.outbox.find((m) => m.subject.startsWith("Check-in answers"));
    for (const t of TYPED) expect(copy?.body).toContain(t);
  });
});

describe("a settings save into cells an older map left automatic", () => {
  afterEach(uninstallEnv);

  it("keeps the text as typed", () => {
    const env = installEnv();
    click(env, "Set up support map");
    // An older map: the Settings values have the automatic format.
    const settings = env.book.sheets.find((s) => s.name === SETTINGS_SHEET)!;
    for (const row of settings.rows) for (const cell of row ?? []) if (cell) delete cell.format;
    const saved = saveSettings({
      values: {
        coordinatorName: "1/2",
        supportedName: "$5",
        startDate: "2026-12-07",
        endDate: "2027-01-03",
      },
    });
    expect(saved.errors).toEqual([]);
    const values = env.readSheet(SETTINGS_SHEET);
    expect(values.find((r) => r[0] === "Coordinator name")?.[1]).toBe("1/2");
    expect(values.find((r) => r[0] === "Person supported")?.[1]).toBe("$5");
  });
});
