import { STEP_IN, type Settings, type SettingKey } from "../core/model";
import { cellText, DEFAULT_TIME_ZONE, isBlank, readChoice, readYesNo } from "./cells";

// The Settings rows of the reassess loop's messages (issue 13): how backups step in, and the
// day-before reminders, standby notes and weekly note. Each is left out of Settings when its row
// is blank or missing, so a map made before these rows existed reads exactly as it did: backups
// are asked, and none of the three notes is sent.

type Fail = (key: SettingKey, column: string, message: string, tz: string) => void;

/** "auto" is how the rule was read before it was a setting: it still means automatically. */
function stepInValue(value: unknown): ReturnType<typeof readChoice<(typeof STEP_IN)[number]>> {
  if (!isBlank(value) && /^auto$/i.test(cellText(value, DEFAULT_TIME_ZONE).trim()))
    return { ok: true, value: "automatically" };
  return readChoice(value, "Backups step in", STEP_IN);
}

const SWITCHES = [
  { key: "dayBeforeReminders", label: "Day-before reminders", meanwhile: "No reminders are sent" },
  {
    key: "standbyNotes",
    label: "Standby notes to backups",
    meanwhile: "No standby notes are sent",
  },
  {
    key: "coordinatorNote",
    label: "Weekly note to coordinator",
    meanwhile: "No weekly note is sent",
  },
] as const;

export function readMessageSettings(
  raw: (key: SettingKey) => unknown,
  fail: Fail,
): Partial<Settings> {
  const out: Partial<Settings> = {};
  const stepIn = stepInValue(raw("stepIn"));
  if (!stepIn.ok)
    fail(
      "stepIn",
      "Backups step in",
      `${stepIn.error} Backups are asked to step in until then.`,
      DEFAULT_TIME_ZONE,
    );
  else if (stepIn.value !== undefined) out.stepIn = stepIn.value;
  for (const s of SWITCHES) {
    const r = readYesNo(raw(s.key), s.label);
    if (!r.ok) fail(s.key, s.label, `${r.error} ${s.meanwhile} until then.`, DEFAULT_TIME_ZONE);
    else if (r.value !== undefined) out[s.key] = r.value;
  }
  return out;
}

/** The Backups step in value as the form shows it: its canonical spelling when it can be read. */
export function stepInShown(value: unknown): string | undefined {
  const r = stepInValue(value);
  return r.ok ? (r.value ?? "") : undefined;
}
