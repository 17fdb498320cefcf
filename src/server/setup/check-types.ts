import type { IsoDate, SheetError, SupportMap } from "../../core/model";
import type { MapSheets } from "../platform/map-sheets";

// The shape of one of Check setup's checks. The list of them is check-list.ts.

export const RUN_SET_UP = "Choose Support Map > Set up support map to add it.";

export interface SetupProblem {
  sheet?: string;
  /** 1-based sheet row. */
  row?: number;
  column?: string;
  message: string;
  severity: "error" | "warning";
}

/** What a check gets: the sheets as read once, and the map read from them. */
export interface SetupCheckContext {
  read: MapSheets;
  map: SupportMap;
  errors: SheetError[];
  /** Today in the map's time zone. */
  today: IsoDate;
}

export interface SetupCheck {
  /** Names the check in the message shown if it fails to run. */
  name: string;
  run(context: SetupCheckContext): SetupProblem[];
}
