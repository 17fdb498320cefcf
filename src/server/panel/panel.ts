import type {
  Applied,
  Panel,
  PinResult,
  PlanPreview,
  SettingsForm,
  SettingsSaved,
} from "../../shared/panel-types";
import type { Assignment } from "../../core/model";
import { now } from "../platform/clock";
import { readMapSheets } from "../platform/map-sheets";
import { buildPanel } from "./panel-data";
import { afterApply, helpersAndMessages, PANEL_SHEETS, withoutIntake } from "./panel-messages";
import { setupProblems } from "./panel-setup";
import { changesText, countChanges, planChanges, planId } from "../plan/plan-diff";
import { planFromSheets, summarise, writePlan, type Planned } from "../plan/plan";
import { withDocumentLock } from "../platform/lock";
import { activeSpreadsheet } from "../platform/spreadsheet";
import { setPinnedCell } from "../plan/pins";
import { answer, PanelError } from "../platform/rpc";
import { saveSettingsForm, settingsForm } from "./settings-form";
import { services } from "../platform/services";

// The coordinator panel's server side: the sidebar calls these through google.script.run
// (see src/shared/contract.ts). Each one checks its arguments and returns plain data.

export function menuOpenPanel(): void {
  const { html, spreadsheetApp } = services();
  const sidebar = html.createHtmlOutputFromFile("Sidebar").setTitle("Support Map");
  spreadsheetApp.getUi().showSidebar(sidebar);
}

/** The panel's data from one read of each sheet; `current` is Assignments as it is now. */
function panelOf({ read, map, result, readings }: Planned, current: readonly Assignment[]): Panel {
  return buildPanel({
    map,
    result,
    current,
    setup: withoutIntake(setupProblems(read, result.report.errors)),
    readings,
    ...helpersAndMessages(read, { ...map, assignments: [...current] }),
  });
}

const readPanelSheets = () => readMapSheets(activeSpreadsheet(), PANEL_SHEETS);

/** The map at a glance: the plan as things stand, and how it differs from Assignments. */
export function getPanel(...args: unknown[]): Panel {
  return answer("getPanel", args, () => {
    const planned = planFromSheets(readPanelSheets());
    return panelOf(planned, planned.map.assignments);
  });
}

/** What a new plan would change in Assignments, without writing anything. */
export function previewPlan(...args: unknown[]): PlanPreview {
  return answer("previewPlan", args, () => {
    const { map, result } = planFromSheets();
    const changes = planChanges(map.assignments, result.assignments);
    return {
      ...changes,
      changes: changesText(countChanges(changes)),
      summary: summarise(result).text,
      previewId: planId(result.assignments),
    };
  });
}

/** Plans and writes Assignments, the Needs colours and the Coverage sheet. */
export function applyPlan(...args: unknown[]): Applied {
  return answer("applyPlan", args, (options) =>
    withDocumentLock(() => {
      const planned = planFromSheets(readPanelSheets());
      const { map, result } = planned;
      if (map.settings.mapState === "closed")
        throw new PanelError(
          "The map is closed (Settings: Map state is closed), so nothing is planned. Its Assignments stay as they were, as a record.",
        );
      if (map.settings.paused)
        throw new PanelError(
          "The map is paused (Settings: Map paused is yes), so nothing new is planned. Set Map paused to no in Settings to plan again.",
        );
      if (options?.previewId && options.previewId !== planId(result.assignments))
        throw new PanelError(
          "The sheets changed after the preview, so the plan would be different from the one you saw. Nothing was written: preview again, then apply.",
        );
      const changes = countChanges(planChanges(map.assignments, result.assignments));
      writePlan(planned, now());
      const panel = panelOf(planned, result.assignments);
      return {
        message: `Planned: ${summarise(result).text} ${changesText(changes)}${afterApply(panel.messages)}`,
        changes,
        panel,
      };
    }),
  );
}

/** Pins or unpins one Assignments row. */
export function setPinned(...args: unknown[]): PinResult {
  return answer("setPinned", args, (pin) => setPinnedCell(pin));
}

export function getSettings(...args: unknown[]): SettingsForm {
  return answer("getSettings", args, () => settingsForm());
}

export function saveSettings(...args: unknown[]): SettingsSaved {
  return answer("saveSettings", args, (values) => saveSettingsForm(values));
}
