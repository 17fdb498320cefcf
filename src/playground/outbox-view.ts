import { $, request } from "./page-state";
import type { OutboxMessage } from "./protocol";

// The Outbox and Forms tabs of the playground page. The Outbox shows every message the add-on
// sent, as the person supported would read it (HTML, in a frame that runs no scripts) and as plain
// text, with its attachments; nothing really leaves the computer. Forms lists the forms the
// add-on made, each a page to fill in as a helper or as the person supported would.

let chosen = -1;
let view: "html" | "text" = "html";

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const when = (iso: string) => iso.replace("T", " ").replace(/:\d\d\.\d+Z$|:\d\dZ$/, " UTC");

function messageView(m: OutboxMessage, index: number): HTMLElement {
  const article = el("article", undefined, "mail");
  article.setAttribute("aria-label", m.subject);
  article.append(el("h2", m.subject));
  const head = el("dl", undefined, "mail-head");
  const rows: [string, string][] = [
    [
      "From",
      m.name ? `${m.name} (sent by the coordinator's account)` : "The coordinator's account",
    ],
    ["To", m.to],
    ["Cc", m.cc],
    ["Bcc", m.bcc],
    ["Reply to", m.replyTo],
    ["Sent", when(m.sentAt)],
  ];
  for (const [label, value] of rows) {
    if (!value) continue;
    head.append(el("dt", label), el("dd", value));
  }
  article.append(head);
  const switcher = el("div", undefined, "mail-switch");
  switcher.setAttribute("role", "group");
  switcher.setAttribute("aria-label", "Show the message as");
  const content = el("div", undefined, "mail-content");
  const show = (kind: "html" | "text") => {
    view = kind;
    for (const b of switcher.querySelectorAll("button"))
      b.setAttribute("aria-pressed", String(b.dataset.kind === kind));
    if (kind === "html" && m.htmlBody) {
      const frame = el("iframe");
      frame.title = `${m.subject} (HTML)`;
      // No scripts and no same-origin access: mail is read, never run.
      frame.setAttribute("sandbox", "allow-popups allow-popups-to-escape-sandbox");
      frame.srcdoc = `<base target="_blank">${m.htmlBody}`;
      content.replaceChildren(frame);
    } else content.replaceChildren(el("pre", m.body, "mail-text"));
  };
  for (const [kind, label] of [
    ["html", "HTML"],
    ["text", "Plain text"],
  ] as const) {
    const b = el("button", label);
    b.type = "button";
    b.dataset.kind = kind;
    b.disabled = kind === "html" && !m.htmlBody;
    b.addEventListener("click", () => show(kind));
    switcher.append(b);
  }
  article.append(switcher, content);
  show(m.htmlBody ? view : "text");
  if (m.attachments.length) {
    const files = el("section", undefined, "mail-files");
    files.append(el("h3", "Attachments"));
    m.attachments.forEach((a, j) => {
      const box = el("div", undefined, "mail-file");
      const link = el("a", `${a.name} (${a.contentType || "file"})`);
      link.href = `/playground/outbox/${index}/${j}`;
      link.download = a.name;
      const details = el("details");
      details.append(
        el(
          "summary",
          a.contentType.includes("calendar") ? "Show the calendar file" : "Show the file",
        ),
        el("pre", a.text, "mail-text"),
      );
      box.append(link, details);
      files.append(box);
    });
    article.append(files);
  }
  return article;
}

export async function drawOutbox(): Promise<void> {
  const wrap = $("grid-wrap");
  const mail = await request<OutboxMessage[]>("/playground/outbox");
  const box = el("div", undefined, "outbox");
  if (mail.length === 0) {
    box.append(
      el(
        "p",
        "Nothing sent yet. Every message the add-on sends (briefs, what changed, check-ins, summaries, alerts) appears here as it would arrive; nothing really leaves this computer.",
        "empty",
      ),
    );
    wrap.replaceChildren(box);
    return;
  }
  if (chosen < 0 || chosen >= mail.length) chosen = mail.length - 1;
  const list = el("ol", undefined, "mail-list");
  list.setAttribute("aria-label", `${mail.length} messages sent, newest last`);
  const reading = el("div", undefined, "mail-reading");
  mail.forEach((m, i) => {
    const item = el("li");
    const b = el("button");
    b.type = "button";
    b.append(el("strong", m.subject), el("span", `To ${m.to} · ${when(m.sentAt)}`));
    b.setAttribute("aria-current", String(i === chosen));
    b.addEventListener("click", () => {
      chosen = i;
      for (const other of list.querySelectorAll("button"))
        other.setAttribute("aria-current", String(other === b));
      reading.replaceChildren(messageView(m, i));
    });
    item.append(b);
    list.append(item);
  });
  reading.append(messageView(mail[chosen], chosen));
  box.append(list, reading);
  wrap.replaceChildren(box);
}

interface FormInfo {
  id: string;
  title: string;
  responses: number;
  open: boolean;
}

export async function drawForms(): Promise<void> {
  const wrap = $("grid-wrap");
  const forms = await request<FormInfo[]>("/playground/forms");
  const box = el("div", undefined, "forms");
  box.append(
    el(
      "p",
      "The forms the add-on made, to fill in as a helper (the offer form) or as the person supported (the check-in form). Sending one runs the add-on's own form-submit code, as Google would; then look at the sheets. (A row typed by hand into a Form Responses sheet is not a response: the add-on reads the form's own responses, so fill the form in here.)",
    ),
  );
  if (forms.length === 0)
    box.append(
      el(
        "p",
        "No forms yet. Choose Extensions › Support Map › Create offer form; the check-in form appears once a weekly check-in is sent.",
        "empty",
      ),
    );
  const list = el("ul");
  for (const f of forms) {
    const item = el("li");
    const link = el("a", f.title);
    link.href = `/playground/form/${encodeURIComponent(f.id)}`;
    link.target = "_blank";
    item.append(
      link,
      el(
        "span",
        ` · ${f.responses} response${f.responses === 1 ? "" : "s"}${f.open ? "" : " · closed"}`,
      ),
    );
    list.append(item);
  }
  box.append(list);
  wrap.replaceChildren(box);
}
