import type { Frame, Page } from "playwright-core";
import { seriousViolations } from "./axe";
import {
  describeInBrowser,
  endSession,
  openPlayground,
  screenshotPath,
  startSession,
  type Session,
} from "./browser";

// The panel for people who use a keyboard, a screen reader or a larger text size.

/** Opens every collapsed group, as someone reading the whole panel would. */
async function openEveryGroup(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    for (const details of document.querySelectorAll("details")) details.open = true;
  });
  // Each group builds its rows when it opens (on the toggle event).
  await frame.waitForFunction(() =>
    [...document.querySelectorAll("details")].every((d) => d.querySelector(".group-body")),
  );
}

function sidebarFrame(page: Page): Frame {
  const frame = page.frame({ url: /\/sidebar$/ });
  if (!frame) throw new Error("The panel's frame is not loaded.");
  return frame;
}

describeInBrowser("the coordinator panel's accessibility", () => {
  let session: Session | undefined;

  beforeAll(async () => {
    session = await startSession();
  });

  afterAll(async () => {
    await endSession(session);
  });

  beforeEach(() => session?.playground.reset());

  test("axe finds no serious or critical problem, with groups open and a preview shown", async () => {
    if (!session) throw new Error("The playground did not start.");
    const { page, panel } = await openPlayground(session);
    expect(await seriousViolations(sidebarFrame(page))).toEqual([]);

    await openEveryGroup(sidebarFrame(page));
    await panel.getByRole("button", { name: "Preview plan" }).click();
    await panel.getByRole("heading", { name: "Preview" }).waitFor();
    await panel.getByLabel("Max tasks per helper").fill("lots");
    await panel.getByRole("button", { name: "Save settings" }).click();
    await panel.locator(".form-errors").waitFor();
    await page.frameLocator("#panel").locator(".big").waitFor();
    expect(await seriousViolations(sidebarFrame(page))).toEqual([]);
    await page.close();
  });

  test("works from the keyboard: Tab to Preview plan, Enter, and focus moves to the result", async () => {
    if (!session) throw new Error("The playground did not start.");
    const page = await session.browser.newPage({ viewport: { width: 300, height: 800 } });
    await page.goto(`${session.playground.url}sidebar`);
    await page.locator(".big").waitFor();
    let focused = "";
    for (let i = 0; i < 80 && focused !== "Preview plan"; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    }
    expect(focused).toBe("Preview plan");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Preview" }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Preview");
    await page.screenshot({ path: screenshotPath("sidebar.png"), fullPage: true });
    await page.close();
  });

  test("reflows at 200% zoom: nothing wider than the 300 px sidebar", async () => {
    if (!session) throw new Error("The playground did not start.");
    // 200% zoom in a 300 px sidebar leaves 150 CSS pixels.
    const page = await session.browser.newPage({
      viewport: { width: 150, height: 600 },
      deviceScaleFactor: 2,
    });
    await page.goto(`${session.playground.url}sidebar`);
    await page.locator(".big").waitFor();
    await openEveryGroup(page.mainFrame());
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll<HTMLElement>("body *")]
        .filter((e) => e.getBoundingClientRect().right > width + 1 && e.offsetParent !== null)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent?.slice(0, 40)}`);
    });
    expect(overflow).toEqual([]);
    await page.screenshot({ path: screenshotPath("sidebar-200-percent.png") });
    await page.close();
  });
});
