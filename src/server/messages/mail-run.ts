import type { EmailAttachment, EmailMessage } from "../../core/messages/message";
import { looksLikeEmail } from "../../sheets/cells";
import { now } from "../platform/clock";
import type { MessageLedger } from "./sent-ledger";
import { services } from "../platform/services";

// Sends messages through MailApp, each at most once (see sent-messages.ts), within the daily
// quota. The quota is read before every message; once it runs out the run stops sending and
// keeps what is left in `waiting`, and the next run finds those ids still unsent and goes on.

export interface Outgoing {
  /** "brief:…", "checkin:2027-03-05", "daily:2027-03-02", "alert:…", "answer:…" */
  id: string;
  to: string;
  /** Who it is for, as the Log shows it. */
  toName: string;
  message: EmailMessage;
  replyTo?: string;
}

/**
 * What MailApp.sendEmail is given for a message, attachments still as plain text: sending turns
 * them into blobs, and the panel's preview shows exactly this.
 */
export interface MailArguments {
  to: string;
  subject: string;
  body: string;
  htmlBody: string;
  /** The sender's name as mail clients show it. */
  name: string;
  replyTo?: string;
  attachments: EmailAttachment[];
}

/** The one builder of MailApp's arguments, for sending and for the preview alike. */
export function mailArguments(out: Outgoing, senderName: string): MailArguments {
  return {
    to: out.to.trim(),
    subject: out.message.subject,
    body: out.message.text,
    htmlBody: out.message.html,
    name: senderName,
    ...(out.replyTo && looksLikeEmail(out.replyTo) ? { replyTo: out.replyTo } : {}),
    attachments: out.message.attachments,
  };
}

/** The sender's name on every message of a map. */
export function senderNameOf(coordinatorName: string): string {
  return coordinatorName.trim() || "Support Map";
}

export type Outcome = "sent" | "already sent" | "waiting" | "failed";

/** MailApp refuses these before sending anything. */
const QUOTA_ERROR = /too many times|quota|limit exceeded/i;
const REFUSED_ERROR = /invalid email|no recipient|invalid argument/i;

export class MailRun {
  readonly sent: Outgoing[] = [];
  readonly waiting: Outgoing[] = [];
  readonly errors: string[] = [];
  private stopped = false;

  constructor(
    private readonly ledger: MessageLedger,
    /** Addresses that must never receive anything: people marked "do not involve". */
    private readonly blocked: Set<string>,
    /** The sender's name as mail clients show it. */
    readonly senderName: string,
  ) {}

  get quotaRanOut(): boolean {
    return this.stopped;
  }

  send(out: Outgoing): Outcome {
    if (this.ledger.has(out.id)) return "already sent";
    const address = out.to.trim();
    if (!looksLikeEmail(address) || this.blocked.has(address.toLowerCase())) {
      this.errors.push(
        `${out.toName}: no usable email address, so "${out.message.subject}" was not sent.`,
      );
      return "failed";
    }
    if (this.stopped) {
      this.waiting.push(out);
      return "waiting";
    }
    const { mail, utilities } = services();
    if (mail.getRemainingDailyQuota() < 1) {
      this.stopped = true;
      this.waiting.push(out);
      return "waiting";
    }
    this.ledger.begin(out.id, {
      at: now().toISOString(),
      to: `${out.toName} <${address}>`,
      subject: out.message.subject,
    });
    const { attachments, ...args } = mailArguments(out, this.senderName);
    try {
      mail.sendEmail({
        ...args,
        ...(attachments.length
          ? {
              attachments: attachments.map((a) =>
                utilities.newBlob(a.content, a.contentType, a.name),
              ),
            }
          : {}),
      });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (QUOTA_ERROR.test(text)) {
        this.ledger.forget(out.id);
        this.stopped = true;
        this.waiting.push(out);
        return "waiting";
      }
      if (REFUSED_ERROR.test(text)) {
        this.ledger.forget(out.id);
        this.errors.push(`${out.toName}: "${out.message.subject}" was not sent (${text}).`);
        return "failed";
      }
      // Anything else may have happened after the mail left: keep "sending", never resend.
      throw error;
    }
    this.ledger.sent(out.id);
    this.sent.push(out);
    return "sent";
  }
}
