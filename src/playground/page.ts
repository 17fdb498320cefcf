import {
  askQuestion,
  closeDialogFrom,
  confirmAction,
  dialogClosed,
  showHtmlDialog,
} from "./dialogs";
import { activeCell, drawGrid, gridToasts, resetActive, setActive, startGrid } from "./grid";
import { drawForms, drawOutbox } from "./outbox-view";
import {
  $,
  currentSheet,
  enqueue,
  load,
  messageOf,
  request,
  settled,
  state,
  whenLoaded,
} from "./page-state";
import type { MenuEntry, MenuOutcome, OpenRequest, QuestionAnswer } from "./protocol";

// The playground page: the in-memory spreadsheet's sheets as tabs of editable grids (grid.ts),
// the Outbox and Forms tabs, the add-on's menu with its real dialogs, and the panel beside.

const OUTBOX = "#outbox";
const FORMS = "#forms";
const SAVED = "support-map-playground:map";

let toastTimer: number | undefined;
function toast(text: string): void {
  const box = $("toast");
  box.textContent = text;
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (box.textContent = ""), 5000);
}

function selectTab(name: string): void {
  state.current = name;
  resetActive();
  draw();
}

function drawTabs(): void {
  const tabs = $("tabs");
  const names = [...state.sheets.map((s) => s.name), OUTBOX, FORMS];
  const label = (n: string) => (n === OUTBOX ? "Outbox" : n === FORMS ? "Forms" : n);
  tabs.replaceChildren(
    ...names.map((n, i) => {
      const tab = document.createElement("button");
      tab.type = "button";
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-controls", "grid-wrap");
      const isSelected = state.current.startsWith("#")
        ? n === state.current
        : n === currentSheet()?.name;
      tab.setAttribute("aria-selected", String(isSelected));
      tab.tabIndex = isSelected ? 0 : -1;
      tab.textContent = label(n);
      tab.dataset.sheet = n;
      if (n.startsWith("#")) tab.classList.add("extra");
      tab.addEventListener("click", () => selectTab(n));
      tab.addEventListener("keydown", (event) => {
        const next =
          event.key === "ArrowRight" ? i + 1 : event.key === "ArrowLeft" ? i - 1 : undefined;
        if (next === undefined) return;
        event.preventDefault();
        selectTab(names[(next + names.length) % names.length]);
        tabs.querySelector<HTMLButtonElement>('[aria-selected="true"]')?.focus();
      });
      return tab;
    }),
  );
}

function drawLegend(): void {
  const legend = $("legend");
  const view = currentSheet();
  const items = state.current.startsWith("#") ? [] : (view?.legend ?? []);
  legend.replaceChildren();
  legend.hidden = items.length === 0;
  if (!items.length) return;
  const title = document.createElement("span");
  title.textContent = view?.name === "Needs" ? "Row colours, after Plan:" : "Colours:";
  legend.append(title);
  for (const item of items) {
    const chip = document.createElement("span");
    chip.className = "chip";
    chip.style.background = item.colour;
    chip.textContent = item.label;
    legend.append(chip);
  }
}

function draw(): void {
  drawTabs();
  const special = state.current.startsWith("#");
  $("toolbar").hidden = special;
  drawLegend();
  if (state.current === OUTBOX) void drawOutbox();
  else if (state.current === FORMS) void drawForms();
  else drawGrid();
}

const showClock = (clock: { label: string }) => ($("clock-now").textContent = clock.label);

function onLoaded(): void {
  // A new or reopened map has its own clock.
  void request<{ label: string }>("/playground/clock").then(showClock, () => undefined);
  // The Outbox and Forms are drawn afresh on each change; a sheet keeps its selected cell.
  draw();
  void remember();
}

/** Set when the user chose to go back to the example: only then is the kept copy dropped. */
let dropKept = false;

/** Keeps the map in this browser, so a reload (or a new npm start) brings it back. */
async function remember(): Promise<void> {
  try {
    const { keep } = await request<{ keep: boolean }>("/playground/state");
    if (!keep) {
      // A server that started again also holds the bare example: the kept map must survive
      // that (the page reloads and brings it back), so it goes only when the user said so.
      if (dropKept) localStorage.removeItem(SAVED);
      dropKept = false;
      return;
    }
    const response = await fetch("/playground/map.json");
    if (response.ok) localStorage.setItem(SAVED, await response.text());
  } catch {
    // Private browsing or a full store: the map still lives on the server while it runs.
  }
}

async function restore(): Promise<void> {
  const saved = localStorage.getItem(SAVED);
  if (!saved) return;
  const { keep } = await request<{ keep: boolean }>("/playground/state");
  // The server already holds a map of the user's (the page was only reloaded): it wins.
  if (keep) return;
  try {
    await request("/playground/open", { kind: "json", data: saved } satisfies OpenRequest);
    // As after opening a file: the needs are what the coordinator looks for first.
    selectTab("Needs");
    reloadPanel();
    toast(
      "Your map from last time is back (kept in this browser). File › New blank map or Start again with the example to begin anew.",
    );
  } catch (error) {
    toast(`Your saved map could not be opened: ${messageOf(error)}`);
  }
}

async function reopen(open: OpenRequest, done: string): Promise<void> {
  dropKept = open.kind === "example";
  await enqueue(() => request("/playground/open", open));
  selectTab("Needs");
  reloadPanel();
  toast(done);
}

/** Asks before replacing a map the user has worked on. */
async function mayDiscard(what: string): Promise<boolean> {
  // Everything typed so far reaches the server first, so that it counts as work.
  if (!settled()) await enqueue(async () => undefined);
  const { touched } = await request<{ touched: boolean }>("/playground/state");
  if (!touched) return true;
  return confirmAction(
    what,
    `${what} replaces the map you have been working on, with everything typed, planned and sent. Download it as .xlsx first to keep it.`,
    "Replace my map",
  );
}

async function showOutcome(outcome: MenuOutcome, caption: string): Promise<void> {
  // Toasts first: Sheets shows them while the script runs, before its dialogs.
  const lines = [...outcome.toasts];
  if (outcome.error) lines.push(`Error: ${outcome.error}`);
  if (lines.length) toast(lines.join(" · "));
  else if (!outcome.alerts.length && !outcome.shown.length) toast(`${caption}: done.`);
  else toast("");
  for (const alert of outcome.alerts)
    await askQuestion({ kind: "alert", title: alert.title, prompt: alert.prompt, buttons: "OK" });
  for (const shown of outcome.shown) {
    if (shown.kind === "sidebar") reloadPanel();
    else {
      showHtmlDialog(shown.title, `/playground/dialog/${shown.id}`, shown.width, shown.height);
      await dialogClosed();
    }
  }
}

async function runMenu(entry: MenuEntry): Promise<void> {
  const answers: QuestionAnswer[] = [];
  toast(`Running ${entry.caption}…`);
  try {
    for (;;) {
      const outcome = await request<MenuOutcome>("/playground/menu", {
        handler: entry.handler,
        answers,
      });
      void load();
      if (outcome.question) {
        toast("");
        answers.push(await askQuestion(outcome.question));
        continue;
      }
      const declined =
        answers.length > 0 && !["YES", "OK"].includes(answers[answers.length - 1].button);
      if (declined && !outcome.alerts.length && !outcome.shown.length && !outcome.toasts.length)
        toast(`${entry.caption}: cancelled.`);
      else await showOutcome(outcome, entry.caption);
      break;
    }
  } catch (error) {
    toast(`Error: ${messageOf(error)}`);
  }
  void load();
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
      button.setAttribute("role", "menuitem");
      button.textContent = entry.available ? entry.caption : `${entry.caption} (not built yet)`;
      button.disabled = !entry.available;
      button.addEventListener("click", () => {
        ($("menu") as HTMLDetailsElement).open = false;
        void runMenu(entry);
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
    const { version } = await request<{ version: number }>("/playground/version");
    if (version !== state.version) await load();
  } catch {
    // The server stopped (npm start was ended); the page keeps what it has.
  }
}

function rowAction(action: "insert" | "delete", where: "above" | "below" = "above"): void {
  const view = currentSheet();
  if (!view || state.current.startsWith("#")) return;
  const { row, column } = activeCell();
  const target = action === "insert" && where === "below" ? row + 1 : row;
  if (target < 2) {
    toast("The header row stays on top: pick a cell in row 2 or below.");
    return;
  }
  const go = async () => {
    const sheet = view.name;
    if (action === "insert") {
      view.values.splice(target - 1, 0, []);
      view.backgrounds.splice(target - 1, 0, []);
    } else {
      view.values.splice(target - 1, 1);
      view.backgrounds.splice(target - 1, 1);
    }
    drawGrid();
    setActive(target, column);
    await enqueue(() => request("/playground/rows", { sheet, action, row: target, count: 1 }));
    toast(
      action === "insert"
        ? `Inserted a row at ${target} on ${sheet}.`
        : `Deleted row ${target} of ${sheet}.`,
    );
  };
  const holds = (view.values[target - 1] ?? []).some((v) => v !== "");
  if (action === "delete" && holds)
    void confirmAction(
      "Delete row",
      `Row ${target} of ${view.name} holds: ${(view.values[target - 1] ?? []).filter(Boolean).slice(0, 4).join(" · ")}. Delete it?`,
      "Delete row",
    ).then((yes) => (yes ? go() : setActive(row, column)));
  else void go();
}

function readFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsDataURL(file);
  });
}

function start(): void {
  gridToasts(toast);
  whenLoaded(onLoaded, (message) => toast(`Not saved: ${message}`));
  startGrid();
  $("insert-above").addEventListener("click", () => rowAction("insert", "above"));
  $("insert-below").addEventListener("click", () => rowAction("insert", "below"));
  $("delete-row").addEventListener("click", () => rowAction("delete"));
  const file = $("file") as HTMLDetailsElement;
  $("reset").addEventListener("click", async () => {
    file.open = false;
    if (await mayDiscard("Start again with the example"))
      await reopen({ kind: "example" }, "Back to Maria's example, as it was at the start.");
  });
  $("new-blank").addEventListener("click", async () => {
    file.open = false;
    if (await mayDiscard("New blank map"))
      await reopen(
        { kind: "blank" },
        "A blank map, as Set up support map makes it: fill in Needs, People and Offers, then Plan.",
      );
  });
  $("download").addEventListener("click", () => (file.open = false));
  $("open-xlsx").addEventListener("click", () => {
    file.open = false;
    $<HTMLInputElement>("open-file").click();
  });
  $<HTMLInputElement>("open-file").addEventListener("change", async (event) => {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.[0];
    input.value = "";
    if (!chosen || !(await mayDiscard(`Open ${chosen.name}`))) return;
    try {
      await reopen(
        { kind: "xlsx", data: await readFile(chosen) },
        `Opened ${chosen.name}: its Needs, People, Offers and Settings are under Set up's headers.`,
      );
    } catch (error) {
      toast(messageOf(error));
    }
  });
  $("fail-next").addEventListener("click", async () => {
    await request("/playground/fail-next", {
      message:
        "The playground made this call fail on purpose, to show how the panel reports a server error.",
    });
    toast("The panel's next server call will fail. Try Refresh in the panel.");
  });
  $("reload-panel").addEventListener("click", reloadPanel);
  const pass = async (hours: number) => {
    await enqueue(() =>
      request<{ label: string; message: string }>("/playground/clock", { hours }).then((c) => {
        showClock(c);
        toast(c.message);
      }),
    );
    reloadPanel();
  };
  $("plus-hour").addEventListener("click", () => void pass(1));
  $("plus-day").addEventListener("click", () => void pass(24));
  $("hourly").addEventListener("click", async () => {
    const response = await fetch("/playground/hourly", {
      method: "POST",
      headers: { "content-type": "application/json" },
    });
    const { message } = (await response.json()) as { message: string };
    toast(message);
    await load();
  });
  window.addEventListener("message", (event) => {
    const data = event.data as { source?: string; fn?: string } | null;
    if (data?.source !== "support-map-playground") return;
    if (data.fn === "google.script.host.close" && closeDialogFrom(event.source)) return;
    void load();
  });
  void drawMenu();
  void restore().finally(() => void load());
  window.setInterval(() => void poll(), 1000);
}

start();
