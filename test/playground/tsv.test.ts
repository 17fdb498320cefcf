import { parseTsv, tsvCell } from "../../src/playground/tsv";

// Cells copied from Google Sheets or Excel, as the clipboard holds them (tab-separated, cells
// with a tab, newline or quote wrapped in quotes), pasted into the playground.

describe("parseTsv", () => {
  test("tabs between cells, newlines between rows, one trailing newline ignored", () => {
    expect(parseTsv("a\tb\nc\td\n")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(parseTsv("a\tb\r\nc\td")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  test("empty cells stay in their columns", () => {
    expect(parseTsv("a\t\tc\n\tb\t")).toEqual([
      ["a", "", "c"],
      ["", "b", ""],
    ]);
    expect(parseTsv("")).toEqual([[""]]);
  });

  test("quoted cells hold newlines, tabs and doubled quotes", () => {
    expect(parseTsv('"line one\nline two"\t"say ""hi"""\n"a\tb"\tx')).toEqual([
      ["line one\nline two", 'say "hi"'],
      ["a\tb", "x"],
    ]);
  });

  test("a quote that does not wrap the whole cell is text", () => {
    expect(parseTsv('5" screen\t"quoted" and more')).toEqual([['5" screen', '"quoted" and more']]);
  });

  test("what tsvCell writes, parseTsv reads back", () => {
    for (const value of ["plain", 'say "hi"', "two\nlines", "a\tb", ""])
      expect(parseTsv(tsvCell(value))).toEqual([[value]]);
  });
});
