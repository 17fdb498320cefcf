import { readMap } from "../../src/sheets/read-map";

// The four message settings of issue 13, read like every other setting: blank or missing is the
// old behaviour (backups asked, no reminders, standby notes or weekly note); anything unreadable
// names the sheet, row and column, quotes what was typed and says what would be valid.

function settingsOf(rows: unknown[][]) {
  const values = {
    Settings: [
      ["Setting", "Value"],
      ["Start date", "2027-03-01"],
      ["End date", "2027-03-28"],
      ...rows,
    ],
  };
  const read = readMap(values, { timeZone: "Europe/London", today: "2027-03-01" });
  return { map: read.map, errors: read.errors.filter((e) => e.sheet === "Settings") };
}

describe("the message settings", () => {
  it("are left out when there are no rows, or blank ones", () => {
    for (const rows of [
      [],
      [
        ["Backups step in", ""],
        ["Day-before reminders", ""],
      ],
    ]) {
      const { map, errors } = settingsOf(rows);
      expect(errors).toEqual([]);
      expect(map.settings).not.toHaveProperty("stepIn");
      expect(map.settings).not.toHaveProperty("dayBeforeReminders");
      expect(map.settings).not.toHaveProperty("standbyNotes");
      expect(map.settings).not.toHaveProperty("coordinatorNote");
    }
  });

  it("read the values and aliases a coordinator writes", () => {
    const { map, errors } = settingsOf([
      ["Backups step in", "Automatically"],
      ["Reminders", "y"],
      ["Standby notes", false],
      ["weekly note", "YES"],
    ]);
    expect(errors).toEqual([]);
    expect(map.settings).toMatchObject({
      stepIn: "automatically",
      dayBeforeReminders: true,
      standbyNotes: false,
      coordinatorNote: true,
    });
    expect(settingsOf([["Backups step in", "auto"]]).map.settings.stepIn).toBe("automatically");
    expect(settingsOf([["Backups step in", "when asked"]]).map.settings.stepIn).toBe("when asked");
  });

  it("name the row, quote what was typed, say what is valid, and keep the old behaviour", () => {
    const { map, errors } = settingsOf([
      ["Backups step in", "always"],
      ["Day-before reminders", "sometimes"],
      ["Standby notes to backups", "maybe"],
      ["Weekly note to coordinator", "Fridays"],
    ]);
    expect(errors).toEqual([
      {
        sheet: "Settings",
        row: 4,
        column: "Backups step in",
        value: "always",
        message:
          'Backups step in "always" is not one of when asked, automatically. Backups are asked to step in until then.',
      },
      {
        sheet: "Settings",
        row: 5,
        column: "Day-before reminders",
        value: "sometimes",
        message:
          'Day-before reminders "sometimes" is not yes or no. No reminders are sent until then.',
      },
      {
        sheet: "Settings",
        row: 6,
        column: "Standby notes to backups",
        value: "maybe",
        message:
          'Standby notes to backups "maybe" is not yes or no. No standby notes are sent until then.',
      },
      {
        sheet: "Settings",
        row: 7,
        column: "Weekly note to coordinator",
        value: "Fridays",
        message:
          'Weekly note to coordinator "Fridays" is not yes or no. No weekly note is sent until then.',
      },
    ]);
    expect(map.settings).not.toHaveProperty("stepIn");
    expect(map.settings).not.toHaveProperty("dayBeforeReminders");
  });
});
