import type { FrameLocator } from "playwright-core";
import { CHECK_INS_HEADERS, CHECK_INS_SHEET } from "../../src/sheets/message-sheets";
import { visibleInFrame } from "./axe";
import {
  describeInBrowser,
  endSession,
  openPlayground,
  screenshotPath,
  screenshotWhole,
  sheetsUpToDate,
  showSheet,
  startSession,
  type Session,
} from "./browser";

// Check-ins become actions, and follow-through, in the playground: the coordinator adds a need
// from Maria's "What was missing?" in one step, and marks a past visit missed, reading the kind
// message drafted for the helper.

async function statusSays(panel: FrameLocator, text: RegExp): Promise<void> {
  await panel.getByRole("status").filter({ hasText: text }).waitFor();
}

const focused = (panel: FrameLocator, selector: string) =>
  panel.locator(selector).evaluate((e) => e === document.activeElement);

describeInBrowser("check-in actions and past visits in the playground", () => {
  let session: Session | undefined;

  beforeAll(async () => {
    session = await startSession();
  });

  afterAll(async () => {
    await endSession(session);
  });

  test("Add a need from what was missing, then Missed on a past visit", async () => {
    if (!session) throw new Error("The playground did not start.");
    const { page, panel, dialogs } = await openPlayground(session);
    const section = panel.locator("#helpers");
    await panel.getByRole("button", { name: "Re-plan and apply" }).click();
    await statusSays(panel, /^Planned: /);

    // Wednesday lunchtime; Maria answered Monday's check-in by hand on the sheet.
    const env = session.playground.env();
    env.clock.set("2026-12-09T12:00:00Z");
    env.writeSheet(CHECK_INS_SHEET, [
      CHECK_INS_HEADERS,
      [
        "2026-12-08 18:05",
        "2026-12-04",
        "Ana's walks, every morning",
        "Someone to pick up groceries.",
        "",
        "r1",
      ],
    ]);

    await panel.getByRole("link", { name: "Helpers and messages" }).click();
    await section.locator(".check-ins summary").click();
    await section.getByText("1 check-in answer, newest first.").waitFor();
    await section.getByRole("button", { name: /^Add a need:/ }).click();
    const form = section.getByRole("group", { name: "Add a need from what was missing" });
    const need = form.getByLabel("Need", { exact: true });
    await expect(need.inputValue()).resolves.toBe("Someone to pick up groceries");
    await expect(need.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await expect(form.getByLabel("Days").inputValue()).resolves.toBe("Friday");

    // A typo in Days is named with what was typed and what is valid; the field gets the focus.
    await need.fill("=Groceries, 50%");
    await form.getByLabel("Type").fill("errands");
    await form.getByLabel("Days").fill("Saturdy");
    await form.getByRole("button", { name: "Add to Needs" }).click();
    await form.getByText(/^Needs row 8, Days: Could not read "Saturdy" as days/).waitFor();
    await expect(form.getByLabel("Days").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(
      form.getByLabel("Days").evaluate((e) => e === document.activeElement),
    ).resolves.toBe(true);
    await form.screenshot({ path: screenshotPath("check-in-add-need-error.png") });

    await form.getByLabel("Days").fill("Sat");
    await form.getByRole("button", { name: "Add to Needs" }).click();
    await statusSays(panel, /^Added to Needs row 8; Preview plan to see who could take it\.$/);
    await section
      .getByText("Added to Needs row 8; Preview plan to see who could take it.")
      .waitFor();
    await expect(focused(panel, ".answer-actions .notice.success")).resolves.toBe(true);
    await section.getByRole("button", { name: "Preview plan" }).waitFor();
    await sheetsUpToDate(page, session);
    await showSheet(page, "Needs");
    await page.locator("#grid td", { hasText: "=Groceries, 50%" }).waitFor();
    // Loaded again, the answer says it was acted on, and offers no second need.
    await section.getByRole("button", { name: "Load again" }).first().click();
    await section.getByText("Added as a need: =Groceries, 50%").waitFor();
    await expect(section.getByRole("button", { name: /^Add a need:/ }).count()).resolves.toBe(0);
    await section
      .locator(".check-ins")
      .screenshot({ path: screenshotPath("check-in-actions.png") });

    // Past visits: Ana's morning walk on Monday was missed.
    await section.locator(".past-visits summary").click();
    await section.getByText(/visits of the last 14 days not marked yet/).waitFor();
    await section
      .getByRole("button", { name: "Mark Ana Ruiz's Morning dog walk on Monday 7 December missed" })
      .click();
    await statusSays(panel, /^Marked missed: Ana Ruiz's Morning dog walk on Monday 7 December/);
    const draft = section.getByLabel(/^A kind message for Ana Ruiz/);
    await expect(draft.inputValue()).resolves.toContain(
      "I noticed Monday's morning dog walk didn't happen. Is everything okay?",
    );
    await expect(focused(panel, ".visit-result .notice.success")).resolves.toBe(true);
    await expect(
      section
        .getByRole("button", {
          name: "Mark Ana Ruiz's Morning dog walk on Monday 7 December missed",
        })
        .count(),
    ).resolves.toBe(0);
    await section.getByRole("button", { name: "Copy the message" }).waitFor();
    // Monday to today, every main helper's visit; the one just marked is gone. Ten at a time.
    await section.getByRole("button", { name: "Show 1 more" }).click();
    await expect(section.locator(".past-visit").count()).resolves.toBe(11);
    // Each one really seen in the panel, not only present in it.
    for (const visit of await section.locator(".past-visit").all())
      await expect(visibleInFrame(visit)).resolves.toBe(true);
    await screenshotWhole(page, section.locator(".past-visits"), "past-visits.png");

    await sheetsUpToDate(page, session);
    await showSheet(page, "Changes");
    await page.locator("#grid td", { hasText: "2026-12-07 (Morning dog walk)" }).waitFor();
    await page.locator("#grid td", { hasText: "Visit missed" }).waitFor();

    const text = (await panel.locator("body").textContent()) ?? "";
    expect(text).not.toContain("Tomas");
    expect(text).not.toContain("Father in ICU");
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
