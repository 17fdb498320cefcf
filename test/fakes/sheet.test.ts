import { createAppsScriptEnv } from "../../src/fakes";

function setup() {
  const env = createAppsScriptEnv({ timeZone: "Etc/UTC" });
  const { SpreadsheetApp } = env.globals;
  const ss = SpreadsheetApp.getActiveSpreadsheet()!;
  return { env, SpreadsheetApp, ss, sheet: ss.getSheets()[0] };
}

describe("A1 notation", () => {
  test.each([
    ["A1", 1, 1, 1, 1, "A1"],
    ["B2:D10", 2, 2, 9, 3, "B2:D10"],
    ["d10:b2", 2, 2, 9, 3, "B2:D10"],
    ["A:A", 1, 1, 1000, 1, "A1:A1000"],
    ["B:C", 1, 2, 1000, 2, "B1:C1000"],
    ["2:3", 2, 1, 2, 26, "A2:Z3"],
    ["A2:C", 2, 1, 999, 3, "A2:C1000"],
    ["Z1000", 1000, 26, 1, 1, "Z1000"],
  ])("%s", (a1, row, column, rows, columns, notation) => {
    const range = setup().sheet.getRange(a1);
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([
      row,
      column,
      rows,
      columns,
    ]);
    expect(range.getA1Notation()).toBe(notation);
  });

  test("a sheet name picks the sheet, quoted when it has spaces", () => {
    const { ss } = setup();
    ss.insertSheet("My needs").getRange("B2").setValue("walk");
    expect(ss.getRange("'My needs'!B2").getValue()).toBe("walk");
    expect(ss.getRange("'My needs'!B2").getSheet().getName()).toBe("My needs");
    expect(ss.getSheetByName("My needs")?.getRange("'My needs'!B2").getValue()).toBe("walk");
  });

  test("text that is not A1 notation, or names another sheet, is not found", () => {
    const { ss, sheet } = setup();
    expect(() => sheet.getRange("A0")).toThrow("Range not found");
    expect(() => sheet.getRange("1A")).toThrow("Range not found");
    expect(() => sheet.getRange("Nope!A1")).toThrow("Range not found");
    expect(() => ss.getRange("Nope!A1")).toThrow("Range not found");
  });

  test("AA and beyond", () => {
    const { sheet } = setup();
    sheet.insertColumnsAfter(26, 30);
    expect(sheet.getRange("AB3").getColumn()).toBe(28);
    expect(sheet.getRange(1, 52).getA1Notation()).toBe("AZ1");
  });
});

describe("getRange(row, column, numRows, numColumns)", () => {
  test("Google's errors for bad coordinates", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 0)).toThrow("The starting column of the range is too small.");
    expect(() => sheet.getRange(2, 1, 0, 3)).toThrow(
      "The number of rows in the range must be at least 1.",
    );
    expect(() => sheet.getRange(2, 1, 1, 0)).toThrow(
      "The number of columns in the range must be at least 1.",
    );
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => sheet.getRange(1, 27)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
  });

  test("arguments that are not numbers do not match the method signature", () => {
    const { sheet } = setup();
    const call = sheet.getRange as unknown as (...args: unknown[]) => unknown;
    expect(() => call.call(sheet, 1, undefined)).toThrow(
      "The parameters (number,null) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
    expect(() => call.call(sheet, "2", 1)).toThrow("(String,number)");
  });

  test("getRange errors carry Google's Exception name", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow(expect.objectContaining({ name: "Exception" }));
  });
});

describe("setValues", () => {
  test("the data must have the range's shape", () => {
    const { sheet } = setup();
    const range = sheet.getRange("A1:C2");
    expect(() => range.setValues([["a", "b", "c"]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() =>
      range.setValues([
        ["a", "b", "c"],
        ["d", "e"],
      ]),
    ).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.",
    );
    expect(() => range.setValues(["a", "b"] as unknown as unknown[][])).toThrow(
      "don't match the method signature",
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  test("setValue fills every cell of the range", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B2").setValue("x");
    expect(sheet.getRange("A1:B2").getValues()).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
  });
});

describe("the grid", () => {
  test("a new sheet is 1000 rows by 26 columns, empty", () => {
    const { sheet, ss } = setup();
    const other = ss.insertSheet("Needs");
    for (const s of [sheet, other]) {
      expect([s.getMaxRows(), s.getMaxColumns(), s.getLastRow(), s.getLastColumn()]).toEqual([
        1000, 26, 0, 0,
      ]);
    }
  });

  test("getDataRange is A1 on an empty sheet and reaches the last content otherwise", () => {
    const { sheet } = setup();
    expect(sheet.getDataRange().getA1Notation()).toBe("A1");
    expect(sheet.getDataRange().getValues()).toEqual([[""]]);
    sheet.getRange("C5").setValue("late");
    sheet.getRange("B2").setBackground("#ff0000");
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:C5");
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 3]);
  });

  test("formatting alone is not content, but a formula is", () => {
    const { sheet } = setup();
    sheet.getRange("A1:A10").setBackground("#eeeeee").setNote("n");
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange("B3").setValue("=NOW()");
    expect(sheet.getLastRow()).toBe(3);
  });

  test("writing past the last row throws until rows are inserted", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1001, 1).setValue("x")).toThrow(
      "outside the dimensions of the sheet",
    );
    sheet.insertRowsAfter(1000, 5);
    sheet.getRange(1001, 1).setValue("x");
    expect([sheet.getMaxRows(), sheet.getLastRow()]).toEqual([1005, 1001]);
  });

  test("appendRow writes after the last row with content and grows the sheet when full", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B1").setValues([["Name", "Email"]]);
    sheet.appendRow(["Ann", "ann@example.com"]);
    expect(sheet.getDataRange().getValues()).toEqual([
      ["Name", "Email"],
      ["Ann", "ann@example.com"],
    ]);
    sheet.getRange(1000, 1).setValue("bottom");
    sheet.appendRow(["x", "y", ...new Array(28).fill("z")]);
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow()]).toEqual([
      1001, 30, 1001,
    ]);
  });

  test("inserting and deleting rows moves the cells below", () => {
    const { sheet } = setup();
    sheet.getRange("A1:A3").setValues([["one"], ["two"], ["three"]]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange("A1:A5").getValues().flat()).toEqual(["one", "", "", "two", "three"]);
    sheet.deleteRows(2, 2);
    sheet.deleteRow(1);
    expect(sheet.getRange("A1:A2").getValues().flat()).toEqual(["two", "three"]);
    expect(sheet.getMaxRows()).toBe(999);
    expect(() => sheet.deleteRows(1, 999)).toThrow(
      "Sorry, it is not possible to delete all non-frozen rows.",
    );
    expect(() => sheet.deleteRows(999, 2)).toThrow("Those rows are out of bounds.");
  });

  test("inserting columns moves the cells to the right", () => {
    const { sheet } = setup();
    sheet.getRange("A1:C1").setValues([["a", "b", "c"]]);
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getRange("A1:D1").getValues()).toEqual([["a", "", "b", "c"]]);
    expect(sheet.getMaxColumns()).toBe(27);
  });

  test("clear removes contents and formats, clearContents and clearContent keep formats", () => {
    const { sheet } = setup();
    const range = sheet.getRange("A1:B1");
    range
      .setValues([["a", "b"]])
      .setBackground("#00ff00")
      .setNote("kept");
    sheet.clearContents();
    expect(range.getValues()).toEqual([["", ""]]);
    expect(range.getBackgrounds()).toEqual([["#00ff00", "#00ff00"]]);
    range.setValue("again");
    range.clearContent();
    expect(range.getBackground()).toBe("#00ff00");
    range.setValue("again");
    sheet.clear();
    expect([range.getValue(), range.getBackground(), range.getNote()]).toEqual([
      "",
      "#ffffff",
      "kept",
    ]);
  });

  test("offset, getLastRow and getLastColumn of a range", () => {
    const { sheet } = setup();
    const range = sheet.getRange("B2:C4");
    expect([range.getLastRow(), range.getLastColumn()]).toEqual([4, 3]);
    expect(range.offset(1, 1).getA1Notation()).toBe("C3:D5");
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe("B2");
    expect(() => range.offset(-2, 0)).toThrow("The starting row of the range is too small.");
  });
});

describe("formats, notes and validation round trips", () => {
  test("backgrounds, number formats, notes and font weights", () => {
    const { sheet } = setup();
    const range = sheet.getRange("A1:B2");
    expect(range.getBackgrounds()).toEqual([
      ["#ffffff", "#ffffff"],
      ["#ffffff", "#ffffff"],
    ]);
    range.setBackgrounds([
      ["#FCE8E6", null],
      ["#e6f4ea", "#e6f4ea"],
    ]);
    expect(range.getBackgrounds()).toEqual([
      ["#fce8e6", "#ffffff"],
      ["#e6f4ea", "#e6f4ea"],
    ]);
    expect(range.getNumberFormat()).toBe("0.###############");
    range.setNumberFormats([
      ["@", "0"],
      ["yyyy-mm-dd", "@"],
    ]);
    expect(range.getNumberFormats()).toEqual([
      ["@", "0"],
      ["yyyy-mm-dd", "@"],
    ]);
    range.setNotes([
      ["why", null],
      ["", "because"],
    ]);
    expect(range.getNotes()).toEqual([
      ["why", ""],
      ["", "because"],
    ]);
    sheet.getRange("A1:B1").setFontWeight("bold");
    expect(range.getFontWeights()).toEqual([
      ["bold", "bold"],
      ["normal", "normal"],
    ]);
    expect(() => range.setNotes([["one"]])).toThrow("The data has 1 but the range has 2.");
  });

  test("data validation rules are kept and read back", () => {
    const { sheet, SpreadsheetApp } = setup();
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(["active", "paused", "done"], true)
      .setAllowInvalid(false)
      .setHelpText("Pick a status")
      .build();
    sheet.getRange("B2:B5").setDataValidation(rule);
    const read = sheet.getRange("B2:C2").getDataValidations();
    expect(read[0][1]).toBeNull();
    const got = read[0][0];
    expect(got?.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(got?.getCriteriaValues()).toEqual([["active", "paused", "done"], true]);
    expect(got?.getAllowInvalid()).toBe(false);
    expect(got?.getHelpText()).toBe("Pick a status");
    expect(String(got?.getCriteriaType())).toBe("VALUE_IN_LIST");
    const checkbox = SpreadsheetApp.newDataValidation().requireCheckbox().build();
    expect(checkbox.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.CHECKBOX);
    expect([checkbox.getAllowInvalid(), checkbox.getHelpText()]).toEqual([true, null]);
    sheet.getRange("B2").setDataValidation(null);
    expect(sheet.getRange("B2").getDataValidation()).toBeNull();
  });

  test("a rule that rejects invalid data rejects a script's write, naming the cell", () => {
    const { sheet, SpreadsheetApp } = setup();
    const status = SpreadsheetApp.newDataValidation()
      .requireValueInList(["active", "done"])
      .setAllowInvalid(false)
      .build();
    const hours = SpreadsheetApp.newDataValidation()
      .requireNumberBetween(1, 8)
      .setAllowInvalid(false)
      .build();
    sheet.getRange("A2:A3").setDataValidation(status);
    sheet.getRange("B2").setDataValidation(hours);
    sheet.getRange("A2:B2").setValues([["done", "4"]]);
    expect(() => sheet.getRange("A2:A3").setValues([["active"], ["later"]])).toThrow(
      "The data you entered in cell A3 violates the data validation rules set on this cell.",
    );
    expect(sheet.getRange("A2").getValue()).toBe("done");
    expect(() => sheet.getRange("B2").setValue(9)).toThrow("cell B2");
    sheet.getRange("A2").setValue("");
    const warnOnly = SpreadsheetApp.newDataValidation().requireDate().build();
    sheet.getRange("C2").setDataValidation(warnOnly).setValue("not a date");
    expect(sheet.getRange("C2").getValue()).toBe("not a date");
  });
});

describe("sheets of a spreadsheet", () => {
  test("insertSheet puts the sheet at a 0-based index, makes it active, and refuses a taken name", () => {
    const { ss } = setup();
    ss.insertSheet("Needs");
    ss.insertSheet("People", 0);
    expect(ss.getSheets().map((s) => `${s.getIndex()}:${s.getName()}`)).toEqual([
      "1:People",
      "2:Sheet1",
      "3:Needs",
    ]);
    expect(ss.getActiveSheet().getName()).toBe("People");
    expect(() => ss.insertSheet("needs")).toThrow(
      'A sheet with the name "needs" already exists. Please enter another name.',
    );
    expect(ss.getSheetByName("NEEDS")?.getName()).toBe("Needs");
    expect(ss.getSheetByName("Offers")).toBeNull();
    expect(() => ss.getSheetByName("Needs")?.setName("People")).toThrow("already exists");
  });

  test("deleteSheet, but never the last one", () => {
    const { ss, sheet } = setup();
    const needs = ss.insertSheet("Needs");
    ss.deleteSheet(needs);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Sheet1"]);
    expect(ss.getActiveSheet().getName()).toBe("Sheet1");
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
  });

  test("sheet properties", () => {
    const { ss, sheet } = setup();
    const other = ss.insertSheet("Needs");
    expect(sheet.getSheetId()).toBe(0);
    expect(other.getSheetId()).not.toBe(0);
    expect(other.getParent().getId()).toBe(ss.getId());
    other.setFrozenRows(1);
    other.setColumnWidth(2, 240).setColumnWidths(3, 2, 80).setTabColor("#34a853");
    expect([
      other.getFrozenRows(),
      other.getColumnWidth(1),
      other.getColumnWidth(2),
      other.getColumnWidth(4),
    ]).toEqual([1, 100, 240, 80]);
    expect(other.getTabColor()).toBe("#34a853");
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    expect(() => other.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    sheet.activate();
    expect([ss.getActiveSheet().getName(), sheet.isSheetHidden()]).toEqual(["Sheet1", false]);
    expect(ss.setActiveSheet(other).getName()).toBe("Needs");
  });

  test("time zone, name, url and toasts", () => {
    const { env, ss } = setup();
    expect(ss.getSpreadsheetTimeZone()).toBe("Etc/UTC");
    ss.setSpreadsheetTimeZone("Europe/London");
    expect(env.spreadsheet.getSpreadsheetTimeZone()).toBe("Europe/London");
    expect(ss.getName()).toBe("Support Map");
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    ss.toast("Plan ready", "Support Map", 5);
    expect(env.ui.toasts).toEqual([
      { message: "Plan ready", title: "Support Map", timeoutSeconds: 5 },
    ]);
  });
});

describe("protections", () => {
  test("protecting a sheet, twice, gives the same protection", () => {
    const { sheet, SpreadsheetApp } = setup();
    sheet.protect().setDescription("Plan output").setWarningOnly(true);
    const again = sheet.protect();
    expect([again.getDescription(), again.isWarningOnly()]).toEqual(["Plan output", true]);
    const list = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
    expect(list).toHaveLength(1);
    expect(list[0].getRange().getA1Notation()).toBe("A1:Z1000");
    expect(list[0].getProtectionType()).toBe(SpreadsheetApp.ProtectionType.SHEET);
    list[0].remove();
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(0);
  });

  test("range protections are listed by type, on the sheet and the spreadsheet", () => {
    const { ss, sheet, SpreadsheetApp } = setup();
    sheet.getRange("A1:K1").protect().setDescription("Headers");
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(0);
    const [p] = ss.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    expect([p.getDescription(), p.isWarningOnly(), p.getRange().getA1Notation()]).toEqual([
      "Headers",
      false,
      "A1:K1",
    ]);
  });
});

test("env.writeSheet and env.readSheet set up and inspect sheets without counting calls", () => {
  const { env } = setup();
  env.resetCalls();
  env.writeSheet("Needs", [["Name", "Days"], ["Walk Rex", "daily"], ["Meds"]]);
  expect(env.readSheet("Needs")).toEqual([
    ["Name", "Days"],
    ["Walk Rex", "daily"],
    ["Meds", ""],
  ]);
  expect(env.totalCalls()).toBe(0);
});
