import type { EmailAttachment, EmailMessage } from "./message";

// Emails are written once, as blocks, and rendered twice: as plain text and as HTML. Writing
// them once keeps both bodies saying the same thing, and escaping in one place means no value a
// coordinator, helper or person supported typed can ever become markup.

/** A piece of a line: plain words, or words to stand out (a need's name). */
export type Inline = string | { strong: string };
export type Line = Inline | Inline[];

export type Block =
  | { kind: "paragraph"; line: Line }
  | { kind: "heading"; line: Line }
  | { kind: "list"; items: Line[]; numbered?: boolean }
  | { kind: "link"; label: string; url: string }
  /** A question and the answer someone typed, kept apart so the answer is shown as written. */
  | { kind: "answer"; question: string; answer: string };

export const paragraph = (...line: Inline[]): Block => ({ kind: "paragraph", line });
export const heading = (...line: Inline[]): Block => ({ kind: "heading", line });
export const list = (items: Line[], numbered = false): Block => ({ kind: "list", items, numbered });

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

function pieces(line: Line): Inline[] {
  return Array.isArray(line) ? line : [line];
}

function lineText(line: Line): string {
  return pieces(line)
    .map((p) => (typeof p === "string" ? p : p.strong))
    .join("");
}

function lineHtml(line: Line): string {
  return pieces(line)
    .map((p) =>
      typeof p === "string" ? escapeHtml(p) : `<strong>${escapeHtml(p.strong)}</strong>`,
    )
    .join("")
    .replace(/\n/g, "<br>");
}

/** Only web links become links; anything else is shown as text. */
function safeUrl(url: string): string | undefined {
  return /^https:\/\/[^\s"'<>]+$/.test(url) ? url : undefined;
}

export function renderText(blocks: Block[]): string {
  const out = blocks.map((b) => {
    switch (b.kind) {
      case "paragraph":
        return lineText(b.line);
      case "heading":
        return lineText(b.line).toUpperCase();
      case "list":
        return b.items
          .map((item, i) => `${b.numbered ? `${i + 1}.` : "-"} ${lineText(item)}`)
          .join("\n");
      case "link":
        return `${b.label}: ${b.url}`;
      case "answer":
        return `${b.question}\n${b.answer.trim() ? b.answer.trim() : "(no answer)"}`;
    }
  });
  return `${out.join("\n\n")}\n`;
}

const STYLE = {
  body: "font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#202124;max-width:640px",
  heading: "font-size:16px;margin:20px 0 6px",
  quote: "margin:4px 0 12px;padding:6px 12px;border-left:3px solid #dadce0;white-space:pre-wrap",
};

export function renderHtml(title: string, blocks: Block[]): string {
  const body = blocks.map((b) => {
    switch (b.kind) {
      case "paragraph":
        return `<p>${lineHtml(b.line)}</p>`;
      case "heading":
        return `<h2 style="${STYLE.heading}">${lineHtml(b.line)}</h2>`;
      case "list": {
        const tag = b.numbered ? "ol" : "ul";
        return `<${tag}>${b.items.map((item) => `<li>${lineHtml(item)}</li>`).join("")}</${tag}>`;
      }
      case "link": {
        const url = safeUrl(b.url);
        return url
          ? `<p><a href="${escapeHtml(url)}">${escapeHtml(b.label)}</a></p>`
          : `<p>${escapeHtml(`${b.label}: ${b.url}`)}</p>`;
      }
      case "answer":
        return (
          `<p><strong>${escapeHtml(b.question)}</strong></p>` +
          `<blockquote style="${STYLE.quote}">${escapeHtml(b.answer.trim() || "(no answer)")}</blockquote>`
        );
    }
  });
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
    `<body><div style="${STYLE.body}">${body.join("\n")}</div></body></html>`
  );
}

export function email(
  subject: string,
  blocks: Block[],
  attachments: EmailAttachment[] = [],
): EmailMessage {
  // A subject is one line whatever was typed into the names it carries.
  const line = subject.replace(/\s+/g, " ").trim();
  return { subject: line, text: renderText(blocks), html: renderHtml(line, blocks), attachments };
}
