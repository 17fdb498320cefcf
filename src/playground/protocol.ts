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

/** What running a menu item showed the coordinator. */
export interface MenuOutcome {
  toasts: string[];
  alerts: string[];
  /** Titles of sidebars and dialogs shown; "Support Map" reloads the panel. */
  shown: { kind: string; title: string }[];
  error?: string;
}

export interface EditRequest {
  sheet: string;
  /** 1-based. */
  row: number;
  column: number;
  value: string;
}

export type ApiReply =
  { ok: true; value: unknown } | { ok: false; error: { name: string; message: string } };
