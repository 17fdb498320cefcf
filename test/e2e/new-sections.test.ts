import type { Page } from "playwright-core";
import { CHECK_INS_HEADERS, CHECK_INS_SHEET } from "../../src/sheets/message-sheets";
import { seriousViolations, visibleInFrame } from "./axe";
import {
  describeInBrowser,
  endSession,
  screenshotPath,
  startSession,
  type Session,
} from "./browser";

// The panel's newer sections (the mail quota, Preview a message, check-in actions, Past visits,
// Settings) the way a coordinator meets them: the sidebar at its real 300 px, and at 200% zoom,
// opened and used from the keyboard alone, with axe run while they are open.

const focusedText = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return a?.getAttribute("aria-label") ?? (a?.textContent || a?.tagName) ?? "";
  });

/** Tabs forward until the focus is on an element whose name matches, at most `limit` times. */
async function tabTo(page: Page, name: RegExp, limit = 200): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const text = await focusedText(page);
    if (name.test(text)) return text;
  }
  throw new Error(
    `Tab never reached ${String(name)}; the focus is on "${await focusedText(page)}".`,
  );
}

/** Maria's map planned, on Wednesday 9 December, with one check-in answered on Tuesday. */
async function plannedMapWithACheckIn(session: Session): Promise<void> {
  const page = await session.browser.newPage({ viewport: { width: 300, height: 800 } });
  await page.goto(`${session.playground.url}sidebar`);
  await page.locator(".big").waitFor();
  await page.getByRole("button", { name: "Re-plan and apply" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /^Planned: / })
    .waitFor();
  await page.getByRole("button", { name: "Turn on scheduled messages" }).click();
  await page.locator("[data-quota]").waitFor();
  await page.close();
  const env = session.playground.env();
  env.clock.set("2026-12-09T12:00:00Z");
  env.writeSheet(CHECK_INS_SHEET, [
    CHECK_INS_HEADERS,
    [
      "2026-12-08 18:05",
      "2026-12-04",
      "Ana's walks, every morning",
      "Someone to pick up groceries.",
      "The evening calls are too late for me.",
      "r1",
    ],
  ]);
}

/** Opens the three sections that load when opened, and waits for what they load. */
async function openNewSections(page: Page): Promise<void> {
  for (const group of [".message-preview", ".check-ins", ".past-visits"])
    await page.locator(`${group} > summary`).click();
  await page.locator(".email-preview").waitFor();
  await page.locator(".check-in").first().waitFor();
  await page.locator(".past-visit").first().waitFor();
}

/** Everything in the panel wider than the panel itself, which a person would see cut off. */
function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((e) => e.offsetParent !== null)
      .filter(
        (e) =>
          e.getBoundingClientRect().right > width + 1 ||
          // Text wider than its own box (a button or a field's label), hidden by its overflow.
          (e.scrollWidth > e.clientWidth + 1 &&
            getComputedStyle(e).overflowX === "hidden" &&
            !e.classList.contains("sr-only")),
      )
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent?.slice(0, 40)}`);
  });
}

describeInBrowser("the panel's new sections, by keyboard, at 300 px and 200%", () => {
  let session: Session | undefined;

  beforeAll(async () => {
    session = await startSession();
  });

  afterAll(async () => {
    await endSession(session);
  });

  beforeEach(async () => {
    if (!session) return;
    session.playground.reset();
    await plannedMapWithACheckIn(session);
  });

  test("axe finds nothing serious with every new section open and its forms shown", async () => {
    if (!session) throw new Error("The playground did not start.");
    const page = await session.browser.newPage({ viewport: { width: 300, height: 900 } });
    await page.goto(`${session.playground.url}sidebar`);
    await page.locator(".big").waitFor();
    await page.locator("[data-quota] details.send-order > summary").click();
    await openNewSections(page);
    await page.getByRole("button", { name: /^Add a need:/ }).click();
    await page.getByRole("button", { name: /^Thank a helper:/ }).click();
    await page.locator(".thanks-preview .where").waitFor();
    await page.getByRole("button", { name: /^Pause a need:/ }).click();
    await page.locator(".past-visits .buttons button").nth(1).click();
    await page.locator(".draft textarea").waitFor();
    await page.locator(".email-preview details > summary").first().click();
    expect(await seriousViolations(page.mainFrame())).toEqual([]);
    // The email itself, in its frame, where the panel shows it.
    await page.locator(".email-frame").scrollIntoViewIfNeeded();
    await page.frameLocator(".email-frame").getByText("Hello Ana,").waitFor();
    await page.screenshot({ path: screenshotPath("message-preview-300.png") });

    // A wrong Days value: the error is read out with its field.
    const form = page.getByRole("group", { name: "Add a need from what was missing" });
    await form.getByLabel("Days").fill("Saturdy");
    await form.getByRole("button", { name: "Add to Needs" }).click();
    await form.locator(".field-error", { hasText: "Saturdy" }).waitFor();
    expect(await seriousViolations(page.mainFrame())).toEqual([]);
    await page.close();
  });

  test("past visits: every visit listed is visible, by day, paged, and marked from the keyboard", async () => {
    if (!session) throw new Error("The playground did not start.");
    const page = await session.browser.newPage({ viewport: { width: 300, height: 800 } });
    await page.goto(`${session.playground.url}sidebar`);
    await page.locator(".big").waitFor();
    const visits = page.locator(".past-visits");

    await tabTo(page, /^Visits to mark done or missed/);
    await page.keyboard.press("Enter");
    await visits.getByText(/^12 visits of the last 14 days not marked yet/).waitFor();
    // Ten at a time, then the rest on request; each day named once, above its first visit.
    await expect(visits.locator(".past-visit").count()).resolves.toBe(10);
    await expect(visits.locator(".visit-day").allTextContents()).resolves.toEqual([
      "Today, Wednesday 9 December",
      "Tuesday 8 December",
      "Monday 7 December",
    ]);
    for (const visit of await visits.locator(".past-visit").all())
      await expect(visibleInFrame(visit)).resolves.toBe(true);

    await tabTo(page, /^Show 2 more/);
    await page.keyboard.press("Enter");
    await expect(visits.locator(".past-visit").count()).resolves.toBe(12);
    // The focus lands on the first visit shown, not at the end of the list.
    await expect(focusedText(page)).resolves.toMatch(/^Chloe Martin · Check the mail/);

    // Back up to Monday's walk, by keyboard: Missed, and the result takes the focus.
    const missed = "Mark Ana Ruiz's Morning dog walk on Monday 7 December missed";
    await page.getByRole("button", { name: missed }).focus();
    await page.keyboard.press("Enter");
    await page.locator(".visit-result .notice.success").waitFor();
    await expect(
      page.locator(".visit-result .notice.success").evaluate((e) => e === document.activeElement),
    ).resolves.toBe(true);
    await expect(page.getByRole("button", { name: missed }).count()).resolves.toBe(0);
    // Copy the message is the next stop for the keyboard after the draft.
    await tabTo(page, /^TEXTAREA$/, 1);
    await tabTo(page, /^Copy the message$/, 1);
    await visits.screenshot({ path: screenshotPath("past-visits-300.png") });
    await page.close();
  });

  test("check-in actions from the keyboard: each form opens on its first field, Escape puts it back", async () => {
    if (!session) throw new Error("The playground did not start.");
    const page = await session.browser.newPage({ viewport: { width: 300, height: 800 } });
    await page.goto(`${session.playground.url}sidebar`);
    await page.locator(".big").waitFor();
    await tabTo(page, /^The latest answers$/);
    await page.keyboard.press("Enter");
    await page.locator(".check-in").waitFor();

    await tabTo(page, /^Pause a need: /);
    await page.keyboard.press("Enter");
    await expect(
      page.getByLabel("Which need").evaluate((e) => e === document.activeElement),
    ).resolves.toBe(true);
    await page.keyboard.press("Escape");
    await expect(focusedText(page)).resolves.toMatch(/^Pause a need: /);
    await page.getByRole("status").filter({ hasText: "Nothing was changed." }).waitFor();

    await page.keyboard.down("Shift");
    await tabTo(page, /^Add a need: /);
    await page.keyboard.up("Shift");
    await page.keyboard.press("Enter");
    const form = page.getByRole("group", { name: "Add a need from what was missing" });
    await expect(
      form.getByLabel("Need", { exact: true }).evaluate((e) => e === document.activeElement),
    ).resolves.toBe(true);
    await form.getByLabel("Type").fill("errands");
    await form.getByLabel("Days").fill("Sat");
    await tabTo(page, /^Add to Needs$/);
    await page.keyboard.press("Enter");
    await page.locator(".answer-actions .notice.success").waitFor();
    await expect(
      page.locator(".answer-actions .notice.success").evaluate((e) => e === document.activeElement),
    ).resolves.toBe(true);
    await page.locator(".check-ins").screenshot({ path: screenshotPath("check-ins-300.png") });
    await page.close();
  });

  test("settings: the newer rows are folded in parts, and one with a problem unfolds itself", async () => {
    if (!session) throw new Error("The playground did not start.");
    const page = await session.browser.newPage({ viewport: { width: 300, height: 800 } });
    await page.goto(`${session.playground.url}sidebar`);
    const settings = page.locator("#settings");
    await settings.getByRole("button", { name: "Save settings" }).waitFor();
    await expect(
      settings.locator("details.settings-group > summary").allTextContents(),
    ).resolves.toEqual([
      "Emails and reminders · 4 settings",
      "Backups · 2 settings",
      "When you are away · 3 settings",
      "Crisis lines and professional help · 2 settings",
      "Agreement and the map's state · 3 settings",
    ]);
    const standby = settings.getByLabel("Max standby days per week");
    await expect(standby.isVisible()).resolves.toBe(false);
    await page.screenshot({
      path: screenshotPath("settings-300.png"),
      fullPage: true,
      clip: await pageBox(page, "#settings"),
    });

    // By keyboard: unfold Backups, type a wrong value, fold it again, save.
    await tabTo(page, /^Backups/);
    await page.keyboard.press("Enter");
    await standby.fill("lots");
    await settings.locator('details[data-settings-group="Backups"] > summary').press("Enter");
    await expect(standby.isVisible()).resolves.toBe(false);
    await settings.getByRole("button", { name: "Save settings" }).press("Enter");
    const summary = settings.locator(".form-errors");
    await summary.filter({ hasText: "Nothing was saved." }).waitFor();
    await expect(standby.isVisible()).resolves.toBe(true);
    await expect(standby.getAttribute("aria-invalid")).resolves.toBe("true");
    await summary.getByRole("link", { name: "Max standby days per week" }).press("Enter");
    await expect(standby.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await page.close();
  });

  test("at 200% zoom the new sections reflow: nothing cut off, nothing wider than the panel", async () => {
    if (!session) throw new Error("The playground did not start.");
    // 200% zoom in a 300 px sidebar leaves 150 CSS pixels.
    const page = await session.browser.newPage({
      viewport: { width: 150, height: 700 },
      deviceScaleFactor: 2,
    });
    await page.goto(`${session.playground.url}sidebar`);
    await page.locator(".big").waitFor();
    await openNewSections(page);
    await page.getByRole("button", { name: /^Add a need:/ }).click();
    await page.locator(".past-visits .buttons button").nth(1).click();
    await page.locator(".draft textarea").waitFor();
    expect(await cutOff(page)).toEqual([]);
    // An address in the email's head stays whole on its line, not a few letters a line.
    const to = page.locator(".email-head dd").nth(1);
    const lines = await to.evaluate((e) =>
      Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)),
    );
    expect(lines).toBeLessThanOrEqual(3);
    for (const [name, selector] of [
      ["zoom-200-mail-quota.png", "[data-quota]"],
      ["zoom-200-message-preview.png", ".message-preview .email-head"],
      ["zoom-200-check-ins.png", ".check-in"],
      ["zoom-200-past-visits.png", ".past-visits"],
      ["zoom-200-settings.png", "#settings"],
    ] as const) {
      const part = page.locator(selector);
      await part.scrollIntoViewIfNeeded();
      await page.screenshot({
        path: screenshotPath(name),
        fullPage: true,
        clip: await pageBox(page, selector),
      });
    }
    await page.close();
  });
});

/** Where an element is on the whole page, capped so a screenshot stays readable. */
async function pageBox(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((e) => {
      const r = e.getBoundingClientRect();
      return {
        x: 0,
        y: r.top + window.scrollY,
        width: document.documentElement.clientWidth,
        height: Math.min(r.height, 2400),
      };
    });
}
