import { longDate } from "../dates";
import type { IsoDate, SupportMap } from "../model";

// Before any brief or check-in goes out, the guide asks for: the person's consent, an end date,
// crisis resources ready, a public summary, and a coordinator who is not the person supported.
// Each item says what is missing and what to do. Only the last is a warning: it never blocks.

export type ActivationItemId =
  | "consent"
  | "end-date"
  | "crisis-resources"
  | "professional-resources"
  | "public-summary"
  | "coordinator";

export interface ActivationItem {
  id: ActivationItemId;
  label: string;
  ready: boolean;
  /** A warning never blocks activation. */
  warning: boolean;
  /** When not ready: what is missing and what to do, in the coordinator's words. */
  todo: string;
}

export interface ActivationInput {
  map: SupportMap;
  today: IsoDate;
  /** Whether the End date row holds a date the coordinator wrote (not the default). */
  endDateWritten: boolean;
}

const item = (
  id: ActivationItemId,
  label: string,
  ready: boolean,
  todo: string,
  warning = false,
): ActivationItem => ({ id, label, ready, warning, todo: ready ? "" : todo });

export function activationItems(input: ActivationInput): ActivationItem[] {
  const { settings, needs } = input.map;
  const who = settings.supportedName.trim() || "the person supported";
  const items: ActivationItem[] = [];

  const agreed = settings.supportedAgreed === true;
  items.push(
    item(
      "consent",
      `${who} agreed to this support network`,
      agreed && !!settings.agreedOn,
      agreed
        ? "Write the day they agreed in Settings › Agreed on (YYYY-MM-DD)."
        : `Ask ${who} whether they want this support network and who may be involved. When they say yes, write yes in Settings › Person supported agreed and the date in Agreed on.`,
    ),
  );

  const endReady = input.endDateWritten && settings.endDate >= input.today;
  items.push(
    item(
      "end-date",
      "An end date",
      endReady,
      input.endDateWritten
        ? `The End date (${longDate(settings.endDate)}) has passed. Write the last day of support in Settings › End date; you can extend it later.`
        : "Write the last day of support in Settings › End date (YYYY-MM-DD). The guide: an end date from the start; you can extend it later.",
    ),
  );

  items.push(
    item(
      "crisis-resources",
      "Crisis resources",
      !!settings.crisisResources?.trim(),
      'Write your local crisis lines and the emergency number in Settings › Crisis resources, e.g. "Samaritans 116 123 (free, any time); emergency 999". The guide: have them ready before the map is activated.',
    ),
  );

  const professional = needs.filter((n) => n.category === "professional" && n.status !== "done");
  if (professional.length)
    items.push(
      item(
        "professional-resources",
        "Professional resources",
        !!settings.professionalResources?.trim(),
        `${professional.length === 1 ? "A need is" : `${professional.length} needs are`} for a professional (${professional.map((n) => n.name.trim()).join(", ")}). Write where to refer them in Settings › Professional resources (a GP, a counsellor, a helpline).`,
      ),
    );

  items.push(
    item(
      "public-summary",
      "A public summary for helpers",
      !!settings.publicSummary.trim(),
      `Write one or two sentences helpers may read in Settings › Public summary, e.g. "${who === "the person supported" ? "Alex" : who} is going through a hard time and needs some practical support." It is the only text about the situation they ever see.`,
    ),
  );

  const same =
    !!settings.coordinatorEmail.trim() &&
    settings.coordinatorEmail.trim().toLowerCase() === settings.supportedEmail.trim().toLowerCase();
  items.push(
    item(
      "coordinator",
      "A coordinator who is not the person supported",
      !same,
      `The coordinator's email is ${who}'s own. You may coordinate your own support, and you can activate the map as it is; the guide suggests asking a trusted friend to coordinate, so that you can rest and someone else takes the questions. To hand it over, write their name and email in Settings › Coordinator name and Coordinator email (or name a Backup coordinator).`,
      true,
    ),
  );
  return items;
}

/** The items that keep the map from being activated. */
export function blockingItems(items: ActivationItem[]): ActivationItem[] {
  return items.filter((i) => !i.ready && !i.warning);
}
