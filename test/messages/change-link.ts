import type { SentMail } from "../../src/fakes";
import type { Answers, FormsBoard, SeenPage } from "../../src/fakes/forms";

// A helper following the personal link in their brief: the pre-filled form opens, they see the
// pages their answers lead to, tick their own dates and submit.

export const CHANGE_LINK = /https:\/\/docs\.google\.com\/forms\/\S+usp=pp_url\S*/;
const DATES = "Which date or dates?";

/** The personal link in the last mail this person got that has one. */
export function linkIn(mail: SentMail[], to: string): string {
  const last = [...mail].reverse().find((m) => m.to === to && CHANGE_LINK.test(m.body));
  const link = last?.body.match(CHANGE_LINK)?.[0];
  if (!link) throw new Error(`${to} has no link to follow`);
  return link;
}

export interface Followed {
  formId: string;
  answers: Answers;
  /** What they saw, page by page. */
  pages: SeenPage[];
  /** The dates offered to tick, on the pages they went through. */
  offered: string[];
}

/**
 * Opens the link with these answers (question titles), ticking the offered dates that match
 * `tick` (a form made before sections takes the typed "Which date or dates?" as given).
 */
export function openLink(
  forms: FormsBoard,
  link: string,
  answers: Answers,
  tick?: RegExp | string[],
): Followed {
  const { formId, answers: prefilled } = forms.openLink(link);
  const all: Answers = { ...prefilled, ...answers };
  const pages = forms.pagesSeen(formId, all);
  const box = pages.flatMap((p) => p.questions).find((q) => q.title === DATES);
  const offered = box?.type === "CHECKBOX" ? box.choices : [];
  if (box?.type === "CHECKBOX" && tick) {
    const ticked = Array.isArray(tick) ? tick : offered.filter((c) => tick.test(c));
    const before = prefilled[String(box.id)];
    all[String(box.id)] = [...(Array.isArray(before) ? (before as string[]) : []), ...ticked];
  }
  return { formId, answers: all, pages, offered };
}

/** Follows the link and submits. */
export function submitLink(
  forms: FormsBoard,
  link: string,
  answers: Answers,
  tick?: RegExp | string[],
): Followed & { responseId: string; failures: unknown[] } {
  const opened = openLink(forms, link, answers, tick);
  const { responseId, failures } = forms.submit(opened.formId, opened.answers);
  return { ...opened, responseId, failures };
}
