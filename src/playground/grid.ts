import {
  $,
  changedLocally,
  currentSheet,
  editorClosed,
  enqueue,
  request,
  state,
} from "./page-state";
import type { SheetView } from "./protocol";
import { parseTsv, tsvCell } from "./tsv";

// The sheets view, edited as in Google Sheets: a click selects a cell, typing replaces what it
// holds, Enter, F2 or a double click edits it, Escape cancels, Tab and Enter move on (Enter after
// Tabs goes back to the column the row was started in), and a block copied from a spreadsheet
// pastes from the selected cell. Every key is handled synchronously on the page's own copy of
// the cells, and the server is told in order afterwards, so nothing typed is lost or misplaced
// however fast the keys come. Cell text is always set with textContent, never parsed as HTML.

const EXTRA_ROWS = 5;
const EXTRA_COLUMNS = 1;

export interface Cell {
  row: number;
  column: number;
}

let active: Cell = { row: 1, column: 1 };
/** The column a run of Tabs started from; Enter goes back to it, as in Sheets. */
let tabStart: number | undefined;
let toast: (text: string) => void = () => undefined;

export function gridToasts(show: (text: string) => void): void {
  toast = show;
}

export function activeCell(): Cell {
  return active;
}

export function resetActive(): void {
  active = { row: 1, column: 1 };
  tabStart = undefined;
}

export function columnName(n: number): string {
  let name = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26))
    name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

const columnsOf = (view: SheetView) => (view.values[0]?.length ?? 1) + EXTRA_COLUMNS;

function cellAt(row: number, column: number): HTMLTableCellElement | null {
  return document.querySelector<HTMLTableCellElement>(
    `#grid td[data-row="${row}"][data-col="${column}"]`,
  );
}

function valueAt(view: SheetView, row: number, column: number): string {
  return view.values[row - 1]?.[column - 1] ?? "";
}

function noteAt(view: SheetView, row: number, column: number): string {
  return row === 1 ? (view.headerNotes[column - 1] ?? "") : "";
}

/** The bar over the grid: which cell is selected and, on a header, the note that explains it. */
function drawCellBar(view: SheetView): void {
  const name = `${columnName(active.column)}${active.row}`;
  $("cell-name").textContent = name;
  const header = valueAt(view, 1, active.column);
  const note = noteAt(view, active.row, active.column);
  const rule = view.rules[`${active.row},${active.column}`];
  const helps = rule?.date
    ? " · A date: type YYYY-MM-DD, or Alt+↓ while editing for the calendar."
    : rule?.choices
      ? ` · Choices: ${rule.choices.join(", ")} (Alt+↓ while editing lists them).`
      : "";
  $("cell-note").textContent = note
    ? `${header}: ${note}`
    : active.row > 1 && header
      ? `Column: ${header}${helps}`
      : helps.slice(3);
}

/** A calendar beside a date cell's editor: what Sheets opens on a date-checked cell. */
function calendarFor(input: HTMLInputElement): HTMLElement {
  const picker = document.createElement("input");
  picker.type = "date";
  picker.className = "picker";
  picker.tabIndex = -1;
  picker.setAttribute("aria-hidden", "true");
  if (/^\d{4}-\d{2}-\d{2}$/.test(input.value)) picker.value = input.value;
  picker.addEventListener("change", () => {
    if (picker.value) input.value = picker.value;
    input.focus();
  });
  const button = document.createElement("button");
  button.type = "button";
  button.className = "calendar";
  // A drawn icon: headless and minimal systems have no emoji font.
  button.innerHTML =
    '<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><rect x="1.5" y="2.5" width="11" height="10" rx="1" fill="none" stroke="#5f6368"/><path d="M1.5 5.5h11M4.5 1v3M9.5 1v3" stroke="#5f6368"/><rect x="4" y="7.5" width="2" height="2" fill="#1a73e8"/></svg>';
  button.title = "Pick a date";
  button.setAttribute("aria-label", "Pick a date from the calendar");
  // Keeps the editor open: a click here must not blur (and so save) the cell first.
  button.addEventListener("mousedown", (event) => event.preventDefault());
  button.addEventListener("click", () => openPicker(picker));
  const box = document.createElement("span");
  box.className = "calendar-box";
  box.append(button, picker);
  return box;
}

function openPicker(picker: HTMLInputElement): void {
  try {
    picker.showPicker();
  } catch {
    picker.focus();
  }
}

export function setActive(row: number, column: number, focus = true): void {
  const view = currentSheet();
  if (!view) return;
  ensureRows(row);
  const columns = columnsOf(view);
  active = { row: Math.max(1, row), column: Math.min(Math.max(1, column), columns) };
  for (const td of document.querySelectorAll<HTMLTableCellElement>("#grid td.active")) {
    td.classList.remove("active");
    td.tabIndex = -1;
    td.removeAttribute("aria-describedby");
  }
  const td = cellAt(active.row, active.column);
  drawCellBar(view);
  if (!td) return;
  td.classList.add("active");
  td.tabIndex = 0;
  if ($("cell-note").textContent) td.setAttribute("aria-describedby", "cell-note");
  if (focus) {
    td.focus();
    td.scrollIntoView({ block: "nearest", inline: "nearest" });
  }
}

function drawRow(view: SheetView, r: number): HTMLTableRowElement {
  const columns = columnsOf(view);
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
    td.textContent = valueAt(view, r, c);
    const colour = view.backgrounds[r - 1]?.[c - 1];
    if (colour) td.style.background = colour;
    const note = noteAt(view, r, c);
    if (note) {
      td.title = note;
      td.classList.add("noted");
    }
    tr.append(td);
  }
  return tr;
}

/** Rows past the sheet's end appear as the cursor reaches them, as in a spreadsheet. */
function ensureRows(row: number): void {
  const view = currentSheet();
  const body = document.querySelector("#grid tbody");
  if (!view || !body) return;
  for (let r = body.children.length + 1; r <= row + 1; r++) body.append(drawRow(view, r));
}

export function drawGrid(): void {
  const view = currentSheet();
  const wrap = $("grid-wrap");
  if (!view) {
    wrap.textContent = "No sheets yet.";
    return;
  }
  const hadFocus = wrap.contains(document.activeElement);
  wrap.setAttribute("aria-label", `${view.name} sheet`);
  const columns = columnsOf(view);
  const rows = Math.max(view.values.length + EXTRA_ROWS, active.row + 1);
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
  for (let r = 1; r <= rows; r++) body.append(drawRow(view, r));
  table.append(body);
  wrap.replaceChildren(table);
  setActive(active.row, active.column, hadFocus);
}

/** Puts values in the page's copy and on screen now, and queues them for the server. */
export function writeCells(
  start: Cell,
  block: string[][],
  view: SheetView | undefined = currentSheet(),
): void {
  if (!view) return;
  const edits: { row: number; column: number; value: string }[] = [];
  const width = view.values[0]?.length ?? 0;
  block.forEach((cells, i) =>
    cells.forEach((value, j) => {
      const row = start.row + i;
      const column = start.column + j;
      while (view.values.length < row) view.values.push([]);
      const line = view.values[row - 1];
      while (line.length < Math.max(column, width)) line.push("");
      line[column - 1] = value;
      edits.push({ row, column, value });
    }),
  );
  // The cells on screen are this sheet's unless another tab was chosen meanwhile.
  if (currentSheet() === view) {
    ensureRows(start.row + block.length);
    for (const e of edits) {
      const td = cellAt(e.row, e.column);
      if (td) td.textContent = e.value;
    }
  }
  const sheet = view.name;
  void enqueue(() => request("/playground/edit", { sheet, edits }));
  if (/^Form Responses/i.test(sheet) && start.row > 1)
    toast(
      `A row typed on ${sheet} is not a form response: the add-on reads the form's own responses, so Sync offers will not see it. Fill the form in from the Forms tab instead.`,
    );
}

function openEditor(td: HTMLTableCellElement, typed?: string): void {
  if (state.editing) return;
  const view = currentSheet();
  if (!view) return;
  const row = Number(td.dataset.row);
  const column = Number(td.dataset.col);
  setActive(row, column, false);
  const before = valueAt(view, row, column);
  // Typing replaces the cell and arrow keys move on; Enter, F2 or a double click edit the text.
  const replacing = typed !== undefined;
  const input = document.createElement("input");
  input.value = typed ?? before;
  input.setAttribute("aria-label", `${view.name} ${columnName(column)}${row}`);
  td.classList.add("editing");
  td.replaceChildren(input);
  const rule = view.rules[`${row},${column}`];
  let calendar: HTMLInputElement | null = null;
  if (rule?.date) {
    const box = calendarFor(input);
    calendar = box.querySelector("input");
    td.append(box);
  } else if (rule?.choices) {
    const list = document.createElement("datalist");
    list.id = `choices-${row}-${column}`;
    for (const choice of rule.choices) {
      const option = document.createElement("option");
      option.value = choice;
      list.append(option);
    }
    td.append(list);
    input.setAttribute("list", list.id);
  }
  state.editing = true;
  changedLocally();
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  let done = false;
  const finish = (save: boolean, move?: Cell) => {
    if (done) return;
    done = true;
    const value = input.value;
    td.classList.remove("editing");
    td.textContent = save ? value : before;
    if (save && value !== before) writeCells({ row, column }, [[value]], view);
    if (move) setActive(move.row, move.column);
    editorClosed();
  };
  input.addEventListener("keydown", (event) => {
    const arrows: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    if (event.key === "ArrowDown" && event.altKey) {
      event.preventDefault();
      if (calendar) openPicker(calendar);
      else if (input.list) {
        // A datalist opens on input: show every choice, whatever is typed so far.
        input.showPicker?.();
      }
    } else if (event.key === "Enter") {
      event.preventDefault();
      const back = event.shiftKey ? -1 : 1;
      finish(true, { row: Math.max(1, row + back), column: tabStart ?? column });
      tabStart = undefined;
    } else if (event.key === "Tab") {
      event.preventDefault();
      tabStart ??= column;
      finish(true, { row, column: Math.max(1, column + (event.shiftKey ? -1 : 1)) });
    } else if (event.key === "Escape") {
      event.preventDefault();
      finish(false, { row, column });
    } else if (replacing && arrows[event.key]) {
      event.preventDefault();
      const [dr, dc] = arrows[event.key];
      tabStart = undefined;
      finish(true, { row: Math.max(1, row + dr), column: Math.max(1, column + dc) });
    }
  });
  input.addEventListener("blur", (event) => {
    // Picking from the calendar moves focus to it for a moment: the edit is not over.
    if (calendar && event.relatedTarget === calendar) return;
    finish(true);
  });
  calendar?.addEventListener("blur", (event) => {
    if (event.relatedTarget !== input) finish(true);
  });
}

function gridKeys(event: KeyboardEvent): void {
  const td = event.target;
  if (!(td instanceof HTMLTableCellElement) || state.editing) return;
  const moves: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };
  const move = moves[event.key];
  if (move) {
    event.preventDefault();
    tabStart = undefined;
    setActive(Math.max(1, active.row + move[0]), Math.max(1, active.column + move[1]));
  } else if (event.key === "Tab") {
    event.preventDefault();
    tabStart ??= active.column;
    setActive(active.row, Math.max(1, active.column + (event.shiftKey ? -1 : 1)));
  } else if (event.key === "Enter" || event.key === "F2") {
    event.preventDefault();
    openEditor(td);
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    openEditor(td, event.key);
  } else if (event.key === "Delete" || event.key === "Backspace") {
    event.preventDefault();
    if ((td.textContent ?? "") !== "") writeCells(active, [[""]]);
  }
}

export function startGrid(): void {
  const wrap = $("grid-wrap");
  wrap.addEventListener("click", (event) => {
    const td = (event.target as HTMLElement).closest("td");
    if (td instanceof HTMLTableCellElement && !td.classList.contains("editing")) {
      tabStart = undefined;
      setActive(Number(td.dataset.row), Number(td.dataset.col));
    }
  });
  wrap.addEventListener("dblclick", (event) => {
    const td = (event.target as HTMLElement).closest("td");
    if (td instanceof HTMLTableCellElement && !td.classList.contains("editing")) openEditor(td);
  });
  wrap.addEventListener("keydown", gridKeys);
  wrap.addEventListener("paste", (event) => {
    if (state.editing || !(event.target instanceof HTMLTableCellElement)) return;
    const text = event.clipboardData?.getData("text/plain") ?? "";
    event.preventDefault();
    if (!text) return;
    const block = parseTsv(text);
    writeCells(active, block);
    const cells = block.reduce((n, r) => n + r.length, 0);
    toast(
      `Pasted ${block.length} row${block.length === 1 ? "" : "s"} (${cells} cell${cells === 1 ? "" : "s"}) from ${columnName(active.column)}${active.row}.`,
    );
  });
  wrap.addEventListener("copy", (event) => {
    const view = currentSheet();
    if (state.editing || !view || !(event.target instanceof HTMLTableCellElement)) return;
    event.preventDefault();
    event.clipboardData?.setData("text/plain", tsvCell(valueAt(view, active.row, active.column)));
  });
}
