import { changeGapMessage, dayWords, missedVisitDraft } from "../../core/messages/change";
import { quietReason } from "../../core/messages/due";
import { isCovered } from "../../core/messages/roster";
import type { IsoDate, Need } from "../../core/model";
import type { Gap } from "../../core/plan-types";
import { nameKey } from "../../core/problem";
import { CHANGES_SHEET, readChangeRows } from "../../sheets/changes-sheet";
import { coordinatorAddress } from "../forms/check-in-form";
import { planFromSheets, writePlan } from "../plan/plan";
import { now } from "../platform/clock";
import { readMapSheets } from "../platform/map-sheets";
import { sendChangeMessages } from "./change-messages";
import { composeStepInAsk } from "./step-in-ask";
import { closeSession, openSession } from "./session";
import { fileChangeAnswers } from "./change-answers";
import {
  ASKS_KEY,
  entryFor,
  handle,
  reviewAsks,
  stepInAutomatically,
  taskName,
  type Pending,
  type Plan,
} from "./change-plan";
import { appendAssignments, confirmRows, writeOutcomes, writeStatuses } from "./change-writes";

// Reassess, once an hour: what helpers said through their "can't make it" link becomes action.
//
// - "I can't make a date" / "I'd like to swap": those dates are declined for that helper (a
//   declined row on Assignments, so every later plan keeps them off it). Their backup that day
//   is asked to step in, or made the main helper at once when the Settings' "Backups step in"
//   says automatically; with no backup the planner looks for someone within everyone's limits;
//   failing that the coordinator gets one alert naming the gap and why.
// - "I need to stop": the helper is paused from that date and the map is planned again.
// - "Yes, I can step in": the backup becomes the main helper for that date.
// Then only the helpers whose own tasks changed hear about it, and only about the change. The
// person supported is never told. Each Changes row gets an Outcome, so a row is handled once.

function gapReason(gaps: Gap[], need: Need, date: IsoDate): string {
  const gap = gaps.find(
    (g) =>
      g.role === "primary" &&
      nameKey(g.need) === nameKey(need.name) &&
      g.occurrences.includes(date),
  );
  return gap
    ? `${gap.explanation} ${gap.suggestion}`
    : "Nobody else is free then within their limits.";
}

/**
 * The hourly reassessment, under the dispatcher's lock: answers filed, changes acted on, and
 * change messages to whoever's own tasks changed since they were last told.
 */
export function reassess(): void {
  let session = openSession();
  try {
    fileChangeAnswers(session);
    if (quietReason(session.map.settings, session.today)) return;
    const sheet = session.read.spreadsheet.getSheetByName(CHANGES_SHEET);
    const rows = readChangeRows(
      sheet ? sheet.getDataRange().getValues() : [],
      session.map.settings.timeZone,
    );
    const pending: Pending[] = rows
      .filter((r) => r.outcome === "" && r.helper !== "")
      .map((row) => ({ row, outcome: [], watch: [] }));
    const plan: Plan = {
      additions: [],
      statuses: [],
      asks: [],
      missed: [],
      confirmed: [],
      expired: [],
      replan: false,
    };
    const auto = stepInAutomatically(session);
    for (const p of pending) handle(session, p, plan, auto);
    const openAsks = reviewAsks(session, plan);
    confirmRows(session, plan.confirmed);
    appendAssignments(session, plan.additions);
    writeStatuses(session, plan.statuses);
    let gaps: Gap[] = [];
    if (plan.replan) {
      const planned = planFromSheets(readMapSheets(session.read.spreadsheet));
      writePlan(planned, now());
      gaps = planned.result.report.gaps;
    }
    if (plan.additions.length || plan.statuses.length) session = openSession();
    for (const ask of plan.asks) {
      openAsks.push({
        id: ask.id,
        need: ask.need.name,
        date: ask.date,
        backup: ask.person.name,
        at: session.at,
      });
      session.run.send(composeStepInAsk(session, ask));
    }
    const coordinator = coordinatorAddress(session);
    for (const p of pending)
      for (const w of p.watch) {
        const entry = entryFor(session, w.need, w.date);
        if (!entry || isCovered(entry)) continue;
        p.outcome.push(
          `Still nobody for ${taskName(w.need)} on ${dayWords(w.date)}: you were alerted.`,
        );
        if (!coordinator) continue;
        session.run.send({
          id: `changegap:${p.row.responseId || p.row.row}:${nameKey(w.need.name)}:${w.date}`,
          to: coordinator,
          toName: session.map.settings.coordinatorName.trim() || "Coordinator",
          message: changeGapMessage({
            settings: session.map.settings,
            need: taskName(w.need),
            date: w.date,
            because: w.because,
            reason: gapReason(gaps, w.need, w.date),
          }),
        });
      }
    for (const e of plan.expired) {
      const entry = entryFor(session, e.need, e.date);
      if (!entry || isCovered(entry) || !coordinator) continue;
      session.run.send({
        id: `changegap:${e.id}`,
        to: coordinator,
        toName: session.map.settings.coordinatorName.trim() || "Coordinator",
        message: changeGapMessage({
          settings: session.map.settings,
          need: taskName(e.need),
          date: e.date,
          because: e.because,
          reason: gapReason(gaps, e.need, e.date),
        }),
      });
    }
    for (const m of plan.missed) {
      if (!coordinator) continue;
      session.run.send({
        id: m.id,
        to: coordinator,
        toName: session.map.settings.coordinatorName.trim() || "Coordinator",
        message: missedVisitDraft({
          settings: session.map.settings,
          helper: m.person,
          task: taskName(m.need),
          date: m.date,
        }),
      });
    }
    if (openAsks.length || session.props.getProperty(ASKS_KEY) !== null)
      session.props.setProperty(ASKS_KEY, JSON.stringify(openAsks));
    sendChangeMessages(session);
    if (sheet) writeOutcomes(sheet, pending);
  } finally {
    // The first session only read and filed: closing it too would log the same lines twice.
    closeSession(session);
  }
}
