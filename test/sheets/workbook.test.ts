import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbook, writeWorkbook } from "../../src/cli/workbook";
import { ALEX } from "../../src/examples/alex";
import { MARIA } from "../../src/examples/maria";
import { readMap } from "../../src/sheets/read-map";

/** Today for maps without a start date: readMap takes it from its caller. */
const TODAY = "2026-12-07";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "support-map-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("workbook files", () => {
  it.each([
    ["maria", MARIA],
    ["alex", ALEX],
  ])("round-trips the %s example through .xlsx and .json to the same map", async (name, sheets) => {
    const expected = readMap(sheets, { today: TODAY }).map;
    for (const ext of ["xlsx", "json"]) {
      const path = join(dir, `${name}.${ext}`);
      await writeWorkbook(path, sheets);
      const back = await readWorkbook(path);
      const { map, errors } = readMap(back, { today: TODAY });
      expect(errors).toEqual([]);
      expect(map).toEqual(expected);
    }
  });

  it("writes ISO dates as real dates, a bold frozen header and text without the apostrophe", async () => {
    const path = join(dir, "plain.xlsx");
    await writeWorkbook(path, {
      Needs: [
        ["Need", "Start", "Notes"],
        ["Walk", "2026-12-07", "'=not a formula"],
      ],
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.getWorksheet("Needs");
    expect(sheet?.getCell("B2").value).toEqual(new Date("2026-12-07T00:00:00Z"));
    expect(sheet?.getCell("B2").numFmt).toBe("yyyy-mm-dd");
    expect(sheet?.getCell("C2").value).toBe("=not a formula");
    expect(sheet?.getRow(1).font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("reads xlsx dates as midnight in the map's time zone", async () => {
    const path = join(dir, "auckland.xlsx");
    await writeWorkbook(path, {
      Settings: [
        ["Setting", "Value"],
        ["Start date", "2026-12-07"],
        ["End date", "2026-12-20"],
        ["Time zone", "Pacific/Auckland"],
      ],
    });
    const back = await readWorkbook(path);
    expect(back.Settings[1][1]).toEqual(new Date("2026-12-07T00:00:00+13:00"));
    expect(readMap(back, { today: TODAY }).map.settings).toMatchObject({
      startDate: "2026-12-07",
      endDate: "2026-12-20",
    });
    const inLosAngeles = await readWorkbook(path, { timeZone: "America/Los_Angeles" });
    expect(inLosAngeles.Settings[1][1]).toEqual(new Date("2026-12-07T00:00:00-08:00"));
  });

  it("writes Dates from Sheets as their calendar day in the map's time zone", async () => {
    const sheets = {
      Settings: [
        ["Setting", "Value"],
        ["Start date", new Date("2026-12-07T00:00:00+13:00")],
        ["End date", new Date("2026-12-20T00:00:00+13:00")],
        ["Time zone", "Pacific/Auckland"],
      ],
    };
    for (const ext of ["xlsx", "json"]) {
      const path = join(dir, `dates.${ext}`);
      await writeWorkbook(path, sheets);
      const map = readMap(await readWorkbook(path), { today: TODAY }).map;
      expect([map.settings.startDate, map.settings.endDate]).toEqual(["2026-12-07", "2026-12-20"]);
    }
  });

  it("reads rich text, formula results and hyperlinks as their values", async () => {
    const path = join(dir, "rich.xlsx");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("People");
    sheet.addRow(["Name", "Max tasks", "Email"]);
    sheet.addRow([
      { richText: [{ text: "Ana " }, { text: "Ruiz", font: { bold: true } }] },
      { formula: "1+1", result: 2 },
      { text: "ana@example.com", hyperlink: "mailto:ana@example.com" },
    ]);
    await book.xlsx.writeFile(path);
    const back = await readWorkbook(path);
    expect(back.People).toEqual([
      ["Name", "Max tasks", "Email"],
      ["Ana Ruiz", 2, "ana@example.com"],
    ]);
  });

  it("refuses other file types and malformed JSON workbooks", async () => {
    await expect(readWorkbook(join(dir, "map.csv"))).rejects.toThrow(".xlsx or a .json");
    const path = join(dir, "bad.json");
    await writeWorkbook(path, {});
    await writeFile(path, JSON.stringify({ Needs: "not rows" }));
    await expect(readWorkbook(path)).rejects.toThrow("array of rows");
  });
});
