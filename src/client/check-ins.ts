import type { CheckInRow } from "../shared/panel-types";
import type { ActionContext } from "./actions";
import { el, fill } from "./dom";
import { run } from "./feedback";
import { pagedList } from "./groups";

// The person supported's latest check-in answers, from the Check-ins sheet. Collapsed until someone
// opens it, and only then asked of the server, so the panel loads no slower for it.

function checkInItem(c: CheckInRow): HTMLElement {
  return el(
    "div",
    { className: "check-in" },
    el(
      "p",
      null,
      el("span", { className: "where" }, c.answered ? `Answered ${c.answered}` : "Answered"),
      c.checkInOf ? el("span", { className: "muted" }, ` · check-in of ${c.checkInOf}`) : null,
    ),
    el(
      "dl",
      null,
      ...c.answers.flatMap((a) => [
        el("dt", null, a.question),
        a.answer
          ? el("dd", { className: "answer" }, a.answer)
          : el("dd", { className: "answer muted" }, "No answer"),
      ]),
    ),
  );
}

export class CheckInsList {
  readonly element: HTMLDetailsElement;
  private readonly body = el("div", { className: "group-body" });
  private loaded = false;

  constructor(private readonly context: ActionContext) {
    this.element = el(
      "details",
      { className: "group check-ins", attrs: { "data-group": "check-ins" } },
      el("summary", null, "The latest answers"),
      this.body,
    );
    this.element.addEventListener("toggle", () => {
      if (this.element.open && !this.loaded) void this.load();
    });
  }

  private button(text: string): HTMLButtonElement {
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

  async load(moveFocus = false): Promise<void> {
    fill(this.body, el("p", { className: "muted" }, "Loading the check-ins…"));
    const result = await run({
      busy: "Loading the check-ins…",
      failed: "Could not load the check-ins",
      work: () => this.context.call("getCheckIns"),
      done: (r) => r.message,
    });
    if (!result) {
      const again = this.button("Try again");
      fill(this.body, el("p", { className: "muted" }, "The check-ins are not loaded."), again);
      if (moveFocus) again.focus();
      return;
    }
    this.loaded = true;
    const message = el("p", { className: "muted", attrs: { tabindex: -1 } }, result.message);
    fill(
      this.body,
      message,
      result.checkIns.length ? pagedList(result.checkIns.map(checkInItem), 20) : null,
      this.button("Load again"),
    );
    if (moveFocus) message.focus();
  }
}
