// MailApp: mail goes to an outbox the tests read. The daily quota counts recipients (to, cc and
// bcc), 100 a day on a consumer account, as Google counts it.

import type { MailAppApi, MailMessage } from "../gas/gas";
import { counted } from "./calls";
import { gasError, type FakeContext } from "./context";
import { signatureError } from "./range";
import { FakeBlob } from "./utilities";

export interface SentAttachment {
  name: string;
  contentType: string;
  text: string;
}

export interface SentMail {
  from: string;
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  name: string;
  subject: string;
  body: string;
  htmlBody: string;
  noReply: boolean;
  attachments: SentAttachment[];
  /** ISO timestamp from the environment's clock. */
  sentAt: string;
}

export interface MailState {
  quota: number;
  outbox: SentMail[];
}

const addresses = (list?: string) =>
  (list ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter((a) => a !== "");

function attachment(source: GoogleAppsScript.Base.BlobSource): SentAttachment {
  // Read the fake's fields directly, so that sending does not count Blob calls.
  if (!(source instanceof FakeBlob)) throw signatureError("MailApp.sendEmail", [source]);
  const blob = source;
  return {
    name: blob.name ?? "",
    contentType: blob.contentType ?? "",
    text: blob.bytes.toString("utf8"),
  };
}

/** sendEmail(message), (recipient, subject, body, options?) and (to, replyTo, subject, body). */
function messageOf(args: unknown[]): MailMessage {
  const [a, b, c, d] = args;
  if (args.length === 1 && typeof a === "object" && a !== null) return a as MailMessage;
  if (args.length === 4 && typeof d === "string") {
    return { to: String(a), replyTo: String(b), subject: String(c), body: d };
  }
  const options = typeof d === "object" && d !== null ? (d as MailMessage) : {};
  return { ...options, to: String(a), subject: String(b), body: String(c) };
}

export class FakeMailApp implements MailAppApi {
  constructor(
    private readonly ctx: FakeContext,
    private readonly state: MailState,
  ) {
    return counted("MailApp", this, ctx.calls);
  }

  getRemainingDailyQuota(): number {
    return this.state.quota;
  }

  sendEmail(...args: unknown[]): void {
    const m = messageOf(args);
    const recipients = [...addresses(m.to), ...addresses(m.cc), ...addresses(m.bcc)];
    if (recipients.length === 0) throw gasError("Failed to send email: no recipient");
    const bad = recipients.find((r) => !/^[^@\s]+@[^@\s]+$/.test(r.replace(/^.*<(.*)>$/, "$1")));
    if (bad) throw gasError(`Invalid email: ${bad}`);
    if (recipients.length > this.state.quota) {
      throw gasError("Service invoked too many times for one day: email.");
    }
    this.state.quota -= recipients.length;
    this.state.outbox.push({
      from: this.ctx.userEmail,
      to: m.to ?? "",
      cc: m.cc ?? "",
      bcc: m.bcc ?? "",
      replyTo: m.replyTo ?? "",
      name: m.name ?? "",
      subject: m.subject ?? "",
      body: m.body ?? "",
      htmlBody: m.htmlBody ?? "",
      noReply: m.noReply ?? false,
      attachments: (m.attachments ?? []).map(attachment),
      sentAt: this.ctx.clock.now().toISOString(),
    });
  }
}
