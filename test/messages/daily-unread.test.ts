import { MARIA } from "../../src/examples/maria";
import { dailySummaryMessage } from "../../src/core/messages/daily";
import { readMap } from "../../src/sheets/read-map";

// The person supported's daily summary never says "all visits covered" while a need on the sheet can't
// be read: that need might be today.

test("no 'all visits covered' while a need can't be read", () => {
  const { settings } = readMap(MARIA, { today: "2026-12-07" }).map;
  const sure = dailySummaryMessage({ settings, date: "2026-12-08", entries: [] });
  expect(sure.subject).toMatch(/all visits covered$/);
  const unsure = dailySummaryMessage({ settings, date: "2026-12-08", entries: [], unreadNeeds: 1 });
  expect(unsure.subject).not.toMatch(/all visits covered/);
  expect(JSON.stringify(unsure)).not.toMatch(/All visits covered/);
});
