import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { xlsxToWorkbook } from "../../src/cli/workbook";
import { CHECK_IN_NOW } from "../../src/shared/send-questions";
import {
  describeInBrowser,
  endSession,
  openPlayground,
  screenshotPath,
  sheetsUpToDate,
  showSheet,
  startSession,
  typeInCell,
  type Session,
} from "./browser";

// The playground shows everything the add-on would (issue 15): menu items open their real
// dialogs with the add-on's own HTML, questions before mail goes out, an Outbox with every
// message, the offer form as a page that submits through the add-on's trigger, and a map that
// can be started blank, downloaded, opened and kept across a reload.

const AXE = join(__dirname, "../../node_modules/axe-core/axe.min.js");

/** axe-core's serious and critical findings on the playground page itself. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: unknown): Promise<{ violations: unknown[] }> } }
    ).axe;
    // The panel's own frame has its own tests (accessibility.test.ts).
    return (await axe.run({ exclude: [["#panel"]] })).violations;
  })) as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function menu(page: Page, caption: string): Promise<void> {
  await page.locator("#menu summary").click();
  await page.locator("#menu-items").getByRole("menuitem", { name: caption }).click();
}

// Under a loaded machine (the whole suite on two cores) the reload at the end of the .xlsx test
// has, rarely, not found the map kept in the browser; it has never failed when run again. Until
// that race is found, each test here gets two more tries, and says so in the log when it needs them.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

describeInBrowser("menus, dialogs, the Outbox and forms in the playground", () => {
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

  test("a menu item's dialog shows the add-on's own page, and its Close button closes it", async () => {
    const { page, dialogs } = await openPlayground(current());
    await menu(page, "Self-test (maintainers)");
    const dialog = page.getByRole("dialog", { name: "Support Map self-test" });
    await dialog.waitFor();
    const inside = page.frameLocator("dialog iframe");
    await inside.locator("table").first().waitFor();
    await page.screenshot({ path: screenshotPath("dialog-self-test.png") });
    await inside.getByRole("button", { name: "Close" }).click();
    await dialog.waitFor({ state: "detached" });

    await menu(page, "Check setup");
    const check = page.getByRole("dialog", { name: "Check setup" });
    await check.waitFor();
    await page.screenshot({ path: screenshotPath("dialog-check-setup.png") });
    await page.keyboard.press("Escape");
    await check.waitFor({ state: "detached" });
    expect(dialogs).toEqual([]);
  });

  test("Send weekly check-in now asks first; No sends nothing, Yes sends, the Outbox shows it", async () => {
    const { page } = await openPlayground(current());
    await menu(page, "Send weekly check-in now");
    const ask = page.getByRole("dialog", { name: CHECK_IN_NOW.title });
    await ask.getByText(CHECK_IN_NOW.question).waitFor();
    await page.screenshot({ path: screenshotPath("menu-check-in-asks.png") });
    expect(await seriousViolations(page)).toEqual([]);
    await ask.getByRole("button", { name: "No" }).click();
    await ask.waitFor({ state: "detached" });
    expect(current().playground.env().outbox).toHaveLength(0);

    await menu(page, "Send weekly check-in now");
    await ask.getByRole("button", { name: "Yes" }).click();
    const told = page.getByRole("dialog", { name: "Weekly check-in" });
    await told.getByText("The weekly check-in was sent.").waitFor();
    await told.getByRole("button", { name: "OK" }).click();
    expect(
      current()
        .playground.env()
        .outbox.map((m) => m.to),
    ).toEqual(["maria@example.com"]);

    await page.getByRole("tab", { name: "Outbox" }).click();
    const mail = page.locator("article.mail");
    const subject = current().playground.env().outbox[0].subject;
    await mail.getByRole("heading", { name: subject }).waitFor();
    await mail.getByText("maria@example.com").first().waitFor();
    await page.frameLocator("article.mail iframe").locator("body").waitFor();
    await page.screenshot({ path: screenshotPath("outbox-html.png") });
    expect(await seriousViolations(page)).toEqual([]);
    await mail.getByRole("button", { name: "Plain text" }).click();
    const text = (await mail.locator("pre.mail-text").textContent()) ?? "";
    // The text as sent, but the form's link leads to the playground's page for that form.
    const sent = current().playground.env().outbox[0].body;
    const form = /https:\/\/docs\.google\.com\/forms\/d\/e\/(.+?)-published\/viewform/.exec(sent);
    expect(form).not.toBeNull();
    expect(text).toBe(
      sent.replace(form?.[0] ?? "", `${current().playground.url}playground/form/${form?.[1]}`),
    );
  });

  test("the offer form is a page to fill in, and the add-on's trigger puts the helper on the map", async () => {
    const { page, panel } = await openPlayground(current());
    await menu(page, "Create offer form");
    const dialog = page.getByRole("dialog", { name: "Offer form" });
    await dialog.waitFor();
    const link = page.frameLocator("dialog iframe").getByRole("link", { name: "Open the form" });
    const href = (await link.getAttribute("href")) ?? "";
    // The dialog's link, to copy and share, is the playground's own page for the form.
    expect(href.startsWith(`${current().playground.url}playground/form/`)).toBe(true);
    await page.screenshot({ path: screenshotPath("dialog-offer-form.png") });
    await page.keyboard.press("Escape");

    // The panel's link to the form leads to the same page, not to Google.
    await panel.getByRole("button", { name: "Refresh" }).first().click();
    const panelLink = panel.locator("a.share-link", { hasText: "docs.google.com" }).first();
    const popup = page.waitForEvent("popup");
    await panelLink.click();
    const opened = await popup;
    await opened.waitForLoadState();
    expect(opened.url()).toBe(href);
    await opened.close();

    const form = await current().browser.newPage();
    await form.goto(href);
    await form.getByLabel("Your name").fill("Kim Park");
    await form.getByLabel("Your email").fill("kim.park@example.com");
    const offers = form.getByRole("group", { name: /What can you offer/ });
    await offers.getByRole("checkbox").first().check();
    await form
      .getByRole("checkbox", { name: "Monday: Morning" })
      .check()
      .catch(async () => {
        // The grid's columns are named by the add-on; any first box of Monday will do.
        await form.locator('input[type="checkbox"][aria-label^="Monday"]').first().check();
      });
    await form.screenshot({ path: screenshotPath("offer-form-page.png"), fullPage: true });
    await form.getByRole("button", { name: "Submit" }).click();
    await form.getByRole("status").waitFor();
    await form.screenshot({ path: screenshotPath("offer-form-sent.png") });
    const people = current().playground.env().readSheet("People");
    expect(people.some((r) => r[0] === "Kim Park")).toBe(true);
    const offered = current().playground.env().readSheet("Offers");
    expect(offered.some((r) => r.includes("Kim Park"))).toBe(true);

    // The helper edits their answers through Google's "Edit your response" link.
    await form.getByRole("link", { name: "Edit your response" }).click();
    await expect(form.getByLabel("Your name").inputValue()).resolves.toBe("Kim Park");
    await expect(offers.getByRole("checkbox").first().isChecked()).resolves.toBe(true);
    await form.getByLabel("Your phone number").fill("555 0101");
    await form.getByRole("button", { name: "Submit" }).click();
    await form.getByRole("status").waitFor();
    const responses = current().playground.env().readSheet("Form Responses 1");
    expect(responses).toHaveLength(2);
    expect(responses[1].map(String)).toContain("555 0101");

    // A required question left empty: the form says so and keeps what was typed.
    await form.goto(href);
    await form.getByLabel("Your name").fill("Lee Chan");
    await form.evaluate(() => document.querySelector("form")?.setAttribute("novalidate", ""));
    await form.getByRole("button", { name: "Submit" }).click();
    await form
      .getByRole("alert")
      .getByText(/required/)
      .waitFor();
    await expect(form.getByLabel("Your name").inputValue()).resolves.toBe("Lee Chan");
    await form.close();

    await sheetsUpToDate(page, current());
    await page.getByRole("tab", { name: "Forms" }).click();
    await page.getByRole("link", { name: /offer/i }).first().waitFor();
  });

  test("a blank map asks before discarding work; .xlsx goes out and back in; a reload keeps the map", async () => {
    const { page } = await openPlayground(current());
    await typeInCell(page, "Needs", 2, 1, "Morning dog walk (kept)");

    // Download, as `npm run plan` would read it.
    const downloading = page.waitForEvent("download");
    await page.locator("#file summary").click();
    await page.getByRole("link", { name: "Download as .xlsx" }).click();
    const file = await (await downloading).path();
    const downloaded = await xlsxToWorkbook(readFileSync(file));
    expect(downloaded.Needs[1][0]).toBe("Morning dog walk (kept)");

    // New blank map: Cancel keeps the work, Replace my map gives Set up's empty sheets.
    await page.locator("#file summary").click();
    await page.getByRole("button", { name: "New blank map" }).click();
    const ask = page.getByRole("dialog", { name: "New blank map" });
    await ask.getByRole("button", { name: "Cancel" }).click();
    expect(current().playground.env().readSheet("Needs")[1][0]).toBe("Morning dog walk (kept)");
    await page.locator("#file summary").click();
    await page.getByRole("button", { name: "New blank map" }).click();
    await ask.getByRole("button", { name: "Replace my map" }).click();
    await sheetsUpToDate(page, current());
    expect(current().playground.env().readSheet("Needs")).toHaveLength(1);
    await showSheet(page, "Needs");
    await page.screenshot({ path: screenshotPath("blank-map.png") });
    expect(await seriousViolations(page)).toEqual([]);

    // Open the downloaded file again: the blank map holds no work, so nothing is asked.
    await page.locator("#open-file").setInputFiles(file);
    await page.locator("#grid td", { hasText: "Morning dog walk (kept)" }).waitFor();

    // The page keeps the map in this browser once the server has it.
    await page.waitForFunction(() =>
      (localStorage.getItem("support-map-playground:map") ?? "").includes("(kept)"),
    );
    // The server starts again (as after ending npm start); the browser brings the map back.
    // The old page notices the new server (its poll loads the bare example) before it reloads:
    // the kept map must survive that.
    const noticed = page.waitForResponse((r) => r.url().endsWith("/playground/state"));
    current().playground.reset();
    await noticed;
    await page.reload();
    await showSheet(page, "Needs");
    await page.locator("#grid td", { hasText: "Morning dog walk (kept)" }).waitFor();
    expect(current().playground.env().readSheet("Needs")[1][0]).toBe("Morning dog walk (kept)");
  });
});
