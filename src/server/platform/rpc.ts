import type * as z from "zod";
import { ARGS, type ResultOf, type ServerFunction } from "../../shared/contract";

// Every function the sidebar calls goes through answer(): its arguments are checked against the
// contract, and whatever goes wrong reaches the coordinator as a sentence they can act on
// (google.script.run hands the thrown message to the sidebar's failure handler).

export type Parsed<F extends ServerFunction> = z.output<(typeof ARGS)[F]>;

/** An error whose message is already written for the coordinator. */
export class PanelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PanelError";
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.path.length === 0) {
    if (issue.code === "too_big") return "It was given more than it takes.";
    if (issue.code === "too_small") return "Something it needs was missing.";
  }
  const path = issue.path.filter((p) => typeof p === "string").join(".");
  // The contract's own messages name the field already ("The need must be text.").
  const text =
    / must | is /.test(issue.message) || !path ? issue.message : `${path}: ${issue.message}`;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.slice(0, 3).map(describeIssue).join(" ");
}

function lockTimeout(error: unknown): boolean {
  return error instanceof Error && /lock timeout/i.test(error.message);
}

export function answer<F extends ServerFunction>(
  name: F,
  args: readonly unknown[],
  work: (...parsed: Parsed<F>) => ResultOf<F>,
): ResultOf<F> {
  const parsed = ARGS[name].safeParse([...args]);
  if (!parsed.success)
    throw new PanelError(
      `The panel asked for "${name}" with something the add-on cannot use. ${describeIssues(parsed.error.issues)} Close the panel, open it again from the Extensions menu and try once more.`,
    );
  try {
    return work(...(parsed.data as Parsed<F>));
  } catch (error) {
    if (error instanceof PanelError) throw error;
    if (lockTimeout(error))
      throw new PanelError(
        "Someone else is writing to the sheets right now (a form answer or another plan). Nothing was changed; try again in a minute.",
      );
    const raw = (error instanceof Error ? error.message : String(error)).trim();
    const message = /[.!?]$/.test(raw) ? raw : `${raw}.`;
    throw new PanelError(
      `The add-on ran into a problem it did not expect: ${message} Try again; if it keeps happening, choose Check setup in the Support Map menu.`,
    );
  }
}
