import { dayNumber, eachDate, maxDate, minDate, weekday } from "./dates";
import type { DaysRule, IsoDate, Need, Settings } from "./model";

/** The first and last day a need runs: its own dates, clipped to the map's. */
export function needSpan(need: Need, settings: Settings): { from: IsoDate; until: IsoDate } {
  const from = need.from ? maxDate(need.from, settings.startDate) : settings.startDate;
  const until = need.until ? minDate(need.until, settings.endDate) : settings.endDate;
  return { from, until };
}

/**
 * Whether a date matches a Days rule. "every N days" counts from `anchor`, the first day the
 * rule applies, so a need that starts on a Thursday waters the plants that Thursday.
 */
export function daysInclude(rule: DaysRule, date: IsoDate, anchor: IsoDate): boolean {
  if (rule.kind !== "dates" && rule.skip?.includes(date)) return false;
  switch (rule.kind) {
    case "weekly":
      return rule.weekdays.includes(weekday(date));
    case "every": {
      const diff = dayNumber(date) - dayNumber(anchor);
      return diff >= 0 && diff % rule.interval === 0;
    }
    case "dates":
      return rule.dates.includes(date);
  }
}

/** Every date on which a rule falls between two dates, both included. */
export function ruleDates(rule: DaysRule, from: IsoDate, until: IsoDate, anchor = from): IsoDate[] {
  if (from > until) return [];
  if (rule.kind === "dates") return rule.dates.filter((d) => d >= from && d <= until);
  return eachDate(from, until).filter((d) => daysInclude(rule, d, anchor));
}

/** The dates a need happens on, within the map. */
export function needDates(need: Need, settings: Settings): IsoDate[] {
  const { from, until } = needSpan(need, settings);
  return ruleDates(need.days, from, until);
}
