import type { FrameLocator, Page } from "playwright-core";
import {
  describeInBrowser,
  endSession,
  openPlayground,
  screenshotPath,
  showSheet,
  startSession,
  sheetsUpToDate,
  typeInCell,
  type Session,
} from "./browser";

// The coordinator panel, end to end: the playground in Chromium, the sidebar calling the real
// server code over the in-memory spreadsheet.

const sheetCell = (page: Page, text: string) => page.locator("#grid td", { hasText: text });

/** The 1-based row of the first sheets-view cell holding exactly this text. */
async function rowOf(page: Page, text: string): Promise<number> {
  const td = page
    .locator("#grid td")
    .filter({ hasText: new RegExp(`^${text}$`) })
    .first();
  return Number(await td.getAttribute("data-row"));
}

async function columnOf(page: Page, header: string): Promise<number> {
  const td = page
    .locator('#grid td[data-row="1"]')
    .filter({ hasText: new RegExp(`^${header}$`) })
    .first();
  return Number(await td.getAttribute("data-col"));
}

/** The panel's group of assignments for one need, opened. */
async function assignmentsOf(panel: FrameLocator, need: string) {
  const group = panel.locator(`#plan details[data-group="assignments-${need}"]`);
  if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open)))
    await group.locator("summary").click();
  return group;
}

/** Waits for the panel's status line to say this. */
async function statusSays(panel: FrameLocator, text: string | RegExp): Promise<void> {
  const exact =
    typeof text === "string"
      ? new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`)
      : text;
  await panel.getByRole("status").filter({ hasText: exact }).waitFor();
}

async function applyFromPreview(panel: FrameLocator): Promise<void> {
  await panel.getByRole("button", { name: "Preview plan" }).click();
  await panel.getByRole("heading", { name: "Preview" }).waitFor();
  await panel.getByRole("button", { name: "Apply these changes" }).click();
  await statusSays(panel, /^Planned: /);
}

describeInBrowser("the coordinator panel in the playground", () => {
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
  const open = () => openPlayground(current());

  test("opens with the sheets beside the panel", async () => {
    const { page, panel } = await open();
    for (const name of ["Settings", "Needs", "People", "Offers", "Assignments"])
      await page.getByRole("tab", { name }).waitFor();
    await panel.getByRole("heading", { level: 1, name: "Support map for Maria" }).waitFor();
    await panel.getByRole("heading", { level: 2, name: "The map at a glance" }).waitFor();
    await panel.getByRole("heading", { level: 2, name: "Plan" }).waitFor();
    await panel.getByRole("heading", { level: 2, name: "Settings" }).waitFor();
    expect(await panel.locator(".big").textContent()).toBe("85% of visits covered");
    await page.close();
  });

  test("plans, previews and applies: Assignments and the Coverage sheet change", async () => {
    const { page, panel } = await open();
    await showSheet(page, "Assignments");
    expect(await sheetCell(page, "Ana Ruiz").count()).toBe(0);
    await expect(page.getByRole("tab", { name: "Coverage" }).count()).resolves.toBe(0);

    await panel.getByRole("button", { name: "Preview plan" }).click();
    await panel.getByRole("heading", { name: "Preview" }).waitFor();
    expect(await panel.locator(".preview .changes").textContent()).toBe("11 added, 0 unchanged.");
    const added = panel.locator(".preview details", { hasText: "Added (11)" });
    await expect(added.textContent()).resolves.toContain("Ana Ruiz");
    // Nothing is written by a preview.
    expect(await sheetCell(page, "Ana Ruiz").count()).toBe(0);

    await panel.getByRole("button", { name: "Apply these changes" }).click();
    await statusSays(panel, /^Planned: 85% of visits covered, 2 gaps\. 11 added/);

    await sheetsUpToDate(page, current());
    await sheetCell(page, "Ana Ruiz").first().waitFor();
    const row = await rowOf(page, "Ana Ruiz");
    const role = await columnOf(page, "Role");
    await expect(
      page.locator(`#grid td[data-row="${row}"][data-col="${role}"]`).textContent(),
    ).resolves.toBe("primary");

    await showSheet(page, "Coverage");
    const walk = sheetCell(page, "Morning dog walk: Ana Ruiz").first();
    await walk.waitFor();
    // Covered cells are green, gaps red, as in Google Sheets.
    await expect(walk.evaluate((td) => getComputedStyle(td).backgroundColor)).resolves.toBe(
      "rgb(217, 234, 211)",
    );
    const gap = sheetCell(page, "Morning dog walk: NOBODY YET").first();
    await expect(gap.evaluate((td) => getComputedStyle(td).backgroundColor)).resolves.toBe(
      "rgb(244, 204, 204)",
    );
    await page.locator(".grid-wrap").screenshot({ path: screenshotPath("coverage-grid.png") });
    await page.screenshot({ path: screenshotPath("playground.png") });

    // The panel now shows the written rows, ready to pin.
    await panel.getByRole("heading", { name: "Assignments (11)" }).waitFor();
    await expect(panel.locator(".notice", { hasText: "not up to date" }).count()).resolves.toBe(0);
    await page.close();
  });

  test("explains a gap in plain words, with what would close it", async () => {
    const { page, panel } = await open();
    const gap = panel.locator("details", { hasText: "Morning dog walk" }).filter({
      has: panel.locator("summary", { hasText: "4 visits" }),
    });
    await gap.locator("summary").click();
    const explanation = gap.locator(".explanation").first();
    await expect(explanation.textContent()).resolves.toBe(
      "Nobody who may be asked offers pet care on weekends in the morning.",
    );
    await expect(gap.locator(".suggestion").first().textContent()).resolves.toBe(
      "To close it: Ask for someone free weekends in the morning for pet care.",
    );
    // Tomas offered weekend walks but is "do not involve": never named. Details never shown.
    const text = (await panel.locator("body").textContent()) ?? "";
    expect(text).not.toContain("Tomas");
    expect(text).not.toContain("Father in ICU");
    await page.close();
  });

  test("keeps a pinned assignment when it plans again", async () => {
    const { page, panel } = await open();
    await applyFromPreview(panel);

    const need = await assignmentsOf(panel, "Morning dog walk");
    const pin = need.getByRole("checkbox", {
      name: /Ana Ruiz, primary, Morning dog walk, weekdays/,
    });
    await pin.check();
    await statusSays(
      panel,
      'Pinned: Ana Ruiz keeps "Morning dog walk" (primary) when you plan again.',
    );

    // Ana now only offers weekends: unpinned, her weekday walks would go.
    await showSheet(page, "Offers");
    const anaRow = await rowOf(page, "Ana Ruiz");
    await typeInCell(page, "Offers", anaRow, await columnOf(page, "Days"), "weekends");

    await panel.getByRole("button", { name: "Re-plan and apply" }).click();
    await statusSays(panel, /^Planned: /);

    await sheetsUpToDate(page, current());
    await showSheet(page, "Assignments");
    const row = await rowOf(page, "Ana Ruiz");
    const cell = async (header: string) =>
      page
        .locator(`#grid td[data-row="${row}"][data-col="${await columnOf(page, header)}"]`)
        .textContent();
    await expect(cell("Need")).resolves.toBe("Morning dog walk");
    await expect(cell("Days")).resolves.toBe("weekdays");
    await expect(cell("Pinned")).resolves.toBe("yes");
    await expect(pin.isChecked()).resolves.toBe(true);

    await page
      .locator("aside.sidebar")
      .screenshot({ path: screenshotPath("sidebar-after-plan.png") });
    await page.close();
  });

  test("shows a server error's message, and nothing fails silently", async () => {
    const { page, panel } = await open();
    await page.getByRole("button", { name: "Make the next server call fail" }).click();
    await panel.getByRole("button", { name: "Refresh" }).click();
    const alert = panel.getByRole("alert");
    await alert.filter({ hasText: "The playground made this call fail on purpose" }).waitFor();
    await expect(alert.textContent()).resolves.toContain("Could not refresh:");
    await alert.getByRole("button", { name: "Dismiss" }).click();
    await expect(alert.isHidden()).resolves.toBe(true);

    // A real one: the row to pin changed in the sheet after the panel loaded.
    await applyFromPreview(panel);
    await showSheet(page, "Assignments");
    const row = await rowOf(page, "Ben Okafor");
    await typeInCell(page, "Assignments", row, await columnOf(page, "Person"), "Kim Park");
    const need = await assignmentsOf(panel, "Evening dog walk");
    const pin = need.getByRole("checkbox", { name: /Ben Okafor, primary/ });
    // The server refuses, so the box goes back to unticked: click, not check().
    await pin.click();
    await alert
      .filter({ hasText: "No row in Assignments has Ben Okafor as primary for" })
      .waitFor();
    await statusSays(panel, "Could not pin the row.");
    await expect(pin.isChecked()).resolves.toBe(false);

    // And the contract: arguments the server cannot use are refused in words.
    const message = await page.frame({ url: /\/sidebar$/ })?.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const run = (window as unknown as { google: { script: { run: Record<string, never> } } })
            .google.script.run as unknown as {
            withSuccessHandler(f: () => void): {
              withFailureHandler(f: (e: Error) => void): { setPinned(a: unknown): void };
            };
          };
          run
            .withSuccessHandler(() => resolve("no error"))
            .withFailureHandler((e) => resolve(e.message))
            .setPinned({ need: 5 });
        }),
    );
    expect(message).toContain(
      'The panel asked for "setPinned" with something the add-on cannot use.',
    );
    expect(message).toContain("The need must be text.");
    await page.close();
  });

  test("shows a helper named <img src=x onerror=alert(1)> as text", async () => {
    const { page, panel, dialogs } = await open();
    const name = "<img src=x onerror=alert(1)>";
    await showSheet(page, "People");
    const people = (await page.locator('#grid td[data-col="1"]').count()) - 5;
    await typeInCell(page, "People", people + 1, 1, name);
    await showSheet(page, "Offers");
    const offers = (await page.locator('#grid td[data-col="1"]').count()) - 5;
    for (const [column, text] of [
      [1, name],
      [2, "meals"],
      [3, "daily"],
      [4, "any"],
    ] as const)
      await typeInCell(page, "Offers", offers + 1, column, text);

    await panel.getByRole("button", { name: "Refresh" }).click();
    await panel.getByRole("status").filter({ hasText: "Up to date" }).waitFor();
    await panel.getByText(name, { exact: true }).first().waitFor();
    expect(await panel.locator("img").count()).toBe(0);
    expect(await page.locator("img").count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  test("saves settings, and explains values it cannot use", async () => {
    const { page, panel } = await open();
    const maxTasks = panel.getByLabel("Max tasks per helper");
    await maxTasks.fill("lots");
    await panel.getByLabel("End date").fill("2026-12-01");
    await panel.getByRole("button", { name: "Save settings" }).click();
    const summary = panel.locator(".form-errors");
    await summary.filter({ hasText: "Nothing was saved." }).waitFor();
    await expect(maxTasks.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(
      panel.locator(".field", { has: maxTasks }).locator(".field-error").textContent(),
    ).resolves.toBe('Max tasks per helper "lots" is not a whole number from 1 to 20.');

    await maxTasks.fill("3");
    await panel.getByLabel("End date").fill("2026-12-27");
    await panel.getByRole("button", { name: "Save settings" }).click();
    await panel.getByRole("status").filter({ hasText: "Settings saved" }).waitFor();
    await expect(maxTasks.getAttribute("aria-invalid")).resolves.toBe(null);
    await panel.locator("#period", { hasText: "7 December to 27 December" }).waitFor();

    await sheetsUpToDate(page, current());
    await showSheet(page, "Settings");
    const row = await rowOf(page, "Max tasks per helper");
    await expect(
      page.locator(`#grid td[data-row="${row}"][data-col="2"]`).textContent(),
    ).resolves.toBe("3");
    await page.close();
  });
});
