import type { SentMail } from "../fakes/index";
import { localLinks } from "./form-page";
import type { OutboxMessage } from "./protocol";

// Mail the add-on sent, as the playground's Outbox shows it: every message with its HTML, its
// plain text and its attachments (a brief's calendar file). Form links lead to the
// playground's own form pages, so a newcomer can follow a brief's link and answer as a helper.

export function outboxView(outbox: SentMail[], origin: string): OutboxMessage[] {
  return outbox.map((m) => ({
    to: m.to,
    cc: m.cc,
    bcc: m.bcc,
    replyTo: m.replyTo,
    name: m.name,
    subject: m.subject,
    body: localLinks(m.body, origin),
    htmlBody: localLinks(m.htmlBody, origin),
    sentAt: m.sentAt,
    attachments: m.attachments.map((a) => ({ ...a })),
  }));
}
