import { WEEKDAY_NAMES } from "../../core/dates";
import type { Mode, Need, Settings } from "../../core/model";
import type { PeriodName } from "../../core/schedule";
import { HELP_TYPES } from "../../sheets/columns";

// The offer form's questions, as data: the server builds and refreshes the Google Form from
// these, and the intake reads answers by the same keys. Nothing here comes from a need's Details
// or its name: the form only ever shows the Settings' public summary and the types of help.

export type OfferQuestionKey =
  | "name"
  | "email"
  | "phone"
  | "relationship"
  | "offers"
  | "free"
  | "from"
  | "until"
  | "weeks"
  | "mode"
  | "maxTasks"
  | "maxVisits"
  | "backup"
  | "area"
  | "notes";

export type QuestionKind = "text" | "paragraph" | "checkbox" | "grid" | "choice" | "list" | "date";

export type NumberRule = { kind: "email" } | { kind: "number between"; start: number; end: number };

export interface OfferQuestion {
  key: OfferQuestionKey;
  kind: QuestionKind;
  title: string;
  help: string;
  required: boolean;
  choices?: readonly string[];
  /** Checkboxes and multiple choice: an "Other" box the respondent types into. */
  other?: boolean;
  rows?: readonly string[];
  columns?: readonly string[];
  validation?: NumberRule & { help: string };
}

/** The grid's columns, in the order of PERIOD_ORDER; the intake reads a column by its first word. */
export const FREE_COLUMNS: readonly string[] = [
  "Morning (6-12)",
  "Afternoon (12-17)",
  "Evening (17-21)",
  "Night (after 21)",
];

export function periodOfColumn(label: string): PeriodName | undefined {
  const word = label.trim().split(/[\s(]/)[0].toLowerCase();
  return word === "morning" || word === "afternoon" || word === "evening" || word === "night"
    ? word
    : undefined;
}

export const MODE_CHOICES: ReadonlyArray<{ label: string; mode: Mode }> = [
  { label: "Either is fine", mode: "either" },
  { label: "In person only", mode: "in person" },
  { label: "Remote only (phone, video, online)", mode: "remote" },
];

export const BACKUP_CHOICES = {
  yes: "Yes",
  only: "Only as a backup",
  no: "No",
} as const;

export const RELATIONSHIP_CHOICES = ["Friend", "Family", "Neighbour", "Colleague"] as const;
export const TASK_CHOICES = ["1", "2", "3", "4"] as const;

/** Weeks someone may offer for: a year at most. */
export const MAX_WEEKS = 52;
export const MAX_VISITS = 21;

type Names = Pick<Settings, "supportedName" | "coordinatorName" | "publicSummary">;

function supported(settings: Pick<Settings, "supportedName">): string {
  return settings.supportedName.trim() || "them";
}

function coordinator(settings: Pick<Settings, "coordinatorName">): string {
  return settings.coordinatorName.trim() || "The coordinator";
}

export function offerFormTitle(settings: Pick<Settings, "supportedName">): string {
  const name = settings.supportedName.trim();
  return name ? `Helping ${name}: what can you offer?` : "What can you offer?";
}

/** The public summary and how the form works; never a need's Details. */
export function offerFormDescription(settings: Names): string {
  const intro = settings.publicSummary.trim();
  const how =
    `Tell us what you could help with and when. ${coordinator(settings)} puts the offers ` +
    "together and lets you know what you are asked to do. Only the coordinator sees your answers.";
  return intro ? `${intro}\n\n${how}` : how;
}

export function offerFormConfirmation(settings: Pick<Settings, "coordinatorName">): string {
  return (
    `Thank you! ${coordinator(settings)} will be in touch. ` +
    "If something changes, use the link below to edit your answers."
  );
}

/**
 * The types of help to tick: the Needs' types first (not done ones, nor professional ones, which
 * go to a professional), then the usual ones. Compared without case, kept as first written.
 */
export function offerChoices(
  needs: readonly Pick<Need, "type" | "status" | "category">[],
): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (type: string) => {
    const t = type.trim().replace(/\s+/g, " ");
    if (!t || seen.has(t.toLowerCase())) return;
    seen.add(t.toLowerCase());
    out.push(t);
  };
  for (const n of needs) if (n.status !== "done" && n.category !== "professional") add(n.type);
  for (const t of HELP_TYPES) add(t);
  return out;
}

/** Every question, in the form's order. */
export function offerQuestions(
  settings: Pick<Settings, "supportedName">,
  choices: readonly string[],
): OfferQuestion[] {
  const who = supported(settings);
  return [
    { key: "name", kind: "text", title: "Your name", help: "", required: true },
    {
      key: "email",
      kind: "text",
      title: "Your email",
      help: "Where the coordinator writes to you about what you signed up for.",
      required: true,
      validation: { kind: "email", help: "Write an email address, like name@example.com." },
    },
    {
      key: "phone",
      kind: "text",
      title: "Your phone number",
      help: "If you like. Only the coordinator sees it.",
      required: false,
    },
    {
      key: "relationship",
      kind: "choice",
      title: `How do you know ${who}?`,
      help: "",
      required: false,
      choices: RELATIONSHIP_CHOICES,
      other: true,
    },
    {
      key: "offers",
      kind: "checkbox",
      title: "What can you offer?",
      help: "Tick everything you could do. Anything else: write it under Other.",
      required: true,
      choices,
      other: true,
    },
    {
      key: "free",
      kind: "grid",
      title: "When are you usually free?",
      help: "Tick every part of the day you could help on each day. Leave a day empty if you can't.",
      required: false,
      rows: WEEKDAY_NAMES,
      columns: FREE_COLUMNS,
    },
    {
      key: "from",
      kind: "date",
      title: "From",
      help: "The first day you could help. Leave it empty if you can start now.",
      required: false,
    },
    {
      key: "until",
      kind: "date",
      title: "Until",
      help: "The last day you could help. Or leave it empty and answer the next question.",
      required: false,
    },
    {
      key: "weeks",
      kind: "text",
      title: "Or: for how many weeks?",
      help: "A number of weeks, for example 3.",
      required: false,
      validation: {
        kind: "number between",
        start: 1,
        end: MAX_WEEKS,
        help: `A number of weeks from 1 to ${MAX_WEEKS}.`,
      },
    },
    {
      key: "mode",
      kind: "choice",
      title: "In person or remote?",
      help: "",
      required: false,
      choices: MODE_CHOICES.map((m) => m.label),
    },
    {
      key: "maxTasks",
      kind: "list",
      title: "How many different tasks could you keep up?",
      help: "Most people can sustain one or two for several weeks.",
      required: false,
      choices: TASK_CHOICES,
    },
    {
      key: "maxVisits",
      kind: "text",
      title: "How many times a week could you help, at most?",
      help: "A number, for example 2.",
      required: false,
      validation: {
        kind: "number between",
        start: 1,
        end: MAX_VISITS,
        help: `A number from 1 to ${MAX_VISITS}.`,
      },
    },
    {
      key: "backup",
      kind: "choice",
      title: "Would you be a backup, stepping in when someone else can't?",
      help: "",
      required: false,
      choices: Object.values(BACKUP_CHOICES),
    },
    {
      key: "area",
      kind: "text",
      title: "Where do you live, roughly?",
      help: `An area, or how far you are from ${who}: it helps plan visits.`,
      required: false,
    },
    {
      key: "notes",
      kind: "paragraph",
      title: "Anything else we should know?",
      help: "",
      required: false,
    },
  ];
}

export const OFFER_QUESTION_KEYS: readonly OfferQuestionKey[] = offerQuestions(
  { supportedName: "" },
  [],
).map((q) => q.key);
