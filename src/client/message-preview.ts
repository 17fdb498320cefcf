import {
  MESSAGE_KINDS,
  type MessageKind,
  type MessagePreview,
  type PreviewedMail,
} from "../shared/panel-types";
import type { ActionContext } from "./actions";
import { el, fill, uid } from "./dom";
import { actionButton, run } from "./feedback";

// "Preview a message": any message exactly as it would be sent (To, Subject, the email itself,
// its attachments), and when it goes or why not. Collapsed until opened, and only then asked of
// the server. The email's HTML is shown only inside a sandboxed frame (no scripts, no access to
// the panel), given as srcdoc: it is never parsed into the panel itself. The plain text and the
// calendar file scroll, so they take the keyboard's focus too.

const KIND_LABELS: Record<MessageKind, string> = {
  brief: "Brief to a helper",
  change: "What changed, to a helper",
  reminder: "Day-before reminder",
  standby: "Standby note to a backup",
  "step-in": "“Can you take it?” to a backup",
  "check-in": "Weekly check-in",
  daily: "Daily summary",
  alert: "Alert about a gap",
  "coordinator-note": "Weekly note to the coordinator",
};

const ABOUT_A_HELPER = new Set<MessageKind>(["brief", "change", "reminder", "standby", "step-in"]);

/** What an attachment is, in a coordinator's words rather than its MIME type. */
function fileKind(contentType: string): string {
  if (contentType.startsWith("text/calendar")) return "calendar file";
  if (contentType.startsWith("text/")) return "text file";
  return contentType;
}

function address(name: string, email: string): string {
  return name.trim() ? `${name.trim()} <${email}>` : email;
}

function mailView(mail: PreviewedMail, index: number, count: number): HTMLElement {
  const frame = el("iframe", {
    className: "email-frame",
    attrs: {
      // No allow-* at all: no scripts, no forms, no navigation, a unique origin.
      sandbox: true,
      title: `The email as it will look: ${mail.subject}`,
      referrerpolicy: "no-referrer",
    },
  });
  frame.srcdoc = mail.htmlBody;
  const row = (label: string, value: string) => [el("dt", null, label), el("dd", null, value)];
  return el(
    "div",
    { className: "card email-preview" },
    count > 1 ? el("p", { className: "muted" }, `Message ${index + 1} of ${count}`) : null,
    el(
      "dl",
      { className: "email-head" },
      row("From", mail.from),
      row("To", address(mail.toName, mail.to)),
      mail.replyTo ? row("Reply to", mail.replyTo) : null,
      row("Subject", mail.subject),
    ),
    frame,
    el(
      "details",
      null,
      el("summary", null, "Plain text"),
      el("pre", { attrs: { tabindex: 0 } }, mail.body),
    ),
    mail.attachments.length
      ? [
          el("p", { className: "attachments-title" }, "Attachments"),
          el(
            "ul",
            { className: "attachments" },
            ...mail.attachments.map((a) =>
              el(
                "li",
                null,
                el(
                  "details",
                  null,
                  el("summary", null, `${a.name} (${fileKind(a.contentType)})`),
                  el("pre", { attrs: { tabindex: 0 } }, a.text),
                ),
              ),
            ),
          ),
        ]
      : el("p", { className: "muted" }, "No attachments."),
  );
}

export class MessagePreviewSection {
  readonly element: HTMLDetailsElement;
  private readonly kind: HTMLSelectElement;
  private readonly helper: HTMLSelectElement;
  private readonly helperField: HTMLElement;
  private readonly result = el("div", { className: "preview-result" });
  private readonly show: HTMLButtonElement;
  private loaded = false;

  constructor(private readonly context: ActionContext) {
    const kindId = uid("preview-kind");
    const helperId = uid("preview-helper");
    this.kind = el(
      "select",
      { id: kindId, on: { change: () => this.kindChanged() } },
      ...MESSAGE_KINDS.map((k) => el("option", { attrs: { value: k } }, KIND_LABELS[k])),
    );
    this.helper = el("select", { id: helperId });
    this.helperField = el(
      "div",
      { className: "field" },
      el("label", { attrs: { for: helperId } }, "Helper"),
      this.helper,
    );
    this.show = actionButton("Show preview", "secondary", (b) => void this.load(b, true));
    this.element = el(
      "details",
      { className: "group message-preview", attrs: { "data-group": "message-preview" } },
      el("summary", null, "Preview a message"),
      el(
        "div",
        { className: "group-body" },
        el(
          "p",
          { className: "muted" },
          "See any message exactly as it will be sent, and when it goes. Nothing is sent.",
        ),
        el(
          "div",
          { className: "field" },
          el("label", { attrs: { for: kindId } }, "Message"),
          this.kind,
        ),
        this.helperField,
        el("div", { className: "buttons" }, this.show),
        this.result,
      ),
    );
    this.element.addEventListener("toggle", () => {
      if (this.element.open && !this.loaded) void this.load(this.show, false);
    });
  }

  private kindChanged(): void {
    this.helperField.hidden = !ABOUT_A_HELPER.has(this.kind.value as MessageKind);
  }

  private fillHelpers(helpers: string[], chosen: string | undefined): void {
    const current = chosen ?? this.helper.value;
    fill(
      this.helper,
      ...helpers.map((h) => el("option", { attrs: { value: h, selected: h === current } }, h)),
    );
    if (current && helpers.includes(current)) this.helper.value = current;
  }

  async load(button: HTMLButtonElement, moveFocus: boolean): Promise<void> {
    const kind = this.kind.value as MessageKind;
    const helper = ABOUT_A_HELPER.has(kind) && this.helper.value ? this.helper.value : undefined;
    if (!this.loaded) fill(this.result, el("p", { className: "muted" }, "Loading the preview…"));
    const preview = await run({
      busy: "Building the preview…",
      failed: "Could not preview the message",
      work: () =>
        this.context.call("previewMessage", helper === undefined ? { kind } : { kind, helper }),
      done: (p) => `Preview ready: ${KIND_LABELS[p.kind]}${p.helper ? ` for ${p.helper}` : ""}.`,
      button,
    });
    if (!preview) {
      if (!this.loaded)
        fill(this.result, el("p", { className: "muted" }, "The preview is not loaded."));
      return;
    }
    this.loaded = true;
    this.render(preview, moveFocus);
  }

  private render(p: MessagePreview, moveFocus: boolean): void {
    this.fillHelpers(p.helpers, p.helper);
    this.kindChanged();
    if (ABOUT_A_HELPER.has(p.kind) && !p.helpers.length) this.helperField.hidden = true;
    const status = el(
      "p",
      { className: p.sendsNow ? "notice" : "notice warning", attrs: { tabindex: -1 } },
      p.status,
    );
    fill(
      this.result,
      status,
      p.notes.length
        ? el("ul", { className: "preview-notes muted" }, ...p.notes.map((n) => el("li", null, n)))
        : null,
      p.mails.length
        ? p.mails.map((m, i) => mailView(m, i, p.mails.length))
        : el("p", { className: "muted" }, "Nothing to show: no message would be sent."),
    );
    if (moveFocus) status.focus();
  }
}
