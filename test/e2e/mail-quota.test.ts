import {
  describeInBrowser,
  endSession,
  openPlayground,
  screenshotPath,
  startSession,
  type Session,
} from "./browser";

// The panel's mail quota, in the playground: once scheduled messages are on, the emails a day
// the map needs against what is left today, a warning when that is short, and the send order.

describeInBrowser("the mail quota in the panel", () => {
  let session: Session | undefined;

  beforeAll(async () => {
    session = await startSession();
  });

  afterAll(async () => {
    await endSession(session);
  });

  test("shows the need against the quota, and warns when it is short", async () => {
    if (!session) throw new Error("The playground did not start.");
    const { page, panel } = await openPlayground(session);
    const section = panel.locator("#helpers");
    await panel.getByRole("link", { name: "Helpers and messages" }).click();
    await expect(section.locator("[data-quota]").count()).resolves.toBe(0);
    await section.getByRole("button", { name: "Turn on scheduled messages" }).click();
    const quota = section.locator("[data-quota]");
    await quota.waitFor();
    await quota.getByText("Emails a day this map needs").waitFor();
    await quota.getByText("Left today").waitFor();
    await expect(quota.getByRole("alert").count()).resolves.toBe(0);
    await quota.getByText(/100 for a personal Gmail account, 1,500 for Google Workspace/).waitFor();

    session.playground.env().mail.quota = 1;
    await panel.getByRole("button", { name: "Refresh" }).first().click();
    const warning = section.locator("[data-quota]").getByRole("alert");
    await warning.waitFor();
    await expect(warning.textContent()).resolves.toMatch(
      /^Not enough left today\. The busiest day needs \d+ emails; 1 can still be sent today\./,
    );
    const order = section.locator("[data-quota] details.send-order");
    await expect(order.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(order.locator("li").count()).resolves.toBe(12);
    await section
      .locator("[data-quota]")
      .screenshot({ path: screenshotPath("mail-quota-short.png") });
    await page.close();
  });
});
