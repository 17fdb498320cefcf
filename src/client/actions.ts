import type { Panel, SendBriefsResult } from "../shared/panel-types";
import { BRIEFS_CHANGED, BRIEFS_EVERYONE, CHECK_IN_NOW } from "../shared/send-questions";
import { call } from "./server";

// The panel's buttons that do one thing on the server, as a list. Features that add buttons to
// the panel (the offer form, messages to helpers …) add an entry here; the toolbar and the
// "Helpers and messages" section draw each one with the same busy state, result line and error
// message as every other action.

export interface ActionContext {
  /** The typed google.script.run (see src/shared/contract.ts). */
  call: typeof call;
  /** Reloads the map at a glance, e.g. after the action changed the sheets. */
  refresh: () => Promise<void>;
  /** What the panel shows now, if it has loaded. */
  panel: () => Panel | undefined;
  /** Redraws the panel with a change the server reported, without asking it again. */
  update: (change: (panel: Panel) => Panel) => void;
}

/** A text, or one that depends on what the panel shows ("Create" or "Refresh the offer form"). */
export type PanelText = string | ((panel: Panel | undefined) => string);

export function textOf(text: PanelText, panel: Panel | undefined): string {
  return typeof text === "string" ? text : text(panel);
}

/** Where a button goes: the toolbar at the top, or a part of "Helpers and messages". */
export type ActionPlace = "toolbar" | "offer form" | "messages";

export interface PanelAction {
  id: string;
  /** The button's text: a verb the coordinator knows ("Refresh", "Create the offer form"). */
  label: PanelText;
  kind: "action" | "secondary";
  /** Shown while it runs: "Refreshing…". */
  busy: PanelText;
  /** Heads its error message: "Could not refresh". */
  failed: PanelText;
  /** The toolbar when left out. */
  place?: ActionPlace;
  /** Whether the panel shows the button now; always when left out. */
  shown?: (panel: Panel) => boolean;
  /** Asked in the panel before anything is done; the action runs only on `yes`. */
  confirm?: { question: PanelText; yes: string };
  /** Where the keyboard focus goes when it is done (a data-focus key), if not back to it. */
  focusAfter?: string;
  /** Does the work; resolves with the sentence to show when it is done. */
  run: (context: ActionContext) => Promise<string>;
}

/** The sheets changed: reload the map, but what was done is said even if the reload fails. */
async function reloaded(context: ActionContext, message: string): Promise<string> {
  try {
    await context.refresh();
    return message;
  } catch {
    return `${message} The map could not be reloaded: press Refresh.`;
  }
}

/** The result line of a send: what was sent, then the first problems (the Log has them all). */
function briefsSaid(r: SendBriefsResult): string {
  const shown = r.errors.slice(0, 2);
  const more = r.errors.length - shown.length;
  return [r.text, ...shown, more > 0 ? `And ${more} more: see the Log sheet.` : ""]
    .filter(Boolean)
    .join(" ");
}

const hasForm = (panel: Panel | undefined) => panel?.offerForm.exists ?? false;

export const ACTIONS: PanelAction[] = [
  {
    id: "refresh",
    label: "Refresh",
    kind: "secondary",
    busy: "Refreshing…",
    failed: "Could not refresh",
    run: async ({ refresh }) => {
      await refresh();
      return "Up to date with the sheets.";
    },
  },
  {
    id: "offer-form",
    place: "offer form",
    label: (p) => (hasForm(p) ? "Refresh the offer form" : "Create the offer form"),
    kind: "action",
    busy: (p) => (hasForm(p) ? "Refreshing the offer form…" : "Creating the offer form…"),
    failed: (p) =>
      hasForm(p) ? "Could not refresh the offer form" : "Could not create the offer form",
    focusAfter: "offer-form-link",
    run: async ({ call, update }) => {
      const form = await call("offerForm");
      update((p) => ({
        ...p,
        offerForm: { exists: true, url: form.url, editUrl: form.editUrl ?? "" },
      }));
      return form.message;
    },
  },
  {
    id: "sync-offers",
    place: "offer form",
    label: "Sync offers",
    kind: "secondary",
    busy: "Syncing offers…",
    failed: "Could not sync offers",
    shown: hasForm,
    run: async (context) => {
      const synced = await context.call("syncOffers");
      return synced.responses ? reloaded(context, synced.message) : synced.message;
    },
  },
  {
    id: "briefs-changed",
    place: "messages",
    label: "Send briefs to helpers whose tasks changed",
    kind: "action",
    busy: "Sending briefs…",
    failed: "Could not send the briefs",
    confirm: { question: BRIEFS_CHANGED.question, yes: BRIEFS_CHANGED.yes },
    run: async (context) =>
      reloaded(context, briefsSaid(await context.call("sendBriefs", { onlyChanged: true }))),
  },
  {
    id: "briefs-everyone",
    place: "messages",
    label: "Send briefs to everyone",
    kind: "secondary",
    busy: "Sending briefs…",
    failed: "Could not send the briefs",
    confirm: { question: BRIEFS_EVERYONE.question, yes: BRIEFS_EVERYONE.yes },
    run: async (context) =>
      reloaded(context, briefsSaid(await context.call("sendBriefs", { onlyChanged: false }))),
  },
  {
    id: "check-in-now",
    place: "messages",
    label: "Send this week's check-in now",
    kind: "secondary",
    busy: "Sending the check-in…",
    failed: "Could not send the check-in",
    confirm: { question: CHECK_IN_NOW.question, yes: CHECK_IN_NOW.yes },
    run: async ({ call }) => (await call("sendCheckInNow")).message,
  },
  {
    id: "scheduled-messages",
    place: "messages",
    label: "Turn on scheduled messages",
    kind: "secondary",
    busy: "Turning on scheduled messages…",
    failed: "Could not turn on scheduled messages",
    shown: (p) => !p.messages.scheduled,
    focusAfter: "messages-heading",
    run: async ({ call, update }) => {
      const turned = await call("turnOnScheduledMessages");
      update((p) => ({ ...p, messages: { ...p.messages, scheduled: turned.on } }));
      return turned.message;
    },
  },
];
