import type { AppsScriptEnv } from "../fakes/index";
import { setUpExample } from "../server/setup/setup-example";

// Fills the in-memory spreadsheet with an example map the way a coordinator would get it:
// "Set up with the example" (sheets, headers, dropdowns, notes), then the example's rows.

export function seedSheets(
  env: AppsScriptEnv,
  sheets: Record<string, unknown[][]>,
  log: (line: string) => void,
): void {
  try {
    if (setUpExample(sheets).filled) return;
    log("Set up did not add the example; writing its sheets as they are.");
  } catch (error) {
    log(
      `Set up failed (${error instanceof Error ? error.message : String(error)}); writing the example's sheets as they are.`,
    );
  }
  for (const [name, values] of Object.entries(sheets)) env.writeSheet(name, values);
}
