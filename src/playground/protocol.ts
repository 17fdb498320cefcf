// What the playground's page and its server say to each other (plain JSON).

export interface SheetView {
  name: string;
  /** What each cell shows, as Sheets would display it. */
  values: string[][];
  /** Background colours; null where the cell has none. */
  backgrounds: (string | null)[][];
  /** Notes on the header row: they teach what to write in each column. */
  headerNotes: string[];
  /** Column widths in pixels. */
  widths: number[];
  frozenRows: number;
  /**
   * Cells with a dropdown or a date check, by "row,column" (1-based): the page offers the
   * dropdown's choices and a calendar, as Sheets does for them.
   */
  rules: Record<string, { date?: true; choices?: string[] }>;
  /** What the cells' colours mean (Needs rows, Coverage cells). */
  legend?: { label: string; colour: string }[];
}

export interface SheetsState {
  version: number;
  sheets: SheetView[];
}

export interface MenuEntry {
  caption: string;
  handler: string;
  /** false when no server code answers to the handler yet. */
  available: boolean;
}

/** An alert or prompt with a choice (Yes/No, OK/Cancel): the script waits for a person. */
export interface Question {
  kind: "alert" | "prompt";
  title: string;
  prompt: string;
  /** Google's ButtonSet name: OK, OK_CANCEL, YES_NO or YES_NO_CANCEL. */
  buttons: string;
}

/** A person's answer to a Question: the button pressed ("YES", "CANCEL", …, "CLOSE"). */
export interface QuestionAnswer {
  button: string;
  text?: string;
}

export interface MenuRequest {
  handler: string;
  /** Answers to the questions the item asked so far, in order: it runs again with them. */
  answers?: QuestionAnswer[];
}

/** What running a menu item showed the coordinator. */
export interface MenuOutcome {
  toasts: string[];
  /** Alerts with only an OK button: told, not asked. */
  alerts: { title: string; prompt: string }[];
  /** Sidebars and dialogs shown; a sidebar reloads the panel, a dialog is /playground/dialog/<id>. */
  shown: { kind: string; title: string; id: number; width: number; height: number }[];
  /** Set when the item stopped to ask: nothing after the question ran. */
  question?: Question;
  error?: string;
}

export interface EditRequest {
  sheet: string;
  /** 1-based. */
  row: number;
  column: number;
  value: string;
}

/** Several cells of one sheet typed or pasted in order: later ones win. */
export interface EditsRequest {
  sheet: string;
  edits: { row: number; column: number; value: string }[];
}

export interface RowsRequest {
  sheet: string;
  action: "insert" | "delete";
  /** 1-based; inserting puts the new rows above it. */
  row: number;
  count: number;
}

export type ApiReply =
  { ok: true; value: unknown } | { ok: false; error: { name: string; message: string } };

/** Start again: the example, a blank map (Set up on an empty spreadsheet), or a file's sheets. */
export interface OpenRequest {
  kind: "example" | "blank" | "xlsx" | "json";
  /** xlsx: the file's bytes in base64; json: the text of a saved map. */
  data?: string;
}

export interface OutboxAttachment {
  name: string;
  contentType: string;
  text: string;
}

export interface OutboxMessage {
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  name: string;
  subject: string;
  body: string;
  htmlBody: string;
  sentAt: string;
  attachments: OutboxAttachment[];
}
