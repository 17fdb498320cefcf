import * as z from "zod";
import { CHANGE_CHOICES } from "../../core/messages/change-request";
import { coordinatorFirstName } from "../../core/messages/names";
import type { Person } from "../../core/model";
import { nameKey } from "../../core/problem";
import type { FormApi, FormAppApi } from "../../gas/gas-forms";
import { ensureTakingAnswers } from "./form-publish";
import type { MessageSession } from "../messages/session";
import { formApp, services } from "../platform/services";
import { prepareSections, sectionStepInLink } from "./change-sections";
import {
  changeRecord,
  changeRecordFailed,
  changeRecordPending,
  saveChangeRecord,
  saveChangeRecordLater,
  type ChangeRecordContext,
} from "./change-record";

// The one "Can't make it, or need to swap?" form. Every brief carries a personal link to it,
// pre-filled with a code that stands for that helper: a random code kept per helper, never their
// email, so a link that is forwarded names nobody and a guessed code finds nobody. The form asks
// no name. Its first section asks for the code (a multiple-choice question whose choices are the
// codes, each going to that helper's own section: see change-sections.ts) and what they would
// like to say; each helper's section lists only their own upcoming dates, as their brief writes
// them, to tick; the last section takes a note. Its answers land on the spreadsheet (the one
// form-submit trigger files them at once when it exists) and the hourly run catches up with any
// it missed. A form made before sections (a typed "Which date or dates?") keeps taking answers,
// and they are still read and acted on.

const FORM_KEY = "sm.change.form";
export const TOKEN_PLACEHOLDER = "SMTOKENPLACEHOLDER";
const DATE_PLACEHOLDER = "SMDATEPLACEHOLDER";

export const CHANGE_QUESTIONS = {
  code: "Your code",
  what: "What would you like to tell us?",
  dates: "Which date or dates?",
  note: "Anything else the coordinator should know?",
} as const;

const Items = z.object({
  code: z.number(),
  what: z.number(),
  note: z.number(),
  /** A form made before sections: the typed dates question. */
  dates: z.number().optional(),
  /** The page after the first, reached only if a code's navigation did not apply. */
  gate: z.number().optional(),
  /** The last section's page break: every helper's section goes there. */
  final: z.number().optional(),
});
const Ref = z.object({ formId: z.string().min(1), items: Items });
export type ChangeFormRef = z.infer<typeof Ref>;

const Config = Ref.extend({
  /** A pre-filled link with a placeholder for the code, made once: a link per helper costs no call. */
  link: z.string(),
  /** Only a form made before sections: its step-in link with placeholders. */
  stepInLink: z.string().optional(),
  /** Forms made before this one: links in older briefs still open them, and they are read. */
  previous: z.array(Ref).optional(),
});
export type ChangeFormConfig = z.infer<typeof Config>;

/** A form with a section of dates per helper (not one made before, with typed dates). */
export function hasSections(
  config: Pick<ChangeFormConfig, "items">,
): config is ChangeFormConfig & { items: { final: number; gate: number } } {
  return config.items.final !== undefined && config.items.gate !== undefined;
}

/** Every change form whose answers are read: this one, and those made before it. */
export function changeFormsToRead(config: ChangeFormConfig): ChangeFormRef[] {
  return [config, ...(config.previous ?? [])];
}

export function writeChangeFormConfig(
  session: Pick<MessageSession, "props">,
  config: ChangeFormConfig,
): void {
  session.props.setProperty(FORM_KEY, JSON.stringify(config));
}

function forms(): FormAppApi | undefined {
  try {
    const app = formApp();
    return typeof app?.create === "function" ? app : undefined;
  } catch {
    return undefined;
  }
}

export function readChangeFormConfig(
  session: Pick<MessageSession, "props">,
): ChangeFormConfig | undefined {
  const text = session.props.getProperty(FORM_KEY);
  if (!text) return undefined;
  try {
    const parsed = Config.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function openChangeForm(config: Pick<ChangeFormConfig, "formId">): FormApi | undefined {
  try {
    return forms()?.openById(config.formId);
  } catch {
    return undefined;
  }
}

function createChangeForm(
  session: MessageSession,
  app: FormAppApi,
  before: ChangeFormConfig | undefined,
): ChangeFormConfig | undefined {
  const { settings } = session.map;
  const coordinator = coordinatorFirstName(settings);
  const form = app.create("Can't make it, or need to swap?");
  form
    .setDescription(
      `Tell ${coordinator} if you can't make a date, would like to swap, or need to stop. Your answer goes to ${coordinator} only; nobody else is told who said what.`,
    )
    .setConfirmationMessage(
      `Thank you for saying so. ${coordinator} will sort it out; you'll hear back if anything changes for you.`,
    )
    .setCollectEmail(false);
  const code = form
    .addMultipleChoiceItem()
    .setTitle(CHANGE_QUESTIONS.code)
    .setHelpText("Chosen by the link in your brief: please leave it as it is.")
    .setRequired(true);
  const what = form
    .addMultipleChoiceItem()
    .setTitle(CHANGE_QUESTIONS.what)
    .setChoiceValues(Object.values(CHANGE_CHOICES))
    .setRequired(true);
  const gate = form
    .addPageBreakItem()
    .setTitle("Your dates")
    .setHelpText(
      `Your dates did not open from your link. Please say which dates in the note on the next page, as your brief writes them, or reply to your brief.`,
    );
  const final = form
    .addPageBreakItem()
    .setTitle("Anything else?")
    .setHelpText(`If you need to stop helping, ${coordinator} will take it from here.`);
  const note = form.addParagraphTextItem().setTitle(CHANGE_QUESTIONS.note).setRequired(false);
  // Forms made since Google's 2026 change start unpublished: its link is in every brief.
  ensureTakingAnswers(form);
  try {
    form.setDestination(app.DestinationType.SPREADSHEET, session.read.spreadsheet.getId());
  } catch {
    // Without a destination the hourly run still reads every answer from the form.
  }
  const previous = before
    ? [...(before.previous ?? []), { formId: before.formId, items: before.items }]
    : [];
  const config: ChangeFormConfig = {
    formId: form.getId(),
    items: {
      code: code.getId(),
      what: what.getId(),
      note: note.getId(),
      gate: gate.getId(),
      final: final.getId(),
    },
    // Made once the first code is a choice (a multiple-choice answer must be one of its choices).
    link: "",
    ...(previous.length ? { previous } : {}),
  };
  writeChangeFormConfig(session, config);
  return config;
}

/** Looked up once per run: opening a form is a call to Google each time. */
const checked = new WeakMap<MessageSession, ChangeFormConfig>();

/**
 * The form's config, making the form the first time a brief needs it (and again, with sections,
 * where the one made before had none: that one keeps taking answers from older links).
 */
export function changeFormConfig(
  session: MessageSession,
  create: boolean,
): ChangeFormConfig | undefined {
  const known = checked.get(session);
  if (known) return known;
  const config = readChangeFormConfig(session);
  const open = config && openChangeForm(config) ? config : undefined;
  if (open && (hasSections(open) || !create)) {
    checked.set(session, open);
    return open;
  }
  const app = forms();
  if (!create || !app) return undefined;
  const made = createChangeForm(session, app, open ?? config);
  if (made) checked.set(session, made);
  return made;
}

/** Helper (name key) → code, from the hidden Change form record (read once in a run). */
export function readTokens(ctx: ChangeRecordContext): Record<string, string> {
  return changeRecord(ctx).tokens;
}

/** The helper's code, made the first time they get a link. */
export function helperToken(session: MessageSession, person: Person): string | undefined {
  const key = nameKey(person.name);
  const known = readTokens(session)[key];
  if (known) return known;
  ensureTokens(session, [person]);
  return readTokens(session)[key];
}

/**
 * Codes for all these helpers at once: one write, however many are new (left to the run's next
 * save with `later`, then kept by keepTokens). Returns the helpers given a code.
 */
export function ensureTokens(
  session: MessageSession,
  people: readonly Person[],
  later = false,
): string[] {
  // A code that cannot be kept this run is not made: its link would name nobody.
  if (changeRecordFailed(session)) return [];
  const tokens = readTokens(session);
  const added: string[] = [];
  for (const person of people) {
    const key = nameKey(person.name);
    if (tokens[key]) continue;
    tokens[key] = services().utilities.getUuid().replace(/-/g, "");
    added.push(key);
  }
  if (!added.length) return added;
  if (later) saveChangeRecordLater(session);
  else keepTokens(session, added);
  return added;
}

/**
 * Saves new codes if no save has since. A code that could not be kept is taken back (a link with
 * it would name nobody): those briefs go without the link, and the Log says why.
 */
export function keepTokens(session: MessageSession, added: readonly string[]): void {
  if (!added.length || !changeRecordPending(session)) return;
  try {
    saveChangeRecord(session);
  } catch (e) {
    const tokens = readTokens(session);
    for (const key of added) delete tokens[key];
    session.notes.push(
      `The "Can't make it" form's codes could not be kept, so ${added.length} brief${added.length === 1 ? "" : "s"} go without the personal link: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

/** Code → helper (name key). */
export function helpersByToken(ctx: ChangeRecordContext): Map<string, string> {
  return new Map(Object.entries(readTokens(ctx)).map(([k, t]) => [t, k]));
}

/** Stands in the preview for a link that sending would make (the form, or the helper's code). */
export const LINK_MADE_WHEN_SENT = "[link made when this is sent]";

/**
 * A link with the helper's code: made (form and code) when sending; in the panel's preview only
 * read, with a stand-in when sending would have to make it.
 */
function linkWithToken(
  session: MessageSession,
  person: Person,
  fill: (config: ChangeFormConfig, token: string) => string | undefined,
): string | undefined {
  if (session.preview) {
    const config = changeFormConfig(session, false);
    const token = config && readTokens(session)[nameKey(person.name)];
    if (config && token) return fill(config, token);
    return forms() ? LINK_MADE_WHEN_SENT : undefined;
  }
  const config = changeFormConfig(session, true);
  // Every helper's code is made with the sections, in one write, before this one is asked for.
  if (config && hasSections(config)) prepareSections(session, config);
  const token = config && helperToken(session, person);
  return config && token ? fill(config, token) : undefined;
}

/** The helper's personal link, or undefined when FormApp is not available. */
export function changeLinkFor(session: MessageSession, person: Person): string | undefined {
  return linkWithToken(session, person, (config, token) => {
    if (!hasSections(config)) return config.link.replace(TOKEN_PLACEHOLDER, token);
    // A preview only reads: the form's link once made, or the stand-in.
    if (session.preview)
      return config.link ? config.link.replace(TOKEN_PLACEHOLDER, token) : LINK_MADE_WHEN_SENT;
    // Their section is made, or brought up to date, before the link goes out.
    const link = prepareSections(session, config);
    return link ? link.replace(TOKEN_PLACEHOLDER, token) : undefined;
  });
}

/** The link a backup follows to say yes to one date: "2027-03-17 (Ride to appointment)". */
export function stepInLinkFor(
  session: MessageSession,
  person: Person,
  dates: string,
): string | undefined {
  return linkWithToken(session, person, (config, token) =>
    hasSections(config)
      ? sectionStepInLink(session, config, person, token, dates)
      : config.stepInLink
          ?.replace(TOKEN_PLACEHOLDER, token)
          .replace(DATE_PLACEHOLDER, encodeURIComponent(dates)),
  );
}
