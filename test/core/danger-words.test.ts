import { dangerousAnswers, mentionsDanger } from "../../src/core/danger-words";

// Each phrase below was written by hand as a person might answer "What was missing?", not
// taken from the pattern list, so the list is checked against the way people write.

const MUST_ALERT = [
  "I don't want to be here anymore",
  "I don’t want to be here any more, honestly",
  "I've been thinking of ending it",
  "thinking about ending things",
  "Sometimes I hurt myself when it gets too much",
  "I feel suicidal at night",
  "Had suicidal thoughts again",
  "There's no point going on",
  "no point in carrying on like this",
  "I want to die",
  "I wish I was dead",
  "Everyone would be better off without me",
  "I can't go on like this",
  "I've thought about taking an overdose",
  "I want to end my life",
  "I might kill myself",
  "Self-harm has started again",
  "I don't want to wake up tomorrow",
  "nothing to live for now",
  "I'm going to end it",
  "I just want to not be here",
  "I cut myself last night",
];

const MUST_NOT_ALERT = [
  "I'm dying to see the garden",
  "killing time before the bus",
  "this heat is killing me",
  "I could kill for a coffee",
  "The dinners were great, thank you",
  "Nothing was missing",
  "The dog walks ended early on Tuesday",
  "I can't go on Tuesday, I have a hospital appointment",
  "My back is killing me after the move",
  "I nearly died laughing at Sam's story",
  "Let's end it there for this week",
  "I'm dead tired but OK",
  "Please don't bring soup again, I'm sick of it",
  "Could the end of the week be quieter?",
  "I'd hate to be a burden, but the shopping was late",
  "",
];

describe("danger words in a check-in answer", () => {
  it.each(MUST_ALERT)("alerts on %j", (phrase) => {
    expect(mentionsDanger(phrase)).toBe(true);
  });

  it.each(MUST_NOT_ALERT)("does not alert on %j", (phrase) => {
    expect(mentionsDanger(phrase)).toBe(false);
  });

  it("says which answers of a check-in alerted", () => {
    expect(dangerousAnswers(["The meals", "I feel like there's no point going on", ""])).toEqual([
      1,
    ]);
  });
});
