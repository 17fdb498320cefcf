import { join } from "node:path";
import {
  describeInBrowser,
  endSession,
  screenshotPath,
  startSession,
  type Session,
} from "./browser";

const AXE = join(__dirname, "../../node_modules/axe-core/axe.min.js");

// "Preview a message" in the playground: collapsed until opened, then a brief shown as it will
// be sent (To, Subject, the email in a sandboxed frame, the calendar file), all by keyboard.

describeInBrowser("Preview a message in the playground", () => {
  let session: Session | undefined;

  beforeAll(async () => {
    session = await startSession();
  });

  afterAll(async () => {
    await endSession(session);
  });

  test("opens, previews a helper's brief and sends nothing", async () => {
    if (!session) throw new Error("The playground did not start.");
    // The panel on its own, at a sidebar's width, tall enough to see the whole preview.
    const page = await session.browser.newPage({ viewport: { width: 320, height: 1800 } });
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${session.playground.url}sidebar`);
    const panel = page;
    await panel.locator(".big").waitFor();
    const env = session.playground.env();
    const sentBefore = env.outbox.length;
    const section = panel.locator("#helpers");
    // Plan first, so that helpers have tasks.
    await panel.getByRole("button", { name: "Re-plan and apply" }).click();
    await panel
      .getByRole("status")
      .filter({ hasText: /^Planned: / })
      .waitFor();

    const summary = section.locator(".message-preview summary");
    await summary.waitFor();
    // Nothing is asked of the server until it is opened.
    await expect(section.locator(".email-preview").count()).resolves.toBe(0);
    await summary.focus();
    await page.keyboard.press("Enter");
    const preview = section.locator(".message-preview");
    await preview.locator(".email-preview").waitFor();
    await panel
      .getByRole("status")
      .filter({ hasText: /^Preview ready: Brief to a helper for / })
      .waitFor();

    // Pick Ben by keyboard, and show his brief.
    const kind = preview.getByLabel("Message");
    await expect(kind.inputValue()).resolves.toBe("brief");
    const helper = preview.getByLabel("Helper");
    await helper.selectOption("Ben Okafor");
    await preview.getByRole("button", { name: "Show preview" }).focus();
    await page.keyboard.press("Enter");
    await panel
      .getByRole("status")
      .filter({ hasText: "Preview ready: Brief to a helper for Ben Okafor." })
      .waitFor();
    const head = preview.locator(".email-head");
    await expect(head.locator("dd").nth(1).textContent()).resolves.toBe(
      "Ben Okafor <ben.okafor@example.com>",
    );
    await expect(head.locator("dd").nth(3).textContent()).resolves.toBe("Your tasks helping Maria");
    // The status line took the focus, for a screen reader to read it first.
    await expect(
      preview.locator(".preview-result > .notice").evaluate((p) => p === document.activeElement),
    ).resolves.toBe(true);

    // The email is in a sandboxed frame with no permissions at all.
    const frame = preview.locator("iframe.email-frame");
    await expect(frame.getAttribute("sandbox")).resolves.toBe("");
    const inside = preview.frameLocator("iframe.email-frame");
    await inside.getByText("Hello Ben,").waitFor();

    // The calendar file, readable in place.
    const ics = preview.locator(".attachments details");
    await ics.locator("summary").click();
    await expect(ics.locator("pre").textContent()).resolves.toMatch(/^BEGIN:VCALENDAR/);

    // The weekly check-in needs no helper: the helper field goes.
    await kind.selectOption("check-in");
    await expect(helper.isHidden()).resolves.toBe(true);
    await kind.selectOption("brief");

    // No serious accessibility problem with the preview open.
    await page.addScriptTag({ path: AXE });
    const violations = (await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run()).violations;
    })) as { id: string; impact: string | null }[];
    expect(
      violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id),
    ).toEqual([]);

    const text = (await panel.locator("body").textContent()) ?? "";
    expect(text).not.toContain("Tomas");
    expect(text).not.toContain("Father in ICU");
    expect(env.outbox.length).toBe(sentBefore);
    expect(dialogs).toEqual([]);
    await preview.screenshot({ path: screenshotPath("message-preview.png") });
    await page.close();
  });
});
