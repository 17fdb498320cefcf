import type { SheetView, SheetsState } from "./protocol";

// What the playground page knows: the sheets as last drawn (with the user's own edits already
// in them), and one queue that sends every change to the server in the order it was made. The
// server's copy is drawn again only when nothing is being typed and nothing is waiting to be
// sent, so a reply can never undo or move what the user typed meanwhile.

export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export const state = {
  sheets: [] as SheetView[],
  current: "Needs",
  version: -1,
  /** Set while a cell's editor is open. */
  editing: false,
};

let pending = 0;
let changes = 0;
let reloadWanted = false;
let chain: Promise<void> = Promise.resolve();
let onLoaded: () => void = () => undefined;
let onError: (message: string) => void = () => undefined;

export function whenLoaded(draw: () => void, error: (message: string) => void): void {
  onLoaded = draw;
  onError = error;
}

export const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : String(error);

export async function request<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const data = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(data.error ?? `The playground answered ${response.status}.`);
  return data;
}

export function currentSheet(): SheetView | undefined {
  return state.sheets.find((s) => s.name === state.current) ?? state.sheets[0];
}

/** Sends a change after every change before it; the sheets are drawn again once all are in. */
/** Tests wait for this to be 0: every change made in the page is on the server. */
const showPending = () => (document.body.dataset.saving = String(pending));

export function enqueue(send: () => Promise<unknown>): Promise<void> {
  pending += 1;
  changes += 1;
  showPending();
  const done = chain
    .then(send)
    .then(
      () => undefined,
      (error: unknown) => onError(messageOf(error)),
    )
    .finally(() => {
      pending -= 1;
      showPending();
      if (pending === 0) void load();
    });
  chain = done;
  return done;
}

/** The queue is empty: everything typed so far is on the server. */
export const settled = () => pending === 0;

export async function load(): Promise<void> {
  if (state.editing || pending > 0) {
    reloadWanted = true;
    return;
  }
  reloadWanted = false;
  const before = changes;
  const fresh = await request<SheetsState>("/playground/sheets");
  if (state.editing || pending > 0 || changes !== before) {
    reloadWanted = true;
    return;
  }
  state.sheets = fresh.sheets;
  state.version = fresh.version;
  if (!state.sheets.some((s) => s.name === state.current) && !state.current.startsWith("#"))
    state.current = state.sheets[0]?.name ?? "";
  onLoaded();
  // Tests wait for this to catch up with the server's version.
  document.body.dataset.version = String(state.version);
}

/** The editor closed: draw what the server has if a reload was held back meanwhile. */
export function editorClosed(): void {
  state.editing = false;
  if (reloadWanted && pending === 0) void load();
}

/** Counts a change made only in the page so far (a reply started before it is stale). */
export function changedLocally(): void {
  changes += 1;
}
