import { byId, el, fill } from "./dom";
import { errorText } from "./words";

// Every action shows that it is busy, then its result; a failure shows its message in an alert
// that screen readers announce. Nothing fails silently.

let running = 0;

function setBusy(on: boolean): void {
  running += on ? 1 : -1;
  const busy = running > 0;
  byId("progress").hidden = !busy;
  byId("app").setAttribute("aria-busy", String(busy));
  for (const b of document.querySelectorAll<HTMLButtonElement>("button[data-action]"))
    b.setAttribute("aria-disabled", String(busy));
}

export function isBusy(): boolean {
  return running > 0;
}

/** The polite status line: what is happening, then what happened. */
export function say(text: string): void {
  fill(byId("status"), text);
}

export function clearError(): void {
  const box = byId("error");
  box.hidden = true;
  fill(box);
}

export function showError(what: string, error: unknown): void {
  const box = byId("error");
  fill(
    box,
    el("p", { className: "error-title" }, what),
    el("p", { className: "error-message" }, errorText(error)),
    el(
      "button",
      {
        className: "secondary small",
        attrs: { type: "button" },
        on: {
          click: () => {
            clearError();
            byId("app").focus();
          },
        },
      },
      "Dismiss",
    ),
  );
  box.hidden = false;
}

export interface Action<T> {
  /** "Planning…": shown while it runs, on the button and in the status line. */
  busy: string;
  /** "Could not plan": heads the error message. */
  failed: string;
  work: () => Promise<T>;
  /** What to say when it worked. */
  done: (result: T) => string;
  button?: HTMLButtonElement;
}

/** Runs one action with its busy state; resolves with the result, or undefined if it failed. */
export async function run<T>(action: Action<T>): Promise<T | undefined> {
  if (isBusy()) {
    say("Still working on the last action; try again when it finishes.");
    return undefined;
  }
  const button = action.button;
  const label = button?.textContent ?? "";
  clearError();
  say(action.busy);
  setBusy(true);
  if (button) {
    button.textContent = action.busy;
    button.classList.add("busy");
  }
  try {
    const result = await action.work();
    say(action.done(result));
    return result;
  } catch (error) {
    say(`${action.failed}.`);
    showError(`${action.failed}:`, error);
    return undefined;
  } finally {
    if (button) {
      button.textContent = label;
      button.classList.remove("busy");
    }
    setBusy(false);
  }
}

/** A button that runs an action when pressed (aria-disabled keeps it focusable while busy). */
export function actionButton(
  text: string,
  kind: "action" | "secondary",
  onPress: (button: HTMLButtonElement) => void,
): HTMLButtonElement {
  const button = el(
    "button",
    { className: kind, attrs: { type: "button", "data-action": true } },
    text,
  );
  button.addEventListener("click", () => {
    if (button.getAttribute("aria-disabled") === "true") return;
    onPress(button);
  });
  return button;
}
