import { normaliseType } from "../help-types";

// What a helper does, said with a verb that fits the type of help: "bring dinner", "give Alex a
// ride", "call Alex". The need's name is added in brackets when the verb does not already say
// it, so "Groceries" reads "run errands for Alex (Groceries)".

const MEALS = new Set(["breakfast", "lunch", "dinner", "supper", "tea", "meal", "meals"]);

/** "Dinner" → "dinner"; names in capitals ("GP visit") stay as typed. */
function lowerFirst(name: string): string {
  const trimmed = name.trim();
  return /^[A-Z][a-z]/.test(trimmed) ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1) : trimmed;
}

/** The verb phrase, and whether it already names the task. */
function verb(type: string, need: string, who: string): { words: string; named: boolean } {
  const normal = normaliseType(type);
  switch (normal) {
    case "meal":
      return MEALS.has(need.trim().toLowerCase())
        ? { words: `bring ${lowerFirst(need)}`, named: true }
        : { words: "bring a meal", named: false };
    case "ride":
      return { words: `give ${who} a ride`, named: false };
    case "errand":
      return { words: `run errands for ${who}`, named: false };
    case "pet care":
      return { words: "look after the pets", named: false };
    case "house care":
      return { words: "help around the house", named: false };
    case "childcare":
      return { words: "look after the children", named: false };
    case "phone call":
      return { words: `call ${who}`, named: false };
    case "visit":
      return { words: `visit ${who}`, named: false };
    case "work cover":
      return { words: `cover a work task for ${who}`, named: false };
    case "medical reminder":
      return { words: `send ${who} a reminder`, named: false };
    case "paperwork":
      return { words: `help ${who} with paperwork`, named: false };
    default:
      return { words: `help with ${lowerFirst(need)}`, named: true };
  }
}

/** "bring dinner", "run errands for Alex (Groceries)". */
export function taskWords(type: string, need: string, who: string): string {
  const v = verb(type, need, who);
  return v.named ? v.words : `${v.words} (${need.trim()})`;
}
