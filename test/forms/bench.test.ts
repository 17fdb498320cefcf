import { measureFormIntake } from "../../bench/form-intake";

// The burst benchmark, small: the calls a submission costs stay level as the sheets grow, and no
// offer row is lost. (bench/run.ts runs it with 1000 submissions.)

test("a burst of submissions: level cost, nothing lost", () => {
  const result = measureFormIntake(80);
  expect(result.submissions).toBe(80);
  expect(result.rowsLost).toBe(0);
  const { first, last, mean } = result.callsPerSubmission;
  // Answers differ a little in how many questions they answer, and so in calls; nothing grows.
  expect(Math.abs(last - first)).toBeLessThanOrEqual(6);
  // About 85: each sheet's changed cells are written after one read of their formats, so text
  // stays exactly as typed in plain-text and automatic cells alike, and the lock is flushed.
  expect(mean).toBeLessThan(90);
  // The fakes stay as they were: the benchmark puts back the globals it borrowed.
  expect(Reflect.get(globalThis, "FormApp")).toBeUndefined();
});
