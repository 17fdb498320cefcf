import type { MenuEntry, MenuOutcome, SheetView, SheetsState } from "./protocol";

// The playground page: the in-memory spreadsheet's sheets as tabs of editable grids, beside the
// coordinator panel. Cell text is always set with textContent, never parsed as HTML.

const EXTRA_ROWS = 5;
const EXTRA_COLUMNS = 1;

let sheets: SheetView[] = [];
let current = "Needs";
let version = -1;
let active = { row: 1, column: 1 };
let editing: HTMLInputElement | null = null;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function columnName(n: number): string {
  let name = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26))
    name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

let toastTimer: number | undefined;
function toast(text: string): void {
  const box = $("toast");
  box.textContent = text;
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (box.textContent = ""), 8000);
}

async function request<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const data = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(data.error ?? `The playground answered ${response.status}.`);
  return data;
}

function sheet(): SheetView | undefined {
  return sheets.find((s) => s.name === current) ?? sheets[0];
}

function cellAt(row: number, column: number): HTMLTableCellElement | null {
  return document.querySelector<HTMLTableCellElement>(
    `#grid td[data-row="${row}"][data-col="${column}"]`,
  );
}

function setActive(row: number, column: number, focus = true): void {
  const view = sheet();
  if (!view) return;
  const rows = view.values.length + EXTRA_ROWS;
  const columns = (view.values[0]?.length ?? 1) + EXTRA_COLUMNS;
  active = {
    row: Math.min(Math.max(1, row), rows),
    column: Math.min(Math.max(1, column), columns),
  };
  for (const td of document.querySelectorAll<HTMLTableCellElement>("#grid td.active")) {
    td.classList.remove("active");
    td.tabIndex = -1;
  }
  const td = cellAt(active.row, active.column);
  if (!td) return;
  td.classList.add("active");
  td.tabIndex = 0;
  if (focus) td.focus();
}

function drawTabs(): void {
  const tabs = $("tabs");
  tabs.replaceChildren(
    ...sheets.map((s) => {
      const tab = document.createElement("button");
      tab.type = "button";
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-controls", "grid-wrap");
      tab.setAttribute("aria-selected", String(s.name === sheet()?.name));
      tab.tabIndex = s.name === sheet()?.name ? 0 : -1;
      tab.textContent = s.name;
      tab.dataset.sheet = s.name;
      tab.addEventListener("click", () => {
        current = s.name;
        active = { row: 1, column: 1 };
        draw();
      });
      tab.addEventListener("keydown", (event) => {
        const i = sheets.indexOf(s);
        const next =
          event.key === "ArrowRight" ? i + 1 : event.key === "ArrowLeft" ? i - 1 : undefined;
        if (next === undefined) return;
        event.preventDefault();
        current = sheets[(next + sheets.length) % sheets.length].name;
        draw();
        tabs.querySelector<HTMLButtonElement>('[aria-selected="true"]')?.focus();
      });
      return tab;
    }),
  );
}

function drawGrid(): void {
  const view = sheet();
  const wrap = $("grid-wrap");
  if (!view) {
    wrap.textContent = "No sheets yet.";
    return;
  }
  wrap.setAttribute("aria-label", `${view.name} sheet`);
  const columns = (view.values[0]?.length ?? 1) + EXTRA_COLUMNS;
  const rows = view.values.length + EXTRA_ROWS;
  const table = document.createElement("table");
  table.id = "grid";
  table.className = "grid";
  table.dataset.sheet = view.name;
  const colgroup = document.createElement("colgroup");
  const corner = document.createElement("col");
  corner.style.width = "42px";
  colgroup.append(corner);
  for (let c = 0; c < columns; c++) {
    const col = document.createElement("col");
    col.style.width = `${Math.max(40, view.widths[c] ?? 100)}px`;
    colgroup.append(col);
  }
  table.append(colgroup);
  const head = document.createElement("thead");
  const headRow = document.createElement("tr");
  const blank = document.createElement("th");
  blank.className = "rownum";
  headRow.append(blank);
  for (let c = 1; c <= columns; c++) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = columnName(c);
    headRow.append(th);
  }
  head.append(headRow);
  table.append(head);
  const body = document.createElement("tbody");
  for (let r = 1; r <= rows; r++) {
    const tr = document.createElement("tr");
    if (r <= view.frozenRows || (r === 1 && view.name !== "Coverage")) tr.className = "header";
    const num = document.createElement("th");
    num.className = "rownum";
    num.scope = "row";
    num.textContent = String(r);
    tr.append(num);
    for (let c = 1; c <= columns; c++) {
      const td = document.createElement("td");
      td.dataset.row = String(r);
      td.dataset.col = String(c);
      td.tabIndex = -1;
      td.textContent = view.values[r - 1]?.[c - 1] ?? "";
      const colour = view.backgrounds[r - 1]?.[c - 1];
      if (colour) td.style.background = colour;
      const note = r === 1 ? view.headerNotes[c - 1] : "";
      if (note) td.title = note;
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  wrap.replaceChildren(table);
  setActive(active.row, active.column, false);
}

function draw(): void {
  drawTabs();
  drawGrid();
}

async function load(): Promise<void> {
  if (editing) return;
  const state = await request<SheetsState>("/playground/sheets");
  sheets = state.sheets;
  version = state.version;
  // Tests wait for this to catch up with the server's version.
  document.body.dataset.version = String(version);
  if (!sheets.some((s) => s.name === current)) current = sheets[0]?.name ?? "";
  const focused = document.activeElement instanceof HTMLTableCellElement;
  draw();
  if (focused) setActive(active.row, active.column);
}

function edit(td: HTMLTableCellElement, typed?: string): void {
  if (editing) return;
  const row = Number(td.dataset.row);
  const column = Number(td.dataset.col);
  setActive(row, column, false);
  const before = td.textContent ?? "";
  const input = document.createElement("input");
  input.value = typed ?? before;
  input.setAttribute("aria-label", `${current} ${columnName(column)}${row}`);
  td.replaceChildren(input);
  editing = input;
  input.focus();
  let done = false;
  const finish = async (save: boolean, move: { row: number; column: number }) => {
    if (done) return;
    done = true;
    editing = null;
    const value = input.value;
    td.textContent = save ? value : before;
    setActive(move.row, move.column);
    if (!save || value === before) return;
    try {
      await request("/playground/edit", { sheet: current, row, column, value });
      toast(
        `Saved ${current}!${columnName(column)}${row}. Refresh or plan in the panel to see it.`,
      );
    } catch (error) {
      toast(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
    await load();
  };
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      void finish(true, { row: row + 1, column });
    } else if (event.key === "Tab") {
      event.preventDefault();
      void finish(true, { row, column: column + (event.shiftKey ? -1 : 1) });
    } else if (event.key === "Escape") {
      event.preventDefault();
      void finish(false, { row, column });
    }
  });
  input.addEventListener("blur", () => void finish(true, { row, column }));
}

function gridKeys(event: KeyboardEvent): void {
  const td = event.target;
  if (!(td instanceof HTMLTableCellElement) || editing) return;
  const moves: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };
  const move = moves[event.key];
  if (move) {
    event.preventDefault();
    setActive(active.row + move[0], active.column + move[1]);
  } else if (event.key === "Enter" || event.key === "F2") {
    event.preventDefault();
    edit(td);
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    edit(td, event.key);
  } else if (event.key === "Delete" || event.key === "Backspace") {
    event.preventDefault();
    edit(td, "");
  }
}

function showOutcome(outcome: MenuOutcome): void {
  const lines = [...outcome.toasts, ...outcome.alerts];
  if (outcome.error) lines.push(`Error: ${outcome.error}`);
  for (const shown of outcome.shown) {
    if (shown.kind === "sidebar") reloadPanel();
    else lines.push(`Showed a dialog: ${shown.title}`);
  }
  toast(lines.join(" · ") || "Done.");
}

async function drawMenu(): Promise<void> {
  const groups = await request<MenuEntry[][]>("/playground/menu");
  const items = $("menu-items");
  items.replaceChildren();
  groups.forEach((group, i) => {
    if (i > 0) items.append(document.createElement("hr"));
    for (const entry of group) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = entry.available ? entry.caption : `${entry.caption} (not built yet)`;
      button.disabled = !entry.available;
      button.addEventListener("click", async () => {
        ($("menu") as HTMLDetailsElement).open = false;
        toast(`Running ${entry.caption}…`);
        try {
          showOutcome(await request<MenuOutcome>("/playground/menu", { handler: entry.handler }));
        } catch (error) {
          toast(`Error: ${error instanceof Error ? error.message : String(error)}`);
        }
        await load();
      });
      items.append(button);
    }
  });
}

function reloadPanel(): void {
  $<HTMLIFrameElement>("panel").src = "/sidebar";
}

async function poll(): Promise<void> {
  try {
    const state = await request<{ version: number }>("/playground/version");
    if (state.version !== version) await load();
  } catch {
    // The server stopped (npm start was ended); the page keeps what it has.
  }
}

function start(): void {
  $("grid-wrap").addEventListener("click", (event) => {
    const td = (event.target as HTMLElement).closest("td");
    if (td instanceof HTMLTableCellElement && !td.querySelector("input")) edit(td);
  });
  $("grid-wrap").addEventListener("keydown", gridKeys);
  $("reset").addEventListener("click", async () => {
    await request("/playground/reset", {});
    toast("Back to the example, as it was at the start.");
    await load();
    reloadPanel();
  });
  $("fail-next").addEventListener("click", async () => {
    await request("/playground/fail-next", {
      message:
        "The playground made this call fail on purpose, to show how the panel reports a server error.",
    });
    toast("The panel's next server call will fail. Try Refresh in the panel.");
  });
  $("reload-panel").addEventListener("click", reloadPanel);
  window.addEventListener("message", (event) => {
    const data = event.data as { source?: string } | null;
    if (data?.source === "support-map-playground") void load();
  });
  void drawMenu();
  void load();
  window.setInterval(() => void poll(), 1000);
}

start();
