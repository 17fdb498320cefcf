import { createAppsScriptEnv, type AppsScriptEnv } from "../../src/fakes";
import type { AppsScriptEnvOptions } from "../../src/fakes";
import { menuCheckSetup } from "../../src/server/setup/check-setup";
import { useClock } from "../../src/server/platform/clock";
import { onOpen } from "../../src/server/menu";
import { menuPlan } from "../../src/server/plan/plan";
import { menuSelfTest } from "../../src/server/setup/self-test";
import { menuSetUp } from "../../src/server/setup/setup";
import { menuSetUpExample } from "../../src/server/setup/setup-example";

// The in-memory Apps Script installed as globals, with the menu built and the clock pinned, so
// a test can click menu items as a coordinator would.

export const NOW = "2026-12-07T09:00:00Z";

/** The functions the menu calls by name, as dist/Code.js declares them. */
export const ENTRY_POINTS = { menuSetUp, menuSetUpExample, menuPlan, menuCheckSetup, menuSelfTest };

let installed: AppsScriptEnv | undefined;

export function installEnv(options: AppsScriptEnvOptions = {}): AppsScriptEnv {
  const env = createAppsScriptEnv({ timeZone: "Europe/London", now: NOW, ...options });
  installed = env;
  // The fakes' console writes to env.logs; jest's own stays, so failures can still be read.
  const { console: _console, ...globals } = env.globals;
  Object.assign(globalThis, globals);
  useClock(() => env.clock.now());
  jest.useFakeTimers({ now: env.clock.now(), doNotFake: ["nextTick", "setImmediate"] });
  onOpen();
  return env;
}

/**
 * Also fails the test if a lock was released over spreadsheet writes nobody flushed: in Google,
 * the next run to take the lock could read the rows as they were before.
 */
export function uninstallEnv(): void {
  useClock(undefined);
  jest.useRealTimers();
  const unflushed = installed?.locks.unflushed.splice(0) ?? [];
  installed = undefined;
  if (unflushed.length)
    throw new Error(`A ${unflushed[0]} lock was released before SpreadsheetApp.flush()`);
}

/** Runs the menu item with this caption. */
export function click(env: AppsScriptEnv, caption: string): unknown {
  return env.ui.click(caption, ENTRY_POINTS);
}

/** Every sheet's values, formulas, formats, notes, backgrounds, rules and protections. */
export function snapshot(env: AppsScriptEnv): unknown {
  return env.book.sheets.map((s) => ({
    name: s.name,
    maxRows: s.maxRows,
    maxColumns: s.maxColumns,
    frozen: s.frozenRows,
    widths: [...s.columnWidths.entries()],
    protections: s.protections.map((p) => ({ ...p, sheet: p.sheet.name })),
    cells: s.rows.map((row) =>
      (row ?? []).map((cell) =>
        cell
          ? { ...cell, validation: cell.validation ? { ...cell.validation.rule } : undefined }
          : null,
      ),
    ),
  }));
}

/** Values and backgrounds of every sheet, through the fakes' API (after the calls were counted). */
export function valuesAndColours(env: AppsScriptEnv): Record<string, unknown> {
  return Object.fromEntries(
    env.spreadsheet.getSheets().map((s) => {
      const range = s.getDataRange();
      return [s.getName(), { values: range.getValues(), backgrounds: range.getBackgrounds() }];
    }),
  );
}

/** Column number (1-based) of a header on a sheet. */
export function columnOf(env: AppsScriptEnv, sheet: string, header: string): number {
  const i = env.readSheet(sheet)[0].indexOf(header);
  if (i < 0) throw new Error(`${sheet} has no column ${header}`);
  return i + 1;
}
