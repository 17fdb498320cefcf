import type { Person, Settings } from "../model";
import { nameKey } from "../problem";
import { email, paragraph, type Block } from "./html";
import type { EmailMessage } from "./message";
import { coordinatorName, firstName, personSupported } from "./names";

// A short thank-you to one helper, sent from the panel when the person supported's check-in says
// what worked. It names only that helper. The person supported's own words go in only when the
// coordinator ticks the box, and never when they name anyone else on People (another helper, or
// someone who must not be named at all) or hold a need's Details.

/** The longest answer quoted; a longer one stays on the Check-ins sheet. */
export const QUOTE_LIMIT = 600;

export interface CheckInThanksInput {
  settings: Settings;
  helper: Person;
  /** What worked, in the person supported's words, when the coordinator chose to quote it. */
  quote?: string;
}

export function checkInThanks(input: CheckInThanksInput): EmailMessage {
  const { settings, helper } = input;
  const first = firstName(helper.name) || helper.name.trim();
  const who = personSupported(settings);
  const blocks: Block[] = [
    paragraph(`Hi ${first},`),
    paragraph(
      `${who}'s check-in this week said your help is working well, and I wanted to pass that on.`,
    ),
  ];
  const quote = input.quote?.trim();
  if (quote) blocks.push({ kind: "answer", question: `In ${who}'s words`, answer: quote });
  blocks.push(
    paragraph("Thank you for your time and your care."),
    paragraph(coordinatorName(settings)),
  );
  return email(`Thank you, ${first}`, blocks);
}

/** Whether `name` (a full name, or a first name of two letters or more) is a word of `text`. */
function names(text: string, name: string): boolean {
  const key = nameKey(name);
  if (key.length < 2) return false;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "u").test(nameKey(text));
}

/** The people an answer names, by full or first name. */
export function peopleNamed<P extends Pick<Person, "name">>(
  text: string,
  people: readonly P[],
): P[] {
  return people.filter((p) => names(text, p.name) || names(text, firstName(p.name)));
}

/**
 * Why the answer cannot be quoted to this helper ("" when it can): it names someone else on
 * People, holds a need's Details, or is too long.
 */
export function quoteProblem(
  answer: string,
  helper: Pick<Person, "name">,
  people: readonly Pick<Person, "name">[],
  details: readonly string[],
): string {
  const text = answer.trim();
  if (!text) return "There is no answer to quote.";
  const others = people.filter((p) => nameKey(p.name) !== nameKey(helper.name));
  // A first name the helper shares with someone else says nothing about who is meant.
  const own = nameKey(firstName(helper.name));
  const named = peopleNamed(text, others).filter(
    (p) => names(text, p.name) || nameKey(firstName(p.name)) !== own,
  );
  if (named.length)
    return "The answer names someone else on People, and a thank-you never names other people: it is sent without the quote.";
  const lower = nameKey(text);
  if (details.some((d) => d.trim().length >= 8 && lower.includes(nameKey(d))))
    return "The answer repeats a need's Details, which never leave the spreadsheet: it is sent without the quote.";
  if (text.length > QUOTE_LIMIT)
    return `The answer is longer than ${QUOTE_LIMIT} characters: it is sent without the quote.`;
  return "";
}
