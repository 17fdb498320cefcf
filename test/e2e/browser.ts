import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, FrameLocator, Locator, Page } from "playwright-core";
import { chromiumInstalled, CHROMIUM_PATH, launchChromium } from "../../src/playground/chromium";
import { startPlayground, type Playground } from "../../src/playground/server";

// Browser tests run against the playground in Debian's Chromium. Without it they fail with the
// command that installs it: a skipped browser test would hide a broken sidebar.

export const SCREENSHOTS = join(__dirname, "../../test-output/screenshots");

export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumInstalled()) {
    describe(name, body);
    return;
  }
  describe(name, () => {
    it("has Chromium to run in", () => {
      throw new Error(
        `The browser tests need Chromium at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium`,
      );
    });
  });
}

export interface Session {
  browser: Browser;
  playground: Playground;
}

export async function startSession(): Promise<Session> {
  const playground = await startPlayground({ port: 0, log: () => undefined });
  const browser = await launchChromium();
  return { browser, playground };
}

export async function endSession(session: Session | undefined): Promise<void> {
  await session?.browser.close();
  await session?.playground.close();
}

export interface Opened {
  page: Page;
  panel: FrameLocator;
  /** Dialogs (alert, confirm) the page or the panel opened. */
  dialogs: string[];
}

/** The playground page, with the panel loaded. */
export async function openPlayground(session: Session): Promise<Opened> {
  const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } });
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(session.playground.url);
  const panel = page.frameLocator("#panel");
  await panel.locator(".big").waitFor();
  return { page, panel, dialogs };
}

/** Waits until the sheets view shows every change the server has made so far. */
export async function sheetsUpToDate(page: Page, session: Session): Promise<void> {
  // First every change made in the page (typed, pasted, rows) reaches the server.
  await page.waitForFunction(() => (document.body.dataset.saving ?? "0") === "0");
  const response = await page.request.get(`${session.playground.url}playground/version`);
  const { version } = (await response.json()) as { version: number };
  await page.waitForFunction((v) => Number(document.body.dataset.version) >= v, version);
}

/** Shows a sheet in the playground's sheets view. */
export async function showSheet(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await page.locator(`#grid[data-sheet="${name}"]`).waitFor();
}

/** Types into a cell of the sheets view, as a user would, and waits for the save. */
export async function typeInCell(
  page: Page,
  sheet: string,
  row: number,
  column: number,
  text: string,
): Promise<void> {
  await showSheet(page, sheet);
  const cell = page.locator(`#grid td[data-row="${row}"][data-col="${column}"]`);
  // As in Sheets: a click selects the cell, Enter edits it.
  await cell.click();
  await cell.press("Enter");
  const input = page.locator("#grid td input");
  await input.fill(text);
  const saved = page.waitForResponse((r) => r.url().endsWith("/playground/edit"));
  await input.press("Enter");
  await saved;
  await page
    .locator(`#grid td[data-row="${row}"][data-col="${column}"]`, { hasText: text })
    .waitFor();
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, name);
}

/**
 * A screenshot of a part of the panel, whole. The panel is a frame only as tall as the page, and
 * Chromium paints a frame's content only where the frame shows it: a part taller than that comes
 * out blank below the frame's edge. So the page grows until the part fits, then shrinks back.
 */
export async function screenshotWhole(page: Page, part: Locator, name: string): Promise<void> {
  const size = page.viewportSize();
  if (!size) throw new Error("The page has no viewport size.");
  const height = await part.evaluate((e) => e.getBoundingClientRect().height);
  await page.setViewportSize({ width: size.width, height: Math.ceil(size.height + height) });
  await part.scrollIntoViewIfNeeded();
  await part.screenshot({ path: screenshotPath(name) });
  await page.setViewportSize(size);
}
