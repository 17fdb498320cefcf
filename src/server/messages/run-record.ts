import * as z from "zod";
import { services } from "../platform/services";

// What each hourly run found and did, kept in the user's properties (the one store every run of
// this user has, with or without a document), for Check setup, the panel and the Self-test:
// - per map: the last run's context (active spreadsheet? document lock? document properties?
//   did getUserTriggers list the trigger?) and its outcome;
// - per user: a run that could not reach any map, and whether the coordinator was emailed.

const RUN_PREFIX = "sm.run.";
const UNREACHED_KEY = "sm.run.unreached";

export const RunContext = z.object({
  activeSpreadsheet: z.boolean(),
  documentLock: z.boolean(),
  documentProperties: z.boolean(),
  /** null when there was no spreadsheet to ask about. */
  listedByGetUserTriggers: z.boolean().nullable(),
});
export type RunContext = z.infer<typeof RunContext>;

const RunRecord = z.object({
  at: z.string(),
  context: RunContext,
  /** "by id" when the map was opened by the stored spreadsheet id. */
  opened: z.enum(["active", "by id"]),
  outcome: z.string(),
  ok: z.boolean(),
});
export type RunRecord = z.infer<typeof RunRecord>;

const Unreached = z.object({
  at: z.string(),
  triggerUid: z.string(),
  reason: z.string(),
  /** The reason the coordinator was last emailed about, so the same news goes out once. */
  emailed: z.string().optional(),
});
export type Unreached = z.infer<typeof Unreached>;

function parse<T>(schema: z.ZodType<T>, text: string | null): T | undefined {
  if (!text) return undefined;
  try {
    const r = schema.safeParse(JSON.parse(text));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}

const user = () => services().properties.getUserProperties();

export function lastRun(spreadsheetId: string): RunRecord | undefined {
  return parse(RunRecord, user().getProperty(RUN_PREFIX + spreadsheetId));
}

export function recordRun(spreadsheetId: string, record: RunRecord): void {
  user().setProperty(RUN_PREFIX + spreadsheetId, JSON.stringify(record));
}

export function unreached(): Unreached | undefined {
  return parse(Unreached, user().getProperty(UNREACHED_KEY));
}

export function recordUnreached(record: Unreached): void {
  user().setProperty(UNREACHED_KEY, JSON.stringify(record));
}

/** Forgets an unreached run: any, or only one of this trigger. */
export function clearUnreached(triggerUid?: string): void {
  const before = unreached();
  if (!before && user().getProperty(UNREACHED_KEY) === null) return;
  if (triggerUid !== undefined && before && before.triggerUid !== triggerUid) return;
  user().deleteProperty(UNREACHED_KEY);
}

/** One line for a coordinator: where the last run found the map, and what it found there. */
export function describeContext(c: RunContext): string {
  const yes = (b: boolean) => (b ? "yes" : "no");
  const listed = c.listedByGetUserTriggers === null ? "not asked" : yes(c.listedByGetUserTriggers);
  return `active spreadsheet: ${yes(c.activeSpreadsheet)}; document lock: ${yes(c.documentLock)}; document properties: ${yes(c.documentProperties)}; trigger listed by getUserTriggers: ${listed}`;
}
