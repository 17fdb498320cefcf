import type { PastVisitRow, PastVisits, VisitMarked } from "../shared/panel-types";
import type { ActionContext } from "./actions";
import { el, fill, uid } from "./dom";
import { run, say } from "./feedback";
import { pagedList } from "./groups";

// Follow-through in one place: the last 14 days' visits, each with Done and Missed. A button
// writes the Changes row the hourly run reads; a missed visit shows the kind message drafted for
// the coordinator to copy. Helpers who have not confirmed their brief are listed above. Loaded
// when first opened, like the check-ins.

/** Visits shown at a time: a fortnight of daily visits would be a page of buttons to scroll. */
const PAGE = 10;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Copies the draft, or selects it for Ctrl+C where the frame may not use the clipboard. */
function copyButton(area: HTMLTextAreaElement): HTMLButtonElement {
  return el(
    "button",
    {
      className: "secondary small",
      attrs: { type: "button" },
      on: {
        click: () => {
          const select = () => {
            area.focus();
            area.select();
            say("The message is selected: press Ctrl+C (⌘C on a Mac) to copy it.");
          };
          if (!navigator.clipboard) return select();
          navigator.clipboard.writeText(area.value).then(() => say("Message copied."), select);
        },
      },
    },
    "Copy the message",
  );
}

function draftCard(marked: VisitMarked): HTMLElement | null {
  const { draft } = marked;
  if (!draft.text) return null;
  const id = uid("draft");
  const area = el("textarea", { id, attrs: { readonly: true, rows: 9 } });
  area.value = draft.text;
  return el(
    "div",
    { className: "card draft" },
    el(
      "label",
      { attrs: { for: id } },
      `A kind message for ${draft.helper}${draft.email ? ` (${draft.email})` : ""}, to send privately if you wish`,
    ),
    area,
    el("div", { className: "buttons" }, copyButton(area)),
    el("p", { className: "note" }, draft.choices),
  );
}

export class PastVisitsList {
  readonly element: HTMLDetailsElement;
  private readonly body = el("div", { className: "group-body" });
  private readonly result = el("div", { className: "visit-result" });
  private loaded = false;

  constructor(private readonly context: ActionContext) {
    this.element = el(
      "details",
      { className: "group past-visits", attrs: { "data-group": "past-visits" } },
      el("summary", null, "Visits to mark done or missed, last 14 days"),
      this.body,
    );
    this.element.addEventListener("toggle", () => {
      if (this.element.open && !this.loaded) void this.load();
    });
  }

  async load(moveFocus = false): Promise<void> {
    fill(this.body, el("p", { className: "muted" }, "Loading the past visits…"));
    const result = await run({
      busy: "Loading the past visits…",
      failed: "Could not load the past visits",
      work: () => this.context.call("getPastVisits"),
      done: (r) => r.message,
    });
    if (!result) {
      const again = this.reloadButton("Try again");
      fill(this.body, el("p", { className: "muted" }, "The past visits are not loaded."), again);
      if (moveFocus) again.focus();
      return;
    }
    this.loaded = true;
    fill(this.result);
    this.show(result);
    if (moveFocus) this.body.querySelector<HTMLElement>("[data-focus='visits-message']")?.focus();
  }

  private reloadButton(text: string): HTMLButtonElement {
    return el(
      "button",
      {
        className: "secondary small",
        attrs: { type: "button" },
        on: { click: () => void this.load(true) },
      },
      text,
    );
  }

  private show(past: PastVisits): void {
    fill(
      this.body,
      el(
        "p",
        { className: past.unconfirmed.length ? "notice warning" : "muted" },
        past.unconfirmedText,
      ),
      past.unconfirmed.length
        ? el(
            "div",
            { className: "buttons" },
            ...past.unconfirmed.map((helper) =>
              el(
                "button",
                {
                  className: "secondary small",
                  attrs: {
                    type: "button",
                    "aria-label": `${helper} replied to you: mark them confirmed`,
                  },
                  on: { click: (event) => void this.confirm(helper, event.currentTarget) },
                },
                `${helper} replied: confirmed`,
              ),
            ),
          )
        : null,
      this.result,
      el(
        "p",
        { className: "muted", attrs: { tabindex: -1, "data-focus": "visits-message" } },
        past.message,
      ),
      past.visits.length
        ? pagedList(
            past.visits.map((v, i) => this.item(v, past.visits[i - 1]?.date !== v.date)),
            PAGE,
          )
        : null,
      el("div", { className: "buttons" }, this.reloadButton("Load again")),
    );
  }

  /** A visit's row; the first of each day carries the day, so a row need not repeat it. */
  private item(v: PastVisitRow, firstOfDay: boolean): HTMLElement {
    // "on Monday 7 December", but "today, Wednesday 9 December" without the "on".
    const what = `${v.helper}'s ${v.need} ${/^today\b/.test(v.when) ? v.when : `on ${v.when}`}`;
    const button = (outcome: "done" | "missed", text: string) =>
      el(
        "button",
        {
          className: "secondary small",
          attrs: { type: "button", "aria-label": `Mark ${what} ${outcome}` },
          on: { click: (event) => void this.mark(v, outcome, event.currentTarget) },
        },
        text,
      );
    return el(
      "div",
      { className: "past-visit" },
      firstOfDay ? el("p", { className: "visit-day" }, capitalised(v.when)) : null,
      el("p", null, el("span", { className: "person" }, v.helper), ` · ${v.need}`),
      el("div", { className: "buttons" }, button("done", "Done"), button("missed", "Missed")),
    );
  }

  private async mark(
    v: PastVisitRow,
    outcome: "done" | "missed",
    target: EventTarget | null,
  ): Promise<void> {
    const marked = await run({
      busy: outcome === "done" ? "Marking the visit done…" : "Marking the visit missed…",
      failed: "Could not mark the visit",
      work: () =>
        this.context.call("markVisit", {
          helper: v.helper,
          need: v.need,
          date: v.date,
          outcome,
        }),
      done: (r) => r.message,
      button: target instanceof HTMLButtonElement ? target : undefined,
    });
    if (!marked) return;
    const line = el("p", { className: "notice success", attrs: { tabindex: -1 } }, marked.message);
    fill(this.result, line, draftCard(marked));
    this.show(marked.pastVisits);
    // The whole message in view, not nine lines and a scrollbar, where the panel is narrow.
    const area = this.result.querySelector("textarea");
    if (area) area.style.height = `${area.scrollHeight + 4}px`;
    line.focus();
  }

  private async confirm(helper: string, target: EventTarget | null): Promise<void> {
    const confirmed = await run({
      busy: `Marking ${helper} confirmed…`,
      failed: "Could not mark them confirmed",
      work: () => this.context.call("markConfirmed", { helper }),
      done: (r) => r.message,
      button: target instanceof HTMLButtonElement ? target : undefined,
    });
    if (!confirmed) return;
    const line = el(
      "p",
      { className: "notice success", attrs: { tabindex: -1 } },
      confirmed.message,
    );
    fill(this.result, line);
    this.show(confirmed.pastVisits);
    line.focus();
  }
}
