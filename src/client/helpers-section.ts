import type { Panel } from "../shared/panel-types";
import { mailQuotaBlock } from "./mail-quota";
import { ACTIONS, textOf, type ActionContext, type ActionPlace, type PanelAction } from "./actions";
import { CheckInsList } from "./check-ins";
import { MessagePreviewSection } from "./message-preview";
import { PastVisitsList } from "./past-visits";
import { el, fill, uid, type Child } from "./dom";
import { actionButton, run, say } from "./feedback";

// "Helpers and messages": the offer form and its link, briefs to helpers, the weekly check-in
// and scheduled messages, then the person supported's check-in answers. The buttons are ACTIONS entries;
// the ones that email people ask first, in the panel itself (a frame in Google Sheets may not
// show the browser's own confirm box).

/** Only an https link becomes one: anything else stays text. */
function safeHref(url: string): string | undefined {
  try {
    return new URL(url).protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}

function link(url: string, text: string, focusKey?: string): HTMLAnchorElement {
  const a = el("a", { className: "share-link" });
  a.textContent = text;
  const href = safeHref(url);
  if (href) {
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
  }
  if (focusKey) a.dataset.focus = focusKey;
  return a;
}

/** Copies the link, or selects it for Ctrl+C where the frame may not use the clipboard. */
function copyButton(anchor: HTMLAnchorElement): HTMLButtonElement {
  return el(
    "button",
    {
      className: "secondary small",
      attrs: { type: "button", "data-focus": "offer-form-copy" },
      on: {
        click: () => {
          const text = anchor.textContent ?? "";
          const select = () => {
            const range = document.createRange();
            range.selectNodeContents(anchor);
            const selection = window.getSelection();
            selection?.removeAllRanges();
            selection?.addRange(range);
            say("The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.");
          };
          if (!navigator.clipboard) return select();
          navigator.clipboard.writeText(text).then(() => say("Link copied."), select);
        },
      },
    },
    "Copy link",
  );
}

export class HelpersSection {
  private readonly top = el("div");
  private readonly confirmArea = el("div", { className: "confirm-area" });
  private readonly checkIns: CheckInsList;
  private readonly preview: MessagePreviewSection;
  private readonly pastVisits: PastVisitsList;
  private panel: Panel | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly context: ActionContext,
  ) {
    this.checkIns = new CheckInsList(context);
    this.preview = new MessagePreviewSection(context);
    this.pastVisits = new PastVisitsList(context);
  }

  mount(): void {
    fill(
      this.root,
      this.top,
      this.confirmArea,
      this.preview.element,
      el("h3", null, "Check-ins"),
      this.checkIns.element,
      el("h3", null, "Past visits"),
      this.pastVisits.element,
    );
    fill(this.top, el("p", { className: "muted" }, "Loading…"));
  }

  update(panel: Panel): void {
    this.panel = panel;
    const active = document.activeElement;
    const focused =
      active instanceof HTMLElement && this.top.contains(active) ? active.dataset.focus : undefined;
    fill(this.top, this.offerForm(panel), this.messages(panel));
    if (focused) this.focus(focused);
  }

  private focus(key: string): void {
    this.root.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`)?.focus();
  }

  private buttons(place: ActionPlace, panel: Panel): HTMLElement {
    const shown = ACTIONS.filter((a) => a.place === place && (a.shown?.(panel) ?? true));
    return el("div", { className: "buttons" }, ...shown.map((a) => this.button(a, panel)));
  }

  private button(action: PanelAction, panel: Panel): HTMLButtonElement {
    const button = actionButton(textOf(action.label, panel), action.kind, (b) => {
      fill(this.confirmArea);
      if (action.confirm) this.ask(action, action.confirm);
      else
        void this.run(action, b).then((ok) => {
          if (ok && action.focusAfter) this.focus(action.focusAfter);
        });
    });
    button.dataset.focus = action.id;
    return button;
  }

  private async run(action: PanelAction, button: HTMLButtonElement): Promise<boolean> {
    const before = this.panel;
    const done = await run({
      busy: textOf(action.busy, before),
      failed: textOf(action.failed, before),
      work: () => action.run(this.context),
      done: (text) => text,
      button,
    });
    return done !== undefined;
  }

  /** Asks before an action that emails people; Escape or Cancel leaves everything as it was. */
  private ask(action: PanelAction, confirm: NonNullable<PanelAction["confirm"]>): void {
    const questionId = uid("confirm");
    const question = el(
      "p",
      { id: questionId, attrs: { tabindex: -1 } },
      textOf(confirm.question, this.panel),
    );
    const close = (said?: string) => {
      fill(this.confirmArea);
      if (said) say(said);
      this.focus(action.id);
    };
    const yes = actionButton(confirm.yes, "action", (b) => {
      void this.run(action, b).then((ok) => {
        fill(this.confirmArea);
        this.focus(ok && action.focusAfter ? action.focusAfter : action.id);
      });
    });
    const no = el(
      "button",
      {
        className: "secondary",
        attrs: { type: "button" },
        on: { click: () => close("Nothing was sent.") },
      },
      "Cancel",
    );
    const card = el(
      "div",
      {
        className: "card confirm",
        attrs: { role: "group", "aria-labelledby": questionId },
        on: {
          keydown: (event) => {
            if (event.key === "Escape") close("Nothing was sent.");
          },
        },
      },
      question,
      el("div", { className: "buttons" }, yes, no),
    );
    fill(this.confirmArea, card);
    question.focus();
  }

  private offerForm(panel: Panel): HTMLElement {
    const form = panel.offerForm;
    let share: Child = el(
      "p",
      { className: "muted" },
      "No offer form yet. Create one to share with the people who might help: their answers become rows on People and Offers.",
    );
    if (form.exists && form.url) {
      const anchor = link(form.url, form.url, "offer-form-link");
      share = [
        el("p", null, "Share this link with the people who might help:"),
        el("p", null, anchor),
        el(
          "div",
          { className: "buttons links" },
          copyButton(anchor),
          form.editUrl ? link(form.editUrl, "Edit its questions") : null,
        ),
      ];
    }
    return el(
      "div",
      { className: "block" },
      el("h3", null, "Offer form"),
      share,
      form.problem ? el("p", { className: "notice warning" }, form.problem) : null,
      panel.intake.open
        ? el(
            "p",
            { className: "notice warning" },
            el("strong", null, `Intake issues (${panel.intake.open}): `),
            panel.intake.text,
          )
        : null,
      this.buttons("offer form", panel),
    );
  }

  private messages(panel: Panel): HTMLElement {
    const { messages } = panel;
    return el(
      "div",
      { className: "block" },
      el("h3", { attrs: { tabindex: -1, "data-focus": "messages-heading" } }, "Messages"),
      el("p", null, messages.text),
      messages.problem ? el("p", { className: "notice warning" }, messages.problem) : null,
      messages.quota ? mailQuotaBlock(messages.quota) : null,
      el(
        "p",
        { className: "muted" },
        messages.scheduled
          ? "Scheduled messages are on: the weekly check-in, the daily summary (when Settings say so) and alerts about gaps go out by themselves."
          : "Scheduled messages are off: nothing goes out by itself. Turn them on for the weekly check-in, the daily summary and alerts about gaps.",
      ),
      this.buttons("messages", panel),
    );
  }
}
