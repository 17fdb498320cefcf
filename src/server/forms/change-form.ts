import * as z from "zod";
import { CHANGE_CHOICES } from "../../core/messages/change-request";
import { coordinatorFirstName } from "../../core/messages/names";
import type { Person } from "../../core/model";
import { nameKey } from "../../core/problem";
import type { FormApi, FormAppApi } from "../../gas/gas-forms";
import { ensureTakingAnswers } from "./form-publish";
import type { MessageSession } from "../messages/session";
import { formApp, services } from "../platform/services";

// The one "Can't make it, or need to swap?" form. Every brief carries a personal link to it,
// pre-filled with a code that stands for that helper: a random code kept per helper, never their
// email, so a link that is forwarded names nobody and a guessed code finds nobody. The form asks
// no name and lists no dates: one Google Form cannot show each helper only their own dates, so
// the brief lists them beside the link and the helper types the date; only dates of their own
// are ever acted on (see change-request.ts). Its answers land on the spreadsheet (the one
// form-submit trigger files them at once when it exists) and the hourly run catches up with any
// it missed.

const FORM_KEY = "sm.change.form";
const TOKENS_KEY = "sm.change.tokens";
/** Google's limit for one property value. */
const VALUE_LIMIT = 9 * 1024;
const TOKEN_PLACEHOLDER = "SMTOKENPLACEHOLDER";
const DATE_PLACEHOLDER = "SMDATEPLACEHOLDER";

export const CHANGE_QUESTIONS = {
  code: "Your code",
  what: "What would you like to tell us?",
  dates: "Which date or dates?",
  note: "Anything else the coordinator should know?",
} as const;

const Config = z.object({
  formId: z.string().min(1),
  items: z.object({ code: z.number(), what: z.number(), dates: z.number(), note: z.number() }),
  /** Pre-filled links with placeholders, made once: a link per helper costs no call. */
  link: z.string(),
  stepInLink: z.string(),
});
export type ChangeFormConfig = z.infer<typeof Config>;

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

function createChangeForm(session: MessageSession, app: FormAppApi): ChangeFormConfig {
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
    .addTextItem()
    .setTitle(CHANGE_QUESTIONS.code)
    .setHelpText("Filled in from the link in your brief: please leave it as it is.")
    .setRequired(true);
  const what = form
    .addMultipleChoiceItem()
    .setTitle(CHANGE_QUESTIONS.what)
    .setChoiceValues(Object.values(CHANGE_CHOICES))
    .setRequired(true);
  const dates = form
    .addTextItem()
    .setTitle(CHANGE_QUESTIONS.dates)
    .setHelpText(
      "As your brief writes them, e.g. 9 March, or 2027-03-09. If you need to stop: the first date you can't do (blank means from now).",
    )
    .setRequired(false);
  const note = form.addParagraphTextItem().setTitle(CHANGE_QUESTIONS.note).setRequired(false);
  // Forms made since Google's 2026 change start unpublished: its link is in every brief.
  ensureTakingAnswers(form);
  try {
    form.setDestination(app.DestinationType.SPREADSHEET, session.read.spreadsheet.getId());
  } catch {
    // Without a destination the hourly run still reads every answer from the form.
  }
  const link = form
    .createResponse()
    .withItemResponse(code.createResponse(TOKEN_PLACEHOLDER))
    .toPrefilledUrl();
  const stepInLink = form
    .createResponse()
    .withItemResponse(code.createResponse(TOKEN_PLACEHOLDER))
    .withItemResponse(what.createResponse(CHANGE_CHOICES.stepIn))
    .withItemResponse(dates.createResponse(DATE_PLACEHOLDER))
    .toPrefilledUrl();
  const config: ChangeFormConfig = {
    formId: form.getId(),
    items: { code: code.getId(), what: what.getId(), dates: dates.getId(), note: note.getId() },
    link,
    stepInLink,
  };
  session.props.setProperty(FORM_KEY, JSON.stringify(config));
  return config;
}

/** Looked up once per run: opening a form is a call to Google each time. */
const checked = new WeakMap<MessageSession, ChangeFormConfig>();

/** The form's config, making the form the first time a brief needs it. */
export function changeFormConfig(
  session: MessageSession,
  create: boolean,
): ChangeFormConfig | undefined {
  const known = checked.get(session);
  if (known) return known;
  const config = readChangeFormConfig(session);
  if (config && openChangeForm(config)) {
    checked.set(session, config);
    return config;
  }
  const app = forms();
  if (!create || !app) return undefined;
  const made = createChangeForm(session, app);
  checked.set(session, made);
  return made;
}

function readTokens(session: MessageSession): Record<string, string> {
  const raw = session.props.getProperty(TOKENS_KEY);
  if (!raw) return {};
  try {
    const v = JSON.parse(raw) as unknown;
    return v && typeof v === "object" ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** The helper's code, made the first time they get a link. */
export function helperToken(session: MessageSession, person: Person): string | undefined {
  const tokens = readTokens(session);
  const key = nameKey(person.name);
  if (tokens[key]) return tokens[key];
  const token = services().utilities.getUuid().replace(/-/g, "");
  const next = JSON.stringify({ ...tokens, [key]: token });
  // About 55 bytes a helper: some 160 helpers fit in one property.
  if (next.length > VALUE_LIMIT) return undefined;
  session.props.setProperty(TOKENS_KEY, next);
  return token;
}

/** Code → helper (name key). */
export function helpersByToken(session: MessageSession): Map<string, string> {
  return new Map(Object.entries(readTokens(session)).map(([k, t]) => [t, k]));
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
  fill: (config: ChangeFormConfig, token: string) => string,
): string | undefined {
  if (session.preview) {
    const config = changeFormConfig(session, false);
    const token = config && readTokens(session)[nameKey(person.name)];
    if (config && token) return fill(config, token);
    return forms() ? LINK_MADE_WHEN_SENT : undefined;
  }
  const config = changeFormConfig(session, true);
  const token = config && helperToken(session, person);
  return config && token ? fill(config, token) : undefined;
}

/** The helper's personal link, or undefined when FormApp is not available. */
export function changeLinkFor(session: MessageSession, person: Person): string | undefined {
  return linkWithToken(session, person, (config, token) =>
    config.link.replace(TOKEN_PLACEHOLDER, token),
  );
}

/** The link a backup follows to say yes to one date. */
export function stepInLinkFor(
  session: MessageSession,
  person: Person,
  dates: string,
): string | undefined {
  return linkWithToken(session, person, (config, token) =>
    config.stepInLink
      .replace(TOKEN_PLACEHOLDER, token)
      .replace(DATE_PLACEHOLDER, encodeURIComponent(dates)),
  );
}
