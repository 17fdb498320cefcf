import type { AppsScriptEnv } from "../fakes/index";
import type { ButtonName } from "../fakes/ui";
import type { MenuOutcome, Question, QuestionAnswer } from "./protocol";

// Runs a menu item's server function the way Sheets would, with a person in front of it. An
// alert with a choice (Yes/No, OK/Cancel) or a prompt stops the function before it does
// anything more; the page puts the question to the user and runs the item again with the
// answers so far queued, so the add-on's own code decides what happens, as in Sheets. (Menu
// items ask before they act, so a run stopped at a question has changed nothing.)

class QuestionPending extends Error {
  constructor(readonly question: Question) {
    super(`Waiting for an answer: ${question.title}`);
  }
}

const BUTTONS: ButtonName[] = ["OK", "CANCEL", "YES", "NO", "CLOSE"];
const buttonOf = (name: string): ButtonName =>
  BUTTONS.find((b) => b === name.toUpperCase()) ?? "CLOSE";

export function runMenuItem(
  env: AppsScriptEnv,
  fn: () => unknown,
  answers: QuestionAnswer[],
): MenuOutcome {
  const ui = env.ui;
  const toasts = ui.toasts.length;
  const asked = ui.asked.length;
  const dialogs = ui.dialogs.length;
  for (const a of answers) {
    const question = a.text === undefined ? "alert" : "prompt";
    if (question === "prompt") ui.answerPrompt(a.text ?? "", buttonOf(a.button));
    else ui.answerAlert(buttonOf(a.button));
  }
  ui.unanswered = (q) => {
    if (q.kind === "alert" && q.buttons === "OK") return;
    throw new QuestionPending(q);
  };
  let error: string | undefined;
  let question: Question | undefined;
  try {
    fn();
  } catch (e) {
    if (e instanceof QuestionPending) question = e.question;
    else error = e instanceof Error ? e.message : String(e);
  } finally {
    ui.unanswered = undefined;
  }
  return {
    toasts: ui.toasts.slice(toasts).map((t) => (t.title ? `${t.title}: ${t.message}` : t.message)),
    alerts: ui.asked
      .slice(asked)
      .filter((a) => a.kind === "alert" && a.buttons === "OK")
      .map((a) => ({ title: a.title, prompt: a.prompt })),
    shown: ui.dialogs.slice(dialogs).map((d, i) => ({
      kind: d.kind,
      title: d.title,
      id: dialogs + i,
      width: d.width,
      height: d.height,
    })),
    ...(question && { question }),
    ...(error !== undefined && { error }),
  };
}
