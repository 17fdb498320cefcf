import { join } from "node:path";
import type { FrameLocator, Page } from "playwright-core";
import { installFormApp } from "../../src/fakes/forms";
import { CHECK_INS_HEADERS, CHECK_INS_SHEET } from "../../src/sheets/message-sheets";
import { kim } from "../forms/form-env";
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

// "Helpers and messages" in the playground: the offer form's link, briefs, the check-in that
// asks first, and the Check-ins list, with the same busy state and result line as the rest.

const AXE = join(__dirname, "../../node_modules/axe-core/axe.min.js");

async function statusSays(panel: FrameLocator, text: RegExp): Promise<void> {
  await panel.getByRole("status").filter({ hasText: text }).waitFor();
}

async function seriousViolations(page: Page): Promise<string[]> {
  const frame = page.frame({ url: /\/sidebar$/ });
  if (!frame) throw new Error("The panel's frame is not loaded.");
  await frame.addScriptTag({ path: AXE });
  const violations = (await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations;
  })) as { id: string; impact: string | null; nodes: { target: string[] }[] }[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describeInBrowser("Helpers and messages in the playground", () => {
  let session: Session | undefined;

  beforeAll(async () => {
    session = await startSession();
  });

  afterAll(async () => {
    await endSession(session);
  });

  beforeEach(() => session?.playground.reset());

  test("creates the offer form and shows its link; sends the changed briefs", async () => {
    if (!session) throw new Error("The playground did not start.");
    const { page, panel, dialogs } = await openPlayground(session);
    const section = panel.locator("#helpers");
    await panel.getByRole("link", { name: "Helpers and messages" }).click();
    await section.getByRole("heading", { name: "Offer form" }).waitFor();
    await section.getByText("No offer form yet.").waitFor();
    await expect(section.getByRole("button", { name: "Sync offers" }).count()).resolves.toBe(0);

    // Create the offer form: busy, then the result line, then the link to share.
    await section.getByRole("button", { name: "Create the offer form" }).click();
    await statusSays(panel, /^The offer form is ready\. It offers 11 types of help\./);
    const link = section.getByRole("link", { name: /^https:\/\/docs\.google\.com\/forms\// });
    await link.waitFor();
    const url = await link.textContent();
    await expect(link.getAttribute("href")).resolves.toBe(url);
    await expect(link.evaluate((a) => a === document.activeElement)).resolves.toBe(true);
    await section.getByRole("button", { name: "Refresh the offer form" }).waitFor();
    await section.getByRole("button", { name: "Sync offers" }).waitFor();
    await section.getByRole("link", { name: "Edit its questions" }).waitFor();

    // Tomas (do not involve) answers it, and Google runs no trigger: Sync offers catches up,
    // and his answer waits on Intake issues, counted with the setup problems.
    const forms = installFormApp(session.playground.env());
    const tomas = kim({ name: "Tomas Vega", email: "tomas.vega@example.com" });
    forms.submit(forms.forms[0].id, tomas, { fireTriggers: false });
    await section.getByRole("button", { name: "Sync offers" }).click();
    await statusSays(panel, /^1 response: 0 on People and Offers, 1 on Intake issues\./);
    await section.getByText("Intake issues (1):").waitFor();
    const toFix = panel.locator(".block", { has: panel.getByRole("heading", { name: /^To fix/ }) });
    await toFix.getByText(/^Intake issues: $/).waitFor();
    await toFix.screenshot({ path: screenshotPath("to-fix-with-intake-issues.png") });

    // Plan first, so that helpers have tasks to be briefed about.
    await panel.getByRole("button", { name: "Re-plan and apply" }).click();
    await statusSays(panel, /^Planned: /);
    await section.getByText("To tell: 8 helpers get a first brief.").waitFor();
    await section.getByRole("button", { name: "Tell helpers what changed (8)" }).click();
    // Every action that sends mail asks first (issue 15).
    await section
      .getByRole("group", { name: /^Email each helper whose own tasks changed/ })
      .getByRole("button", { name: "Tell them" })
      .click();
    await statusSays(panel, /^8 briefs sent\.$/);
    await section.getByText("Every helper's brief is up to date with their tasks.").waitFor();
    await sheetsUpToDate(page, session);
    await showSheet(page, "Log");
    await page.locator("#grid td", { hasText: "Your tasks" }).first().waitFor();

    // Sending to everyone asks first, in the panel; Cancel sends nothing.
    await section.getByRole("button", { name: "Send briefs to everyone" }).click();
    const ask = section.getByRole("group", { name: /^Send every helper with tasks/ });
    await ask.waitFor();
    await expect(
      ask
        .locator("p")
        .first()
        .evaluate((p) => p === document.activeElement),
    ).resolves.toBe(true);
    await section.locator(".check-ins summary").click();
    await statusSays(panel, /^No check-in answers yet\./);
    await section.getByText("No check-in answers yet.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await ask.getByRole("button", { name: "Cancel" }).click();
    await statusSays(panel, /^Nothing was sent\.$/);
    await expect(ask.count()).resolves.toBe(0);
    await expect(
      section
        .getByRole("button", { name: "Send briefs to everyone" })
        .evaluate((b) => b === document.activeElement),
    ).resolves.toBe(true);

    // Nothing from the sheets is read as HTML, and no browser dialog was used.
    const text = (await panel.locator("body").textContent()) ?? "";
    expect(text).not.toContain("Tomas");
    expect(text).not.toContain("Father in ICU");
    expect(dialogs).toEqual([]);
    await page.locator("aside.sidebar").screenshot({ path: screenshotPath("sidebar-helpers.png") });
    await page.close();

    // The section on its own, at the sidebar's width, as the coordinator sees it now, with two
    // check-ins answered (one of them trying to be HTML).
    session.playground
      .env()
      .writeSheet(CHECK_INS_SHEET, [
        CHECK_INS_HEADERS,
        ["2026-12-04 18:05", "2026-12-04", "The walks, every day", "", "Too many calls", "r1"],
        [
          "2026-12-11 19:10",
          "2026-12-11",
          "Dinners\nand the plants",
          "<img src=x onerror=alert(1)>",
          "",
          "r2",
        ],
      ]);
    const alone = await session.browser.newPage({ viewport: { width: 300, height: 900 } });
    await alone.goto(`${session.playground.url}sidebar`);
    await alone.locator(".big").waitFor();
    const helpers = alone.locator("#helpers");
    await helpers.getByRole("button", { name: "Send briefs to everyone" }).click();
    await helpers.getByRole("button", { name: "Send to everyone" }).waitFor();
    await helpers.locator(".check-ins summary").click();
    await helpers.getByText("2 check-in answers, newest first.").waitFor();
    await expect(helpers.locator(".check-in .where").allTextContents()).resolves.toEqual([
      "Answered 2026-12-11 19:10",
      "Answered 2026-12-04 18:05",
    ]);
    await helpers.getByText("<img src=x onerror=alert(1)>", { exact: true }).waitFor();
    await expect(alone.locator("img").count()).resolves.toBe(0);
    await helpers.screenshot({ path: screenshotPath("helpers-and-messages.png") });
    await alone.close();
  });
});
