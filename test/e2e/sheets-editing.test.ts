import type { Page } from "playwright-core";
import {
  describeInBrowser,
  endSession,
  openPlayground,
  screenshotPath,
  sheetsUpToDate,
  showSheet,
  startSession,
  type Session,
} from "./browser";

// The playground's sheets edit as Google Sheets does (issue 15): typing replaces, Enter, F2 or a
// double click edits, Escape cancels, Tab and Enter move on, a tab-separated block pastes, and
// nothing typed is lost or misplaced at any speed. What the page shows is checked against the
// server's own spreadsheet, read directly.

const td = (page: Page, row: number, column: number) =>
  page.locator(`#grid td[data-row="${row}"][data-col="${column}"]`);

/** The text of the cells the page shows for these rows and columns. */
async function shown(page: Page, rows: number[], columns: number): Promise<string[][]> {
  return page.evaluate(
    ({ rows, columns }) =>
      rows.map((r) =>
        Array.from(
          { length: columns },
          (_, c) =>
            document.querySelector(`#grid td[data-row="${r}"][data-col="${c + 1}"]`)?.textContent ??
            "<missing>",
        ),
      ),
    { rows, columns },
  );
}

/** Types as fast as the browser takes keys (no delay between them); \t is Tab, \n is Enter. */
async function typeFast(page: Page, keys: string): Promise<void> {
  for (const key of keys) {
    if (key === "\t") await page.keyboard.press("Tab", { delay: 0 });
    else if (key === "\n") await page.keyboard.press("Enter", { delay: 0 });
    else await page.keyboard.type(key, { delay: 0 });
  }
}

describeInBrowser("editing the sheets like Google Sheets", () => {
  let session: Session | undefined;

  beforeAll(async () => {
    session = await startSession();
  });

  afterAll(async () => {
    await endSession(session);
  });

  beforeEach(() => session?.playground.reset());

  const current = () => {
    if (!session) throw new Error("The playground did not start.");
    return session;
  };

  /** The server's cells as text, for rows `from`..`from+count-1`, columns 1..width. */
  const serverCells = (sheet: string, from: number, count: number, width: number) => {
    const values = current().playground.env().readSheet(sheet);
    return Array.from({ length: count }, (_, i) =>
      Array.from({ length: width }, (_, c) => String(values[from - 1 + i]?.[c] ?? "")),
    );
  };

  test("typing at 0 ms between keys, with Tab and Enter, puts every value in its cell", async () => {
    const { page } = await openPlayground(current());
    await showSheet(page, "People");
    const first = current().playground.env().readSheet("People").length + 1;
    const rows = 12;
    const width = 4;
    // Text that stays text: letters, spaces, punctuation and digits mixed.
    const expected = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: width }, (_, c) => `Kim ${r + 1}.${c + 1} x-${"abc".repeat(c)}`),
    );
    await td(page, first, 1).click();
    const keys = expected.map((row) => `${row.join("\t")}\n`).join("");
    await typeFast(page, keys);
    // The page shows everything at once, before the server has answered.
    expect(
      await shown(
        page,
        Array.from({ length: rows }, (_, i) => first + i),
        width,
      ),
    ).toEqual(expected);
    // Enter after Tabs went back to the row's first column, as in Sheets.
    const focused = () =>
      page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        return `${e?.dataset.row},${e?.dataset.col}`;
      });
    await expect(focused()).resolves.toBe(`${first + rows},1`);
    await sheetsUpToDate(page, current());
    await page.waitForFunction(() => !document.querySelector("#grid td input"));
    expect(serverCells("People", first, rows, width)).toEqual(expected);
    // And after the page drew the server's copy again, nothing moved.
    expect(
      await shown(
        page,
        Array.from({ length: rows }, (_, i) => first + i),
        width,
      ),
    ).toEqual(expected);
    // The rows above were not touched.
    expect(serverCells("People", 1, 1, 1)).toEqual([["Name"]]);
    await page.screenshot({ path: screenshotPath("sheets-fast-typing.png") });
  });

  test("typing replaces, F2 and double click edit, Escape cancels, Delete clears", async () => {
    const { page } = await openPlayground(current());
    await showSheet(page, "People");
    const row = current().playground.env().readSheet("People").length + 1;
    const cell = td(page, row, 1);
    await cell.click();
    await typeFast(page, "rides\n");
    await cell.click();
    // Typing on a selected cell replaces it (it used to give "ridespet care").
    await typeFast(page, "pet care\n");
    await expect(cell.textContent()).resolves.toBe("pet care");
    await cell.click();
    await page.keyboard.press("F2");
    await page.keyboard.type(" and walks", { delay: 0 });
    await page.keyboard.press("Enter");
    await expect(cell.textContent()).resolves.toBe("pet care and walks");
    await cell.dblclick();
    await page.keyboard.press("End");
    await page.keyboard.type("!", { delay: 0 });
    await page.keyboard.press("Tab");
    await expect(cell.textContent()).resolves.toBe("pet care and walks!");
    await cell.click();
    await page.keyboard.type("never saved", { delay: 0 });
    await page.keyboard.press("Escape");
    await expect(cell.textContent()).resolves.toBe("pet care and walks!");
    await sheetsUpToDate(page, current());
    expect(serverCells("People", row, 1, 1)).toEqual([["pet care and walks!"]]);
    await page.keyboard.press("Delete");
    await expect(cell.textContent()).resolves.toBe("");
    await sheetsUpToDate(page, current());
    expect(serverCells("People", row, 1, 1)).toEqual([[""]]);
  });

  test("a block copied from a spreadsheet pastes from the selected cell", async () => {
    const { page } = await openPlayground(current());
    await showSheet(page, "People");
    const row = current().playground.env().readSheet("People").length + 2;
    await td(page, row, 1).click();
    // As Google Sheets puts it on the clipboard: a cell with a newline or a quote is quoted.
    const copied = 'Ana Ruiz\tana@example.com\n"Bo ""B"" Lee"\t"line one\nline two"\n';
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      document.activeElement?.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, copied);
    const expected = [
      ["Ana Ruiz", "ana@example.com"],
      ['Bo "B" Lee', "line one\nline two"],
    ];
    expect(await shown(page, [row, row + 1], 2)).toEqual(expected);
    await sheetsUpToDate(page, current());
    expect(serverCells("People", row, 2, 2)).toEqual(expected);
  });

  test("rows go in and out, and a row with something in it is deleted only when confirmed", async () => {
    const { page } = await openPlayground(current());
    await showSheet(page, "People");
    const before = current().playground.env().readSheet("People");
    await td(page, 2, 1).click();
    await page.getByRole("button", { name: "Insert row above" }).click();
    await sheetsUpToDate(page, current());
    const after = current().playground.env().readSheet("People");
    expect(after[1].every((v) => v === "")).toBe(true);
    expect(after[2]).toEqual(before[1]);
    // Deleting the blank row asks nothing.
    await page.getByRole("button", { name: "Delete row" }).click();
    await sheetsUpToDate(page, current());
    expect(current().playground.env().readSheet("People")[1]).toEqual(before[1]);
    // Row 2 holds a person: Cancel keeps it, Delete row removes it.
    await td(page, 2, 1).click();
    await page.getByRole("button", { name: "Delete row" }).click();
    const ask = page.getByRole("dialog", { name: "Delete row" });
    await ask.waitFor();
    await page.screenshot({ path: screenshotPath("sheets-delete-row.png") });
    await ask.getByRole("button", { name: "Cancel" }).click();
    expect(current().playground.env().readSheet("People")[1]).toEqual(before[1]);
    await page.getByRole("button", { name: "Delete row" }).click();
    await ask.getByRole("button", { name: "Delete row" }).click();
    // The answer reaches the page when the dialog's close event fires, a task after the click:
    // until the row is gone from the grid, nothing is pending and the sheets look up to date.
    await page.waitForFunction(
      (name) =>
        document.querySelector('#grid td[data-row="2"][data-col="1"]')?.textContent !== name,
      String(before[1][0]),
    );
    await sheetsUpToDate(page, current());
    expect(current().playground.env().readSheet("People")[1]).toEqual(before[2]);
  });

  test("a header's note is read by keyboard, and the Needs colours have a legend", async () => {
    const { page } = await openPlayground(current());
    await showSheet(page, "Needs");
    await td(page, 2, 2).click();
    await page.keyboard.press("ArrowUp");
    const header = (await td(page, 1, 2).textContent()) ?? "";
    const note = page.locator("#cell-note");
    await expect(note.textContent()).resolves.toMatch(new RegExp(`^${header}: .+`));
    await expect(td(page, 1, 2).getAttribute("aria-describedby")).resolves.toBe("cell-note");
    await expect(page.locator("#legend").textContent()).resolves.toContain("Covered with backup");
    await page.screenshot({ path: screenshotPath("sheets-header-note.png") });

    // A date-checked cell has the calendar its note promises, as in Sheets.
    const start = Number(
      await page.locator('#grid td[data-row="1"]', { hasText: /^From$/ }).getAttribute("data-col"),
    );
    await td(page, 2, start).dblclick();
    await page.getByRole("button", { name: "Pick a date from the calendar" }).waitFor();
    await page.screenshot({ path: screenshotPath("sheets-date-calendar.png") });
    await page.locator("#grid input.picker").evaluate((picker: HTMLInputElement) => {
      picker.value = "2026-12-09";
      picker.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await expect(page.locator("#grid td input:not(.picker)").inputValue()).resolves.toBe(
      "2026-12-09",
    );
    await page.keyboard.press("Enter");
    await sheetsUpToDate(page, current());
    const saved = current().playground.env().readSheet("Needs")[1][start - 1];
    expect(saved instanceof Date ? saved.toISOString().slice(0, 10) : saved).toBe("2026-12-09");
  });
});
