import type { Panel } from "../shared/panel-types";
import { call } from "./server";

// The panel's toolbar, as a list. Features that add buttons to the panel (the offer form,
// messages to helpers …) add an entry here; the toolbar draws each one with the same busy
// state, result line and error message as every other action.

export interface ActionContext {
  /** The typed google.script.run (see src/shared/contract.ts). */
  call: typeof call;
  /** Reloads the map at a glance, e.g. after the action changed the sheets. */
  refresh: () => Promise<void>;
  /** What the panel shows now, if it has loaded. */
  panel: () => Panel | undefined;
}

export interface PanelAction {
  id: string;
  /** The button's text: a verb the coordinator knows ("Refresh", "Create the offer form"). */
  label: string;
  kind: "action" | "secondary";
  /** Shown while it runs: "Refreshing…". */
  busy: string;
  /** Heads its error message: "Could not refresh". */
  failed: string;
  /** Does the work; resolves with the sentence to show when it is done. */
  run: (context: ActionContext) => Promise<string>;
}

export const ACTIONS: PanelAction[] = [
  {
    id: "refresh",
    label: "Refresh",
    kind: "secondary",
    busy: "Refreshing…",
    failed: "Could not refresh",
    run: async ({ refresh }) => {
      await refresh();
      return "Up to date with the sheets.";
    },
  },
];
