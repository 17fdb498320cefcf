import { WEEKDAY_NAMES } from "./dates";
import type { Weekday } from "./model";
import { closest, fail, ok, type Parsed } from "./schedule-text";

// Words for days of the week, as people type them: names, plurals, abbreviations (Tu, Thurs,
// Weds), single letters (M/W/F) and runs of letters (MWF, TTh, MTWTF). A letter that could be
// two days (T: Tuesday or Thursday, S: Saturday or Sunday) is read only when the cell settles
// it; otherwise the reader asks.

export const ALL_DAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
export const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5];
export const WEEKENDS: Weekday[] = [6, 7];

export const DAY_SETS: Record<string, Weekday[]> = {
  daily: ALL_DAYS,
  everyday: ALL_DAYS,
  weekday: WEEKDAYS,
  weekdays: WEEKDAYS,
  wkday: WEEKDAYS,
  wkdays: WEEKDAYS,
  wkdys: WEEKDAYS,
  weekend: WEEKENDS,
  weekends: WEEKENDS,
  wkend: WEEKENDS,
  wkends: WEEKENDS,
  wknd: WEEKENDS,
  wknds: WEEKENDS,
};

const DAY_TYPOS: Record<string, string> = {
  ...Object.fromEntries(
    WEEKDAY_NAMES.flatMap((name) => [
      [name.toLowerCase(), name],
      [name.slice(0, 3).toLowerCase(), name],
    ]),
  ),
  weekdays: "weekdays",
  weekends: "weekends",
  daily: "daily",
};

const TWO_LETTERS: Record<string, Weekday> = { mo: 1, tu: 2, we: 3, th: 4, fr: 5, sa: 6, su: 7 };

export function abbreviation(day: Weekday): string {
  return WEEKDAY_NAMES[day - 1].slice(0, 3);
}

/** Monday, Mon, Mondays, mon., Tu, Tues, Th, Thurs, Weds … (single letters: see dayLetters). */
export function dayFromWord(word: string): Weekday | undefined {
  const lower = word.toLowerCase().replace(/\.$/, "");
  if (lower === "weds") return 3;
  if (lower === "thr" || lower === "thrs") return 4;
  if (TWO_LETTERS[lower]) return TWO_LETTERS[lower];
  for (let i = 0; i < 7; i++) {
    const full = WEEKDAY_NAMES[i].toLowerCase();
    if (lower === `${full}s` || (lower.length >= 3 && full.startsWith(lower))) {
      return (i + 1) as Weekday;
    }
  }
  return undefined;
}

export function notADay(word: string): string {
  if (/^\d/.test(word)) {
    return `"${word}" is not a day (write dates like 9 Dec 2026 or 2026-12-09)`;
  }
  const guess = closest(word, DAY_TYPOS);
  return guess ? `"${word}" is not a day (did you mean ${guess}?)` : `"${word}" is not a day`;
}

/** What the rest of a cell says about a lone T or S: "T/Th" names Thursday, so T is Tuesday. */
export interface LetterHints {
  days: Set<Weekday>;
}

const LETTER = /th|tu|sa|su|m|t|w|r|f|s/g;
const LETTER_DAYS: Record<string, Weekday> = { m: 1, tu: 2, w: 3, th: 4, r: 4, f: 5, sa: 6, su: 7 };

function letterTokens(word: string): string[] | undefined {
  const lower = word.toLowerCase();
  const tokens = lower.match(LETTER) ?? [];
  return tokens.join("") === lower && tokens.length > 0 ? tokens : undefined;
}

/** Every day a cell names outright, for settling its lone letters. */
export function letterHints(words: string[]): LetterHints {
  const days = new Set<Weekday>();
  for (const word of words.flatMap((w) => w.split("-"))) {
    const day = dayFromWord(word);
    if (day) days.add(day);
    for (const token of letterTokens(word) ?? []) {
      if (LETTER_DAYS[token]) days.add(LETTER_DAYS[token]);
    }
  }
  return { days };
}

/**
 * "M", "W", "MWF", "TTh", "MTWTF", "SaSu"; undefined when the word is not letters for days.
 * In a run, T is Tuesday after M or before W/Th, Thursday after W or a Tuesday; S is Saturday
 * before another S and Sunday after a Saturday.
 */
export function dayLetters(word: string, hints: LetterHints): Parsed<Weekday[]> | undefined {
  const tokens = letterTokens(word);
  if (!tokens) return undefined;
  const days: Weekday[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const prev = days[days.length - 1];
    const next = tokens[i + 1];
    if (LETTER_DAYS[token]) {
      days.push(LETTER_DAYS[token]);
    } else if (token === "t") {
      const day = letterT(prev, next, tokens.length === 1 ? hints : undefined);
      if (!day)
        return fail(`"${word}" has a T that could be Tuesday or Thursday: write Tue or Thu`);
      days.push(day);
    } else {
      const day = letterS(prev, next, tokens.length === 1 ? hints : undefined);
      if (!day)
        return fail(`"${word}" has an S that could be Saturday or Sunday: write Sat or Sun`);
      days.push(day);
    }
  }
  return ok(days);
}

function letterT(
  prev: Weekday | undefined,
  next: string | undefined,
  hints: LetterHints | undefined,
): Weekday | undefined {
  if (prev === 2 || prev === 3) return 4;
  if (prev === 1 || (prev === undefined && next && /^(w|th|r|t)$/.test(next))) return 2;
  if (hints?.days.has(4) && !hints.days.has(2)) return 2;
  if (hints?.days.has(2) && !hints.days.has(4)) return 4;
  return undefined;
}

function letterS(
  prev: Weekday | undefined,
  next: string | undefined,
  hints: LetterHints | undefined,
): Weekday | undefined {
  if (prev === 6) return 7;
  if (next === "s" || next === "su") return 6;
  if (hints?.days.has(7) && !hints.days.has(6)) return 6;
  if (hints?.days.has(6) && !hints.days.has(7)) return 7;
  return undefined;
}
