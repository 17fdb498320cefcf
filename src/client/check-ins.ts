import type { CheckInActedView, CheckInActionRow, CheckInActions } from "../shared/panel-types";
import type { ActionContext } from "./actions";
import { openNeedForm, openPauseForm, openThanksForm, type Slot } from "./check-in-actions";
import { el, fill } from "./dom";
import { run } from "./feedback";
import { pagedList } from "./groups";

// The person supported's latest check-in answers, from the Check-ins sheet, each with its one-step
// action: add a need from what was missing, pause one from what is not helpful, thank a helper
// for what worked. Collapsed until someone opens it, and only then asked of the server, so the
// panel loads no slower for it.

type ActionKind = "thank-helper" | "add-need" | "pause-need";

/** The action beside each question, in the order the check-in asks them. */
const KINDS: ActionKind[] = ["thank-helper", "add-need", "pause-need"];

function doneLines(kind: ActionKind, acted: CheckInActedView): string[] {
  if (kind === "add-need") return acted.needAdded ? [`Added as a need: ${acted.needAdded}`] : [];
  if (kind === "pause-need") return acted.paused.map((n) => `Paused: ${n}`);
  return acted.thanked.map((h) => `Thanked ${h}`);
}

function label(kind: ActionKind, acted: CheckInActedView): string {
  if (kind === "add-need") return "Add a need";
  if (kind === "pause-need") return acted.paused.length ? "Pause another need" : "Pause a need";
  return acted.thanked.length ? "Thank another helper" : "Thank a helper";
}

function checkInItem(
  c: CheckInActionRow,
  actions: CheckInActions,
  context: ActionContext,
): HTMLElement {
  let acted = c.acted;
  const onActed = (next: CheckInActedView) => {
    acted = next;
  };
  const answerActions = (kind: ActionKind, about: string): HTMLElement => {
    const area = el("div", { className: "answer-actions" });
    const slot: Slot = {
      area,
      reset: (focusKey) => {
        const done = doneLines(kind, acted);
        // A need added from an answer is added once; the other two may be done again.
        const button =
          kind === "add-need" && acted.needAdded
            ? null
            : el(
                "button",
                {
                  className: "secondary small",
                  attrs: {
                    type: "button",
                    "data-focus": kind,
                    "aria-label": `${label(kind, acted)}: ${about}`,
                  },
                  on: { click: () => open(kind) },
                },
                label(kind, acted),
              );
        fill(
          area,
          done.length
            ? el(
                "p",
                { className: "acted", attrs: { tabindex: -1, "data-focus": `${kind}-done` } },
                done.join("; "),
              )
            : null,
          button,
        );
        if (focusKey) area.querySelector<HTMLElement>(`[data-focus="${focusKey}"]`)?.focus();
      },
    };
    const open = (k: ActionKind) => {
      if (k === "add-need") openNeedForm(c, actions, slot, context, onActed);
      else if (k === "pause-need") openPauseForm(c, actions, slot, context, onActed);
      else void openThanksForm(c, slot, context, onActed);
    };
    slot.reset();
    return area;
  };
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
      ...c.answers.flatMap((a, i) => [
        el("dt", null, a.question),
        a.answer
          ? el(
              "dd",
              null,
              el("div", { className: "answer" }, a.answer),
              KINDS[i] ? answerActions(KINDS[i], `"${a.answer.slice(0, 60)}"`) : null,
            )
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
      work: () => this.context.call("getCheckInActions"),
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
      result.checkIns.length
        ? pagedList(
            result.checkIns.map((c) => checkInItem(c, result, this.context)),
            20,
          )
        : null,
      this.button("Load again"),
    );
    if (moveFocus) message.focus();
  }
}
