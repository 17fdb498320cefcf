// An email as the add-on builds it: plain data, so core can write it and the server can send it.

export interface EmailAttachment {
  name: string;
  contentType: string;
  content: string;
}

export interface EmailMessage {
  subject: string;
  /** Every email has a plain-text body, for readers that show no HTML. */
  text: string;
  html: string;
  attachments: EmailAttachment[];
}
