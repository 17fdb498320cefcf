import { longDate, weekday, WEEKDAY_NAMES } from "./dates";
import type { IsoDate, Need, TimeRule, Weekday } from "./model";
import { joinWords } from "./words";

// How a coordinator would say when a gap falls: "on weekends in the morning", "on 9 December".

export function dayPhrase(need: Need, dates: IsoDate[]): string {
  if (need.days.kind !== "weekly") {
    if (dates.length > 4) return `on ${dates.length} dates`;
    return `on ${joinWords(dates.map(longDate))}`;
  }
  const days = [...new Set(dates.map(weekday))].sort((a, b) => a - b) as Weekday[];
  const key = days.join("");
  if (key === "1234567") return "every day";
  if (key === "12345") return "on weekdays";
  if (key === "67") return "on weekends";
  return `on ${joinWords(days.map((d) => `${WEEKDAY_NAMES[d - 1]}s`))}`;
}

export function timePhrase(time: TimeRule): string {
  if (time.kind === "any") return "";
  if (time.kind === "range") return `at ${time.label}`;
  return time.label === "night" ? "at night" : `in the ${time.label}`;
}

/** "on weekends in the morning" / "on Wednesdays at 10:30-13:00" */
export function whenPhrase(need: Need, dates: IsoDate[]): string {
  return [dayPhrase(need, dates), timePhrase(need.time)].filter(Boolean).join(" ");
}

/** For Gap.when: "weekends in the morning, 12 December to 20 December". */
export function gapWhen(need: Need, dates: IsoDate[]): string {
  const first = dates[0];
  const last = dates[dates.length - 1];
  const span = first === last ? `${longDate(first)}` : `${longDate(first)} to ${longDate(last)}`;
  if (need.days.kind !== "weekly")
    return [dayPhrase(need, dates), timePhrase(need.time)].filter(Boolean).join(" ");
  return `${whenPhrase(need, dates).replace(/^on /, "")}, ${span}`;
}
