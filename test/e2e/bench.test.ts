import { measureBrowser } from "../../bench/browser";
import { describeInBrowser } from "./browser";

// bench/browser.ts, kept working: npm run bench times the panel with 200 helpers; here a
// smaller map checks that it measures something (never how fast: machines are noisy).

describeInBrowser("the panel benchmark", () => {
  test("measures the first render and a preview", async () => {
    const measured = await measureBrowser({ helpers: 30, seed: 2 });
    expect(measured.helpers).toBe(30);
    for (const ms of [measured.firstRenderMs, measured.previewMs]) {
      expect(Number.isFinite(ms)).toBe(true);
      expect(ms).toBeGreaterThan(0);
    }
  });
});
