import type { Page } from "playwright-core";
import { launchChromium } from "../src/playground/chromium";
import { startPlayground } from "../src/playground/server";
import { mapToSheets } from "../src/sheets/write-assignments";
import { generateNetwork } from "./generate";

// The coordinator panel in Chromium with a large map: how long until the map at a glance is
// drawn, and how long a plan preview takes from the click to the drawn result. Both include the
// server's work (reading the sheets and planning) over the in-memory Apps Script.

export interface BrowserMeasure {
  /** From opening the panel to the map at a glance drawn, in milliseconds. */
  firstRenderMs: number;
  /** From pressing Preview plan to the preview drawn, in milliseconds. */
  previewMs: number;
  /** People in the map (the panel lists those who may be asked). */
  helpers: number;
}

const RENDERED = "support-map:panel-rendered";
const PREVIEWED = "support-map:preview-rendered";
const WAIT = { timeout: 300_000 };

async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, WAIT);
  return page.evaluate((n) => performance.getEntriesByName(n)[0].startTime, name);
}

export async function measureBrowser(
  options: { helpers?: number; seed?: number } = {},
): Promise<BrowserMeasure> {
  const helpers = options.helpers ?? 200;
  const map = generateNetwork(helpers, options.seed ?? 1);
  const playground = await startPlayground({
    port: 0,
    sheets: mapToSheets(map),
    now: `${map.settings.startDate}T09:00:00Z`,
    log: () => undefined,
  });
  const browser = await launchChromium().catch(async (error: unknown) => {
    await playground.close();
    throw error;
  });
  try {
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    await page.goto(`${playground.url}sidebar`);
    const firstRenderMs = await markTime(page, RENDERED);
    // Wait for the settings to load too, so the preview is the only thing running.
    await page.locator("#settings-body form").waitFor(WAIT);
    const clicked = await page.evaluate(() => {
      const t = performance.now();
      [...document.querySelectorAll("button")]
        .find((b) => b.textContent === "Preview plan")
        ?.click();
      return t;
    });
    const previewMs = (await markTime(page, PREVIEWED)) - clicked;
    return {
      firstRenderMs: Math.round(firstRenderMs),
      previewMs: Math.round(previewMs),
      helpers: map.people.length,
    };
  } finally {
    await browser.close();
    await playground.close();
  }
}
