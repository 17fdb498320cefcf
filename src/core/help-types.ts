// Types of help are free text typed by people ("Meals", "meal", "phone calls"), so they are
// compared in a normal form rather than as typed.

const ANY_TYPE = new Set(["any", "anything", "every type", "all", "*", "everything"]);

export function normaliseType(type: string): string {
  return type
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .map((word) =>
      word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word,
    )
    .join(" ");
}

export function isAnyType(type: string): boolean {
  return ANY_TYPE.has(type.trim().toLowerCase());
}

/** Whether an offer of `offered` covers a need of type `needed`. */
export function typeMatches(offered: string, needed: string): boolean {
  return isAnyType(offered) || normaliseType(offered) === normaliseType(needed);
}
