import type { Panel, SendBriefsResult } from "../shared/panel-types";
import {
  TELL_WHAT_CHANGED,
  TELL_WHAT_CHANGED_BUTTON,
  BRIEFS_EVERYONE_BUTTON,
  BRIEFS_EVERYONE,
  CHECK_IN_NOW,
} from "../shared/send-questions";
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
  /** Shows the Plan section's preview of what a new plan would change. */
  previewPlan?: () => Promise<void>;
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

const prepared = (panel: Panel | undefined) => panel?.mapState === "prepared";

/** The End date two weeks later, YYYY-MM-DD (dates as UTC days, so no clock change moves them). */
export function twoWeeksAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 14);
  return d.toISOString().slice(0, 10);
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
    label: (p) => {
      const n = p?.messages.briefsOutOfDate ?? 0;
      return n ? `${TELL_WHAT_CHANGED_BUTTON} (${n})` : TELL_WHAT_CHANGED_BUTTON;
    },
    kind: "action",
    busy: "Telling helpers what changed…",
    failed: "Could not tell helpers what changed",
    confirm: { question: TELL_WHAT_CHANGED.question, yes: TELL_WHAT_CHANGED.yes },
    run: async (context) =>
      reloaded(context, briefsSaid(await context.call("sendBriefs", { onlyChanged: true }))),
  },
  {
    id: "briefs-everyone",
    place: "messages",
    label: BRIEFS_EVERYONE_BUTTON,
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
    run: async (context) => {
      const turned = await context.call("turnOnScheduledMessages");
      context.update((p) => ({ ...p, messages: { ...p.messages, scheduled: turned.on } }));
      // Reloaded so the panel shows the emails a day the map needs against the quota.
      return turned.on ? reloaded(context, turned.message) : turned.message;
    },
  },
  {
    id: "activate-map",
    label: "Activate the map",
    kind: "action",
    busy: "Checking the map…",
    failed: "Could not activate the map",
    shown: prepared,
    run: async (context) => {
      const activation = await context.call("activateMap");
      return activation.state === "active"
        ? reloaded(context, activation.message)
        : activation.message;
    },
  },
  {
    id: "extend-map",
    place: "messages",
    label: "Extend the map by two weeks",
    kind: "secondary",
    busy: "Extending the map…",
    failed: "Could not extend the map",
    shown: (p) => p.mapState !== "closed" && !!p.endDate,
    confirm: {
      question: (p) =>
        `Move the End date two weeks later, to ${p?.endDate ? twoWeeksAfter(p.endDate) : "two weeks later"}? The map is planned again, and only helpers whose tasks change get a new brief. For another date, change End date in Settings.`,
      yes: "Extend the map",
    },
    run: async (context) => {
      const end = context.panel()?.endDate;
      if (!end) return "The panel does not know the End date yet: press Refresh.";
      return reloaded(
        context,
        (await context.call("extendMap", { endDate: twoWeeksAfter(end) })).message,
      );
    },
  },
  {
    id: "close-map",
    place: "messages",
    label: "Close the map",
    kind: "secondary",
    busy: "Closing the map…",
    failed: "Could not close the map",
    shown: (p) => p.mapState === "active",
    confirm: {
      question:
        "Close the map now? The forms stop accepting answers, scheduled messages stop, and a thank-you for each helper is drafted on the Thank-yous sheet for you to edit. To extend it instead, write a later End date in Settings, plan again and tell helpers what changed.",
      yes: "Close the map",
    },
    run: async (context) => reloaded(context, (await context.call("closeMap")).message),
  },
  {
    id: "send-thanks",
    place: "messages",
    label: "Send the thank-yous",
    kind: "action",
    busy: "Sending the thank-yous…",
    failed: "Could not send the thank-yous",
    shown: (p) => p.mapState === "closed",
    confirm: {
      question:
        "Send each thank-you on the Thank-yous sheet that has not been sent yet, as you edited it?",
      yes: "Send the thank-yous",
    },
    run: async ({ call }) => (await call("sendThanks")).message,
  },
  {
    id: "clear-details",
    place: "messages",
    label: "Clear every need's Details",
    kind: "secondary",
    busy: "Clearing Details…",
    failed: "Could not clear the Details",
    shown: (p) => p.mapState === "closed",
    confirm: {
      question:
        "Empty the Details column of every need? The private notes are gone for good (the sheet's version history still has them).",
      yes: "Clear the Details",
    },
    run: async ({ call }) => (await call("clearDetails", { confirm: true })).message,
  },
];
