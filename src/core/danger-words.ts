// Words in a check-in answer that mean the coordinator must hear at once: self-harm, suicide,
// not wanting to be here. One list, English first, tested both ways (test/core/danger-words):
// phrases that must alert, and everyday ones that must not ("I'm dying to see the garden",
// "killing time before the bus"). A false alarm costs the coordinator a phone call; a missed
// one can cost far more, so a phrase that could go either way ("hurt myself") alerts.

/** Each pattern is matched against the answer lower-cased, with ’ made ' and spaces squeezed. */
export const DANGER_PATTERNS: readonly RegExp[] = [
  /\bsuicid(?:e|al|ality)\b/,
  /\bkill(?:ing)? my ?self\b/,
  /\b(?:hurt|harm|cut|injure|burn)(?:ing|s)? my ?self\b/,
  /\bself[- ]?harm/,
  /\btake my (?:own )?life\b/,
  /\bend(?:ing)? (?:it all|my life|my own life|everything)\b/,
  /\b(?:thinking (?:of|about)|think about|want(?:ed)? to|going to|gonna|plan(?:ning)? to|might|could just) end(?:ing)? (?:it|things)\b/,
  /\b(?:don'?t|do not|no longer|not|never) (?:want(?:ing)?|wish(?:ing)?) to (?:be here|be alive|live|exist|wake up|go on)\b/,
  /\b(?:wish(?:ing)?|want(?:ing)?|wanted) to (?:die|be dead|disappear for good|not wake up|not be here)\b/,
  /\bwish i (?:was|were|'?d|had) (?:dead|never been born|not here)\b/,
  /\bno (?:point|reason|use) (?:in )?(?:going on|carrying on|living|being alive|to live|to go on|being here)\b/,
  /\bnothing (?:left )?to live for\b/,
  /\bbetter off (?:dead|without me|if i (?:was|were)n'?t here)\b/,
  /\bcan'?t (?:go on|carry on|keep going|do this) (?:any ?more|like this|living)\b/,
  /\bcan'?t go on living\b/,
  /\b(?:overdos(?:e|ing)|od'?ing)\b/,
  /\bnot (?:be|being) around (?:any ?more|much longer)\b/,
  /\bgoodbye (?:to )?(?:everyone|everybody|all of you)\b/,
];

function normalised(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\s+/g, " ");
}

/** Whether an answer speaks of danger to the person supported. */
export function mentionsDanger(text: string): boolean {
  const t = normalised(text);
  return DANGER_PATTERNS.some((p) => p.test(t));
}

/** The answers (by index) that speak of danger. */
export function dangerousAnswers(answers: readonly string[]): number[] {
  return answers.flatMap((a, i) => (mentionsDanger(a) ? [i] : []));
}
