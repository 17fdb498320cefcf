import type {
  AssignmentRow,
  ChangedRow,
  ChangeRow,
  MovedRow,
  Panel,
  PlanPreview,
} from "../shared/panel-types";
import { el, fill, hidden, uid, type Child } from "./dom";
import { actionButton, run, say } from "./feedback";
import { group, pagedList } from "./groups";
import { call } from "./server";

// Plan: preview what a new plan changes in Assignments (added, removed, moved to someone
// else), then apply it; or re-plan and apply at once. Pin the rows the planner must keep.

export interface PlanHooks {
  panel: () => Panel | undefined;
  /** A new panel from the server (after Apply): redraw everything from it. */
  showPanel: (panel: Panel) => void;
}

function changeItem(c: ChangeRow): HTMLElement {
  return el(
    "div",
    null,
    el("span", { className: "name" }, c.need),
    ": ",
    el("span", { className: "person" }, c.person),
    c.role === "backup" ? " (backup)" : "",
    el("span", { className: "detail" }, c.when),
  );
}

function movedItem(m: MovedRow): HTMLElement {
  return el(
    "div",
    null,
    el("span", { className: "name" }, m.need),
    m.role === "backup" ? " (backup)" : "",
    ": ",
    el("span", { className: "person" }, m.from),
    " → ",
    el("span", { className: "person" }, m.to),
    hidden(` (moves from ${m.from} to ${m.to})`),
    el("span", { className: "detail" }, m.when),
  );
}

function changedItem(c: ChangedRow): HTMLElement {
  return el(
    "div",
    null,
    el("span", { className: "name" }, c.need),
    ": ",
    el("span", { className: "person" }, c.person),
    c.role === "backup" ? " (backup)" : "",
    el("span", { className: "detail" }, `Now ${c.when}; was ${c.was}`),
  );
}

function changeGroup(key: string, title: string, items: HTMLElement[]): Child {
  if (!items.length) return null;
  return group(
    key,
    [`${title} (${items.length})`],
    () => [pagedList(items, 30)],
    items.length <= 12,
  );
}

export class PlanSection {
  private readonly previewArea = el("div", { className: "preview" });
  private readonly listArea = el("div", { className: "assignments" });
  private filterText = "";

  constructor(
    private readonly root: HTMLElement,
    private readonly hooks: PlanHooks,
  ) {}

  mount(): void {
    const previewButton = actionButton("Preview plan", "action", (b) => void this.preview(b));
    const replanButton = actionButton("Re-plan and apply", "secondary", (b) => void this.apply(b));
    fill(
      this.root,
      el(
        "p",
        { className: "muted" },
        "Preview shows what a new plan would change in the Assignments sheet; nothing is written until you apply it. Pinned rows stay as they are.",
      ),
      el("div", { className: "buttons" }, previewButton, replanButton),
      this.previewArea,
      this.listArea,
    );
  }

  async preview(button?: HTMLButtonElement): Promise<void> {
    const result = await run({
      busy: "Planning…",
      failed: "Could not preview the plan",
      work: () => call("previewPlan"),
      done: (p) => `Preview ready: ${p.changes}`,
      button,
    });
    if (result) this.showPreview(result);
  }

  private showPreview(p: PlanPreview): void {
    const heading = el("h3", { attrs: { tabindex: -1 } }, "Preview");
    const apply = actionButton(
      "Apply these changes",
      "action",
      (b) => void this.apply(b, p.previewId),
    );
    const discard = el(
      "button",
      {
        className: "secondary",
        attrs: { type: "button" },
        on: {
          click: () => {
            fill(this.previewArea);
            say("Preview discarded; nothing was written.");
          },
        },
      },
      "Discard",
    );
    fill(
      this.previewArea,
      el(
        "div",
        { className: "card" },
        heading,
        el("p", { className: "changes" }, p.changes),
        el("p", { className: "muted" }, `The new plan: ${p.summary}`),
        changeGroup("preview-added", "Added", p.added.map(changeItem)),
        changeGroup("preview-removed", "Removed", p.removed.map(changeItem)),
        changeGroup("preview-moved", "Moved to someone else", p.moved.map(movedItem)),
        changeGroup("preview-changed", "Same helper, other days", p.changed.map(changedItem)),
        el("div", { className: "buttons" }, apply, discard),
      ),
    );
    heading.focus();
    performance.mark("support-map:preview-rendered");
  }

  async apply(button?: HTMLButtonElement, previewId?: string): Promise<void> {
    const result = await run({
      busy: "Applying…",
      failed: "Could not apply the plan",
      work: () => call("applyPlan", previewId ? { previewId } : {}),
      done: (a) => a.message,
      button,
    });
    if (!result) return;
    const notice = el(
      "p",
      { className: "notice success", attrs: { tabindex: -1 } },
      result.message,
    );
    fill(this.previewArea, notice);
    this.hooks.showPanel(result.panel);
    // The button that was pressed may be gone (Apply lives in the preview): keep focus here.
    notice.focus();
  }

  update(panel: Panel): void {
    const rows = panel.assignments;
    const filterId = uid("assignment-filter");
    const results = el("div");
    const input = el("input", {
      id: filterId,
      attrs: {
        type: "search",
        autocomplete: "off",
        value: this.filterText,
        placeholder: "Need or person",
      },
      on: {
        input: () => {
          this.filterText = input.value;
          this.drawRows(rows, results);
        },
      },
    });
    fill(
      this.listArea,
      el("h3", null, `Assignments (${rows.length})`),
      rows.length
        ? el(
            "div",
            { className: "field" },
            el("label", { attrs: { for: filterId } }, "Find an assignment"),
            input,
          )
        : el("p", { className: "muted" }, "No assignments yet: preview a plan, then apply it."),
      results,
    );
    this.drawRows(rows, results);
  }

  private drawRows(rows: AssignmentRow[], into: HTMLElement): void {
    const words = this.filterText.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const shown = rows.filter((a) => {
      const text = `${a.need} ${a.person}`.toLowerCase();
      return words.every((w) => text.includes(w));
    });
    const needs = new Map<string, AssignmentRow[]>();
    for (const a of shown) needs.set(a.need, [...(needs.get(a.need) ?? []), a]);
    const filtered = words.length > 0;
    fill(
      into,
      filtered
        ? el(
            "p",
            { className: "muted", attrs: { "aria-live": "polite" } },
            `${shown.length} of ${rows.length} match.`,
          )
        : null,
      ...[...needs.entries()].map(([need, held]) =>
        group(
          `assignments-${need}`,
          [
            el("span", { className: "name" }, need),
            el(
              "span",
              { className: "summary-note" },
              ` · ${held.length}${held.some((a) => a.pinned) ? ", pinned" : ""}`,
            ),
          ],
          () => [pagedList(held.map((a) => this.assignmentItem(a)))],
          filtered || needs.size <= 6,
        ),
      ),
    );
  }

  private assignmentItem(a: AssignmentRow): HTMLElement {
    const id = uid("pin");
    const box = el("input", { id, attrs: { type: "checkbox" } });
    box.checked = a.pinned;
    box.addEventListener("change", () => void this.pin(a, box));
    return el(
      "div",
      { className: "assignment" },
      el("span", { className: "person" }, a.person),
      a.role === "backup" ? el("span", { className: "chip role" }, "backup") : null,
      el("span", { className: "detail" }, `${a.when}${a.status ? ` · ${a.status}` : ""}`),
      el(
        "label",
        { className: "pin", attrs: { for: id } },
        box,
        " Pinned",
        hidden(` (${a.person}, ${a.role}, ${a.need}, ${a.when})`),
      ),
    );
  }

  private async pin(a: AssignmentRow, box: HTMLInputElement): Promise<void> {
    const pinned = box.checked;
    box.disabled = true;
    const result = await run({
      busy: pinned ? "Pinning…" : "Unpinning…",
      failed: pinned ? "Could not pin the row" : "Could not unpin the row",
      work: () =>
        call("setPinned", { need: a.need, person: a.person, role: a.role, from: a.from, pinned }),
      done: (r) => r.message,
    });
    box.disabled = false;
    if (result) a.pinned = result.pinned;
    box.checked = a.pinned;
    box.focus();
  }
}
