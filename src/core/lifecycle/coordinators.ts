import { addDays } from "../dates";
import type { DateRange, IsoDate, Settings } from "../model";

// Who coordinates on a date: the main coordinator, except on the dates in Coordinator away,
// when the backup coordinator is the contact. Helpers and the person supported are told whoever
// coordinates on the day a message goes out.

const RANGE = /^(\d{4}-\d{2}-\d{2})(?:\s*(?:to|until|-|–|—)\s*(\d{4}-\d{2}-\d{2}))?$/i;

/** "2027-01-04 to 2027-01-10, 2027-02-01" as ranges, or the part that could not be read. */
export function parseDateRanges(
  text: string,
): { ok: true; value: DateRange[] } | { ok: false; error: string } {
  const value: DateRange[] = [];
  for (const part of text.split(/[,;\n]+/)) {
    const t = part.trim();
    if (!t) continue;
    const m = RANGE.exec(t);
    if (!m || !validDate(m[1]) || (m[2] && !validDate(m[2])))
      return {
        ok: false,
        error: `"${t}" is not a date or a range of dates. Write ranges like 2027-01-04 to 2027-01-10, separated by commas.`,
      };
    const until = m[2] ?? m[1];
    if (until < m[1])
      return { ok: false, error: `"${t}" ends before it starts. Write the earlier date first.` };
    value.push({ from: m[1], until });
  }
  return { ok: true, value: value.sort((a, b) => (a.from < b.from ? -1 : 1)) };
}

function validDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

export interface Coordinator {
  name: string;
  email: string;
  /** true when this is the backup coordinator standing in. */
  standIn: boolean;
}

/** Whether the main coordinator is away on this date and someone is named to stand in. */
export function backupCoordinates(settings: Settings, date: IsoDate): boolean {
  const named =
    !!settings.backupCoordinatorName?.trim() || !!settings.backupCoordinatorEmail?.trim();
  return named && (settings.coordinatorAway ?? []).some((r) => r.from <= date && date <= r.until);
}

/** Whoever coordinates on this date. */
export function coordinatorOn(settings: Settings, date: IsoDate): Coordinator {
  if (backupCoordinates(settings, date))
    return {
      name: settings.backupCoordinatorName?.trim() ?? "",
      email: settings.backupCoordinatorEmail?.trim() ?? "",
      standIn: true,
    };
  return {
    name: settings.coordinatorName.trim(),
    email: settings.coordinatorEmail.trim(),
    standIn: false,
  };
}

/**
 * The settings as a message sent on this date should speak: the one who coordinates that day in
 * the coordinator's place, so every existing message names them without knowing about rotation.
 */
export function settingsOn(settings: Settings, date: IsoDate): Settings {
  if (!backupCoordinates(settings, date)) return settings;
  const c = coordinatorOn(settings, date);
  return {
    ...settings,
    coordinatorName: c.name || settings.coordinatorName,
    coordinatorEmail: c.email || settings.coordinatorEmail,
  };
}

/** Handovers: each date the coordinator changes, with who comes in, within the map's dates. */
export function handovers(settings: Settings): { date: IsoDate; to: Coordinator }[] {
  const out: { date: IsoDate; to: Coordinator }[] = [];
  if (!settings.backupCoordinatorName?.trim() && !settings.backupCoordinatorEmail?.trim())
    return out;
  for (const r of settings.coordinatorAway ?? []) {
    if (r.from >= settings.startDate && r.from <= settings.endDate)
      out.push({ date: r.from, to: coordinatorOn(settings, r.from) });
    const back = addDays(r.until, 1);
    if (
      back >= settings.startDate &&
      back <= settings.endDate &&
      !backupCoordinates(settings, back)
    )
      out.push({ date: back, to: coordinatorOn(settings, back) });
  }
  return out;
}
