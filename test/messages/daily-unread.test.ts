import { MARIA } from "../../src/examples/maria";
import { dailySummaryMessage } from "../../src/core/messages/daily";
import { readMap } from "../../src/sheets/read-map";

// The recipient's daily summary never says "all tasks covered" while a need on the sheet can't
// be read: that need might be today.

test("no 'all tasks covered' while a need can't be read", () => {
  const { settings } = readMap(MARIA).map;
  const sure = dailySummaryMessage({ settings, date: "2026-12-08", entries: [] });
  expect(sure.subject).toMatch(/all tasks covered$/);
  const unsure = dailySummaryMessage({ settings, date: "2026-12-08", entries: [], unreadNeeds: 1 });
  expect(unsure.subject).not.toMatch(/all tasks covered/);
  expect(JSON.stringify(unsure)).not.toMatch(/All tasks covered/);
});
