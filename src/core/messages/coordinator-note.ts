import type { Settings } from "../model";
import { dayWords } from "./change";
import { email, heading, list, paragraph, type Block } from "./html";
import type { EmailMessage } from "./message";
import { firstName } from "./names";

// On the check-in day, one short note for the coordinator: what needs a person this week.

export interface CoordinatorNoteInput {
  settings: Settings;
  date: string;
  /** "Dinner on Thursday 11 March" */
  gaps: { need: string; date: string }[];
  /** Helpers briefed two days ago or more who have not confirmed. */
  unconfirmed: string[];
  /** "Kofi Mensah: 14 March" */
  missed: string[];
  /** The latest check-in answers, question and answer. */
  answers: { question: string; answer: string }[];
}

export function coordinatorNote(input: CoordinatorNoteInput): EmailMessage {
  const blocks: Block[] = [];
  const name = firstName(input.settings.coordinatorName);
  if (name) blocks.push(paragraph(`Hello ${name},`));
  blocks.push(paragraph("This week's short note: only what may need you."));
  blocks.push(
    heading("Next week's gaps"),
    input.gaps.length
      ? list(input.gaps.map((g) => `${g.need} on ${dayWords(g.date)}`))
      : paragraph("None: every visit has someone."),
    heading("Not confirmed after two days"),
    input.unconfirmed.length
      ? list(input.unconfirmed)
      : paragraph("Everyone briefed has confirmed."),
  );
  if (input.missed.length) blocks.push(heading("Missed visits"), list(input.missed));
  if (input.answers.some((a) => a.answer.trim()))
    blocks.push(
      heading("The latest check-in answers"),
      ...input.answers.map((a) => ({
        kind: "answer" as const,
        question: a.question,
        answer: a.answer,
      })),
    );
  return email(`This week, in short: ${dayWords(input.date)}`, blocks);
}
