import type { PinWarning } from "./pin-warnings";
import type { UnreadRow } from "./unread";
import type { Assignment, IsoDate, Priority, Role, SheetError } from "./model";

/** Why an occurrence has nobody. Codes are stable; explanations are for people. */
export type GapReason =
  /** Nobody who may be asked offers this type of help at all. */
  | "no-offer"
  /** Offers of this type exist, but none on these days or at this time. */
  | "no-time"
  /** Everyone who could do it already holds as much as they agreed to. */
  | "at-limit"
  /** Only people who must not be asked (do not involve, paused, dropped) could do it. */
  | "excluded-only"
  /** Offers fit the day and time, but not the dates they are available. */
  | "outside-dates"
  /** Offers fit, but in person vs remote does not match. */
  | "mode"
  /** The only fitting time falls in the person supported's quiet time. */
  | "quiet-time";

/** A planned row for the Assignments sheet, with the dates it stands for. */
export interface PlannedAssignment extends Assignment {
  needRow: number;
  occurrences: IsoDate[];
  /** Plain words for a brief: "every Tuesday and Thursday evening from 5 January to 28 January". */
  description: string;
}

export interface Gap {
  need: string;
  needRow: number;
  priority: Priority;
  role: Role;
  /** "Sat and Sun mornings, 12 December to 20 December" */
  when: string;
  occurrences: IsoDate[];
  reason: GapReason;
  /** "Nobody who may be asked offers pet care on weekends." */
  explanation: string;
  /** "Ask for someone free weekend mornings for pet care." */
  suggestion: string;
}

export interface NeedCoverage {
  need: string;
  needRow: number;
  priority: Priority;
  /** Occurrence-seats with a primary. */
  covered: number;
  total: number;
  /** Occurrences that want a backup, and how many have one. */
  backupWanted: number;
  backup: number;
  /** "covered with backup" | "covered" | "partly covered" | "gap" | "referral" */
  state: CoverageState;
}

export type CoverageState =
  "covered with backup" | "covered" | "partly covered" | "gap" | "referral";

export interface HelperLoad {
  person: string;
  /** Distinct needs held as primary. */
  tasks: number;
  maxTasks: number;
  /** Most primary occurrences in any one week. */
  visitsPerWeek: number;
  maxVisitsPerWeek?: number;
  backupRoles: number;
  /** Most days in any one week on standby as a backup. */
  standbyDaysPerWeek: number;
  atLimit: boolean;
  overEager: boolean;
}

export interface UnusedOffer {
  person: string;
  type: string;
  offerRow: number;
  /** "Nobody needs meals." / "Others already cover pet care." */
  why: string;
}

export interface Referral {
  need: string;
  needRow: number;
  type: string;
  /** Plain words: refer to a professional, not a peer. */
  advice: string;
}

export interface Report {
  coverage: {
    /** Share of occurrence-seats with a primary, 0..1. */
    overall: number;
    /** Priority-weighted share, 0..1 (high 100, medium 10, low 1). */
    weighted: number;
    needs: NeedCoverage[];
  };
  gaps: Gap[];
  helpers: HelperLoad[];
  overEager: string[];
  atLimit: string[];
  referrals: Referral[];
  unusedOffers: UnusedOffer[];
  /** Needs with many more willing helpers than seats: "pet care: 5 offers for 1 seat". */
  oversupply: string[];
  errors: SheetError[];
  /** Rows that could not be read, needs first and high priority first: never out of view. */
  unread: UnreadRow[];
  /** Pinned rows that no longer fit (they stay pinned). */
  pinWarnings: PinWarning[];
}

export interface PlanResult {
  assignments: PlannedAssignment[];
  report: Report;
}
