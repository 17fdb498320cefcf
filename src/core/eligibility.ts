import { typeMatches } from "./help-types";
import type { IsoDate, Need, Offer, Person, Settings, TimeWindow } from "./model";
import { daysInclude } from "./occurrences";

/**
 * The checks an offer goes through for one occurrence of a need, in the order a coordinator
 * would ask them. The first one that fails says why the offer does not fit.
 */
export type FitStep = "type" | "mode" | "days" | "dates" | "time" | "quiet" | "ok";

export const FIT_ORDER: FitStep[] = ["type", "mode", "days", "dates", "time", "quiet", "ok"];

/** A flexible need ("morning", "any") needs at least this much of the window free. */
export const MIN_FLEXIBLE_MINUTES = 30;

export function modeFits(offered: Offer["mode"], needed: Need["mode"]): boolean {
  return offered === "either" || needed === "either" || offered === needed;
}

/** Whether the person supported's quiet times apply: they only keep visitors away. */
export function quietApplies(need: Need, offer: Offer): boolean {
  return need.mode === "in person" || (need.mode === "either" && offer.mode === "in person");
}

function intersect(a: TimeWindow, b: TimeWindow): TimeWindow | undefined {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return end > start ? { start, end } : undefined;
}

const DAY = 24 * 60;

/**
 * Parts of a window left once the quiet times are taken out. A window that crosses midnight
 * (its end past 24:00) meets the next morning's quiet times too.
 */
export function outsideQuiet(window: TimeWindow, quiet: TimeWindow[]): TimeWindow[] {
  const nextMorning = quiet.map((q) => ({ start: q.start + DAY, end: q.end + DAY }));
  let parts = [window];
  for (const q of window.end > DAY ? [...quiet, ...nextMorning] : quiet) {
    parts = parts.flatMap((p) => {
      if (q.end <= p.start || q.start >= p.end) return [p];
      const out: TimeWindow[] = [];
      if (q.start > p.start) out.push({ start: p.start, end: q.start });
      if (q.end < p.end) out.push({ start: q.end, end: p.end });
      return out;
    });
  }
  return parts;
}

/**
 * When during the day the task can happen with this offer, or why it cannot. A need with an
 * exact time ("10:30-13:00") needs the whole window; "morning" or "any" only needs enough of it.
 * Windows that cross midnight run past 24:00 from their first day, so an overnight need
 * ("22:00-06:00") is covered only by an offer that also runs into the night from that day
 * ("21:00-07:00", "overnight"); "any time" is read as within the day.
 */
export function timeFit(
  need: Need,
  offer: Offer,
  quiet: TimeWindow[],
): { step: "time" | "quiet" } | { step: "ok"; window: TimeWindow } {
  const wanted = { start: need.time.start, end: need.time.end };
  const offered = { start: offer.time.start, end: offer.time.end };
  const exact = need.time.kind === "range";
  const common = intersect(wanted, offered);
  if (!common) return { step: "time" };
  if (exact && (common.start > wanted.start || common.end < wanted.end)) return { step: "time" };
  if (
    !exact &&
    common.end - common.start < Math.min(MIN_FLEXIBLE_MINUTES, wanted.end - wanted.start)
  )
    return { step: "time" };
  const parts = quietApplies(need, offer) ? outsideQuiet(common, quiet) : [common];
  const longest = parts.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)[0];
  if (!longest) return { step: "quiet" };
  if (exact && (longest.start > wanted.start || longest.end < wanted.end)) return { step: "quiet" };
  if (
    !exact &&
    longest.end - longest.start < Math.min(MIN_FLEXIBLE_MINUTES, wanted.end - wanted.start)
  )
    return { step: "quiet" };
  return { step: "ok", window: longest };
}

/** The checks that do not depend on the date: type, mode, time and quiet time. */
export function staticFit(need: Need, offer: Offer, settings: Settings): FitStep {
  if (!typeMatches(offer.type, need.type)) return "type";
  if (!modeFits(offer.mode, need.mode)) return "mode";
  return timeFit(need, offer, settings.quietTimes).step;
}

/** The checks that depend on the date: the offer's days and its from/until dates. */
export function dateFit(offer: Offer, date: IsoDate, mapStart: IsoDate): "days" | "dates" | "ok" {
  if (!daysInclude(offer.days, date, offer.from ?? mapStart)) return "days";
  if ((offer.from && date < offer.from) || (offer.until && date > offer.until)) return "dates";
  return "ok";
}

/** The full chain for one offer and one date: the first step that fails, or "ok". */
export function offerFit(need: Need, offer: Offer, date: IsoDate, settings: Settings): FitStep {
  const s = staticFit(need, offer, settings);
  if (s === "type" || s === "mode") return s;
  const d = dateFit(offer, date, settings.startDate);
  if (d !== "ok") return d;
  return s;
}

/** Whether the person may be asked at all on that date (not paused, dropped or excluded). */
export function mayAsk(person: Person, date: IsoDate): boolean {
  const s = person.status;
  switch (s.kind) {
    case "active":
      return true;
    case "paused":
      return !((!s.from || date >= s.from) && (!s.until || date <= s.until));
    case "dropped":
    case "do not involve":
      return false;
  }
}
