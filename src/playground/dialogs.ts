import type { Question, QuestionAnswer } from "./protocol";

// The playground's dialogs, drawn like Sheets' own: alerts and prompts the add-on shows
// (Ui.alert, Ui.prompt), the HTML dialogs it opens (showModalDialog) with its own page inside,
// and the playground's own questions before anything discards work. Built on <dialog>, so focus
// stays inside while one is open and Escape closes it (answering CLOSE, as Sheets' × does).

interface Choice {
  label: string;
  value: string;
  primary?: boolean;
}

const BUTTON_SETS: Record<string, Choice[]> = {
  OK: [{ label: "OK", value: "OK", primary: true }],
  OK_CANCEL: [
    { label: "Cancel", value: "CANCEL" },
    { label: "OK", value: "OK", primary: true },
  ],
  YES_NO: [
    { label: "No", value: "NO" },
    { label: "Yes", value: "YES", primary: true },
  ],
  YES_NO_CANCEL: [
    { label: "Cancel", value: "CANCEL" },
    { label: "No", value: "NO" },
    { label: "Yes", value: "YES", primary: true },
  ],
};

function frame(title: string, wide = false): { dialog: HTMLDialogElement; body: HTMLElement } {
  const dialog = document.createElement("dialog");
  dialog.className = wide ? "sheets-dialog wide" : "sheets-dialog";
  const id = `dialog-title-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  dialog.setAttribute("aria-labelledby", id);
  const head = document.createElement("div");
  head.className = "dialog-head";
  const h = document.createElement("h2");
  h.id = id;
  h.textContent = title || "Support Map";
  const close = document.createElement("button");
  close.type = "button";
  close.className = "dialog-x";
  close.setAttribute("aria-label", "Close");
  close.textContent = "×";
  close.addEventListener("click", () => dialog.close("CLOSE"));
  head.append(h, close);
  const body = document.createElement("div");
  body.className = "dialog-body";
  dialog.append(head, body);
  document.body.append(dialog);
  dialog.addEventListener("close", () => dialog.remove());
  return { dialog, body };
}

function text(parent: HTMLElement, value: string): void {
  for (const paragraph of value.split(/\n{2,}/)) {
    const p = document.createElement("p");
    p.textContent = paragraph;
    parent.append(p);
  }
}

/** Asks with buttons (and a text box for a prompt); resolves with the button pressed. */
export function ask(
  title: string,
  message: string,
  choices: Choice[],
  prompt = false,
): Promise<QuestionAnswer> {
  const { dialog, body } = frame(title);
  text(body, message);
  let input: HTMLInputElement | undefined;
  if (prompt) {
    input = document.createElement("input");
    input.type = "text";
    input.className = "dialog-input";
    input.setAttribute("aria-label", message);
    body.append(input);
  }
  const row = document.createElement("div");
  row.className = "dialog-buttons";
  let primary: HTMLButtonElement | undefined;
  for (const choice of choices) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = choice.label;
    if (choice.primary) {
      button.className = "primary";
      primary = button;
    }
    button.addEventListener("click", () => dialog.close(choice.value));
    row.append(button);
  }
  body.append(row);
  input?.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      primary?.click();
    }
  });
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      const button = dialog.returnValue || "CLOSE";
      resolve(prompt ? { button, text: input?.value ?? "" } : { button });
    });
    dialog.showModal();
    (input ?? primary)?.focus();
  });
}

/** An add-on's Ui.alert or Ui.prompt. */
export function askQuestion(question: Question): Promise<QuestionAnswer> {
  return ask(
    question.title,
    question.prompt,
    BUTTON_SETS[question.buttons] ?? BUTTON_SETS.OK,
    question.kind === "prompt",
  );
}

/** The playground's own "are you sure": true when the user chose to go ahead. */
export async function confirmAction(title: string, message: string, go: string): Promise<boolean> {
  const answer = await ask(title, message, [
    { label: "Cancel", value: "CANCEL" },
    { label: go, value: "GO", primary: true },
  ]);
  return answer.button === "GO";
}

let open: { dialog: HTMLDialogElement; frame: HTMLIFrameElement } | undefined;

/** A showModalDialog page: the add-on's own HTML in a frame, google.script.run working inside. */
export function showHtmlDialog(title: string, src: string, width: number, height: number): void {
  const { dialog, body } = frame(title, true);
  const iframe = document.createElement("iframe");
  iframe.title = title;
  iframe.src = src;
  iframe.style.width = `${Math.min(width || 600, window.innerWidth - 80)}px`;
  iframe.style.height = `${Math.min(height || 400, window.innerHeight - 140)}px`;
  body.append(iframe);
  open = { dialog, frame: iframe };
  dialog.addEventListener("close", () => {
    if (open?.dialog === dialog) open = undefined;
  });
  dialog.showModal();
}

/** google.script.host.close() from inside a dialog's page closes that dialog. */
export function closeDialogFrom(source: MessageEventSource | null): boolean {
  if (!open || source !== open.frame.contentWindow) return false;
  open.dialog.close("CLOSE");
  return true;
}

/** Resolves once the dialog open now (if any) is closed. */
export function dialogClosed(): Promise<void> {
  const current = open?.dialog;
  if (!current) return Promise.resolve();
  return new Promise((resolve) => current.addEventListener("close", () => resolve()));
}
