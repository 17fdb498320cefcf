import type { SettingKey } from "../shared/panel-types";

// The Settings form in parts: the rows every map needs stay open; the rest, added as the map
// grew (activation, crisis lines, handover, backups, which emails go), are folded under a title
// in the coordinator's words, so a tired coordinator meets twelve fields, not twenty-six.
// A key in no group (a row added later) stays in the open part rather than disappear.

export interface SettingsGroup {
  title: string;
  keys: readonly SettingKey[];
}

export const SETTINGS_GROUPS: readonly SettingsGroup[] = [
  {
    title: "Emails and reminders",
    keys: ["dailySummary", "dayBeforeReminders", "standbyNotes", "coordinatorNote"],
  },
  { title: "Backups", keys: ["stepIn", "maxStandbyDays"] },
  {
    title: "When you are away",
    keys: ["backupCoordinatorName", "backupCoordinatorEmail", "coordinatorAway"],
  },
  {
    title: "Crisis lines and professional help",
    keys: ["crisisResources", "professionalResources"],
  },
  { title: "Agreement and the map's state", keys: ["supportedAgreed", "agreedOn", "mapState"] },
];

export function groupOf(key: SettingKey): SettingsGroup | undefined {
  return SETTINGS_GROUPS.find((g) => g.keys.includes(key));
}
