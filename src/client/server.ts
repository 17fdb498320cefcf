import type { ArgsOf, ResultOf, ServerFunction } from "../shared/contract";

// google.script.run, typed by the shared contract: one Promise per call. Only types come from
// the contract, so zod is not bundled into the sidebar.

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
}

function scriptRun(): ScriptRun | undefined {
  const g = globalThis as { google?: { script?: { run?: ScriptRun } } };
  return g.google?.script?.run;
}

export class ServerError extends Error {
  constructor(
    message: string,
    readonly fn: ServerFunction,
  ) {
    super(message);
    this.name = "ServerError";
  }
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  if (error && typeof error === "object" && "message" in error)
    return String((error as { message: unknown }).message);
  return "";
}

export function call<F extends ServerFunction>(name: F, ...args: ArgsOf<F>): Promise<ResultOf<F>> {
  return new Promise((resolve, reject) => {
    const run = scriptRun();
    if (!run) {
      reject(
        new ServerError(
          "This panel only works inside Google Sheets (Extensions > Support Map) or the local playground (npm start).",
          name,
        ),
      );
      return;
    }
    const handlers = run
      .withSuccessHandler((value) => resolve(value as ResultOf<F>))
      .withFailureHandler((error) => reject(new ServerError(messageOf(error), name)));
    const fn = (handlers as unknown as Record<string, (...a: unknown[]) => void>)[name];
    fn(...args);
  });
}
