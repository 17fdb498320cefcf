import { settingsOn } from "../../core/lifecycle/coordinators";
import { checkInThanks, quoteProblem } from "../../core/messages/check-in-thanks";
import { quietReason } from "../../core/messages/due";
import { localStamp } from "../../core/messages/zone";
import type { IsoDate, Person, SupportMap } from "../../core/model";
import { nameKey } from "../../core/problem";
import type { ThankHelperArgs, ThanksFormArgs } from "../../shared/contract";
import type {
  CheckInActionResult,
  CheckInThanksForm,
  CheckInThanksPreview,
} from "../../shared/panel-types";
import { thankedLine } from "../../sheets/check-in-acted";
import { ASSIGNMENTS_SHEET, NEEDS_SHEET, PEOPLE_SHEET, SETTINGS_SHEET } from "../../sheets/columns";
import { CHECK_INS_SHEET } from "../../sheets/message-sheets";
import { closeSession, openSession } from "../messages/session";
import { MessageLedger } from "../messages/sent-ledger";
import { withDocumentLock } from "../platform/lock";
import { mapProperties } from "../platform/map-properties";
import { readMapSheets } from "../platform/map-sheets";
import { answer, PanelError } from "../platform/rpc";
import { activeSpreadsheet } from "../platform/spreadsheet";
import { helperNamed, readForActions, thankableHelpers } from "./check-in-choices";
import {
  actedView,
  answerKey,
  findCheckIn,
  readCheckInsTable,
  recordActed,
  WORKED,
  type CheckInLine,
} from "./check-in-rows";

// "Thank a helper" from what worked: the short thank-you one helper gets, previewed exactly as it
// is sent, then sent by MailApp through the sent-message ledger (at most once per answer and
// helper, even on a second click) and logged in Log. It names nobody but that helper, never holds
// a need's Details, and quotes the person supported only when the coordinator ticks the box.

const thanksId = (line: CheckInLine, helper: Person) =>
  `checkinthanks:${answerKey(line)}:${nameKey(helper.name)}`;

function thanksFor(
  map: SupportMap,
  today: IsoDate,
  line: CheckInLine,
  helper: Person,
  quote: boolean,
) {
  const settings = settingsOn(map.settings, today);
  const worked = line.answers[WORKED];
  const problem = quoteProblem(
    worked,
    helper,
    map.people,
    map.needs.map((n) => n.details),
  );
  const message = checkInThanks({
    settings,
    helper,
    ...(quote && !problem ? { quote: worked } : {}),
  });
  return { message, problem };
}

/** The thank-you each helper would get for this answer, with and without the quote. */
export function checkInThanksForm(...args: unknown[]): CheckInThanksForm {
  return answer("checkInThanksForm", args, ({ ref }: ThanksFormArgs) => {
    const read = readMapSheets(activeSpreadsheet(), [
      SETTINGS_SHEET,
      NEEDS_SHEET,
      PEOPLE_SHEET,
      ASSIGNMENTS_SHEET,
      CHECK_INS_SHEET,
    ]);
    const { map, today } = readForActions(read);
    const line = findCheckIn(
      readCheckInsTable(read.values[CHECK_INS_SHEET], map.settings.timeZone),
      ref,
    );
    const ledger = new MessageLedger(mapProperties(read.spreadsheet));
    const helpers = thankableHelpers(map, today);
    const previews: CheckInThanksPreview[] = helpers.map((helper) => {
      const plain = thanksFor(map, today, line, helper, false);
      const quoted = thanksFor(map, today, line, helper, true);
      return {
        helper: helper.name,
        subject: plain.message.subject,
        text: plain.message.text,
        quotedText: quoted.message.text,
        quoteProblem: plain.problem,
        alreadySent: ledger.has(thanksId(line, helper)),
      };
    });
    return {
      helpers: previews,
      preselected: helperNamed(line.answers[WORKED], helpers),
      message: previews.length
        ? "Choose who to thank. The thank-you names only them; tick the box to quote the answer."
        : "Nobody can be thanked yet: only active helpers with tasks on Assignments and an email on People are listed.",
    };
  });
}

function thank(args: ThankHelperArgs): CheckInActionResult {
  const session = openSession();
  try {
    const { map, today } = session;
    const sheet = session.read.spreadsheet.getSheetByName(CHECK_INS_SHEET);
    const table = readCheckInsTable(
      sheet ? sheet.getDataRange().getValues() : [],
      map.settings.timeZone,
    );
    const line = findCheckIn(table, args.ref);
    const acted = actedView(line);
    const done = (ok: boolean, message: string) => ({
      done: ok,
      message,
      acted,
      planChanges: "",
      problems: [],
    });
    const quiet = quietReason(map.settings, today);
    if (quiet) return done(false, quiet);
    const helper = thankableHelpers(map, today).find(
      (p) => nameKey(p.name) === nameKey(args.helper),
    );
    if (!helper)
      throw new PanelError(
        `"${args.helper}" is not an active helper with tasks on Assignments and an email on People, so no thank-you was sent. Press "Load again" under Check-ins to see who can be thanked.`,
      );
    // openSession already chose today's coordinator: the same settings as the preview.
    const { message, problem } = thanksFor(
      { ...map, settings: session.mainSettings },
      today,
      line,
      helper,
      args.quote,
    );
    if (args.quote && problem) return done(false, `Nothing was sent. ${problem}`);
    const outcome = session.run.send({
      id: thanksId(line, helper),
      to: helper.email,
      toName: helper.name,
      message,
      replyTo: map.settings.coordinatorEmail,
    });
    if (outcome === "already sent")
      return done(
        false,
        `${helper.name} was already thanked for this answer: nothing was sent again.`,
      );
    if (outcome === "waiting")
      return done(
        false,
        "Today's email quota is used up, so nothing was sent. Try again tomorrow.",
      );
    if (outcome === "failed")
      return done(false, session.run.errors[0] ?? `The thank-you to ${helper.name} was not sent.`);
    const after = sheet
      ? recordActed(
          sheet,
          table,
          line,
          thankedLine(helper.name, localStamp(session.at, map.settings.timeZone)),
        )
      : acted;
    return {
      done: true,
      message: `Thank-you sent to ${helper.name}, and noted in the Log.`,
      acted: after,
      planChanges: "",
      problems: [],
    };
  } finally {
    closeSession(session);
  }
}

/** Sends one helper the thank-you for this answer: at most once, logged in Log. */
export function thankHelperFromCheckIn(...args: unknown[]): CheckInActionResult {
  return answer("thankHelperFromCheckIn", args, (parsed) => withDocumentLock(() => thank(parsed)));
}
