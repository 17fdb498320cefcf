import type {
  CheckIns,
  CheckInSent,
  OfferFormResult,
  ScheduledMessages,
  SyncOffersResult,
} from "../../shared/panel-types";
import { SETTINGS_SHEET } from "../../sheets/columns";
import { readMap } from "../../sheets/read-map";
import { now } from "../platform/clock";
import { checkInsOf } from "../forms/check-in-answers";
import { CHECK_INS_SHEET } from "../../sheets/message-sheets";
import { createOfferForm, type OfferFormInfo } from "../forms/offer-form";
import { readFormConfig } from "../forms/form-config";
import { syncOffers as syncFormOffers } from "../forms/intake";
import { readMapSheets } from "../platform/map-sheets";
import { activeSpreadsheet } from "../platform/spreadsheet";
import { answer } from "../platform/rpc";
import {
  sendCheckInNow as sendCheckIn,
  turnOnScheduledMessages as turnOnDispatcher,
} from "../messages/dispatcher";
import { scheduledTrigger } from "../messages/scheduled-trigger";

// The panel's "Helpers and messages" buttons and its Check-ins list: the sidebar calls these
// through google.script.run (see src/shared/contract.ts). Each checks its arguments, does what
// the menu item of the same name does, and returns plain data with a sentence to show. Briefs
// are sent by sendBriefs in briefs.ts, the one entry point for the menu and the panel.

function offerFormMessage(info: OfferFormInfo): string {
  const lead = info.created
    ? info.replaced
      ? `A new offer form is ready: ${info.replaced}.`
      : "The offer form is ready."
    : "The offer form is up to date with Settings and Needs.";
  const choices = `It offers ${info.choices} type${info.choices === 1 ? "" : "s"} of help.`;
  return `${lead} ${choices} Share its link with the people who might help.`;
}

/** Creates the offer form, or brings the one on record up to date with Settings and Needs. */
export function offerForm(...args: unknown[]): OfferFormResult {
  return answer("offerForm", args, () => {
    const info = createOfferForm();
    return {
      url: info.url,
      editUrl: info.editUrl,
      created: info.created,
      message: offerFormMessage(info),
    };
  });
}

/** Reads every answer of the offer form into People, Offers and Intake issues again. */
export function syncOffers(...args: unknown[]): SyncOffersResult {
  return answer("syncOffers", args, () => {
    if (!readFormConfig())
      return {
        responses: 0,
        offers: 0,
        issues: 0,
        message: "There is no offer form yet, so there are no answers to sync. Create it first.",
      };
    const summary = syncFormOffers();
    const message =
      summary.issues > 0
        ? `${summary.text} Look at the Intake issues sheet for those.`
        : summary.text;
    return {
      responses: summary.responses,
      offers: summary.offers,
      issues: summary.issues,
      message,
    };
  });
}

/** Sends the person supported this week's check-in now, unless it has gone already. */
export function sendCheckInNow(...args: unknown[]): CheckInSent {
  return answer("sendCheckInNow", args, () => ({ message: sendCheckIn() }));
}

/** Turns on the hourly trigger that sends check-ins, daily summaries and alerts. */
export function turnOnScheduledMessages(...args: unknown[]): ScheduledMessages {
  return answer("turnOnScheduledMessages", args, () => {
    const message = turnOnDispatcher();
    const on = !!scheduledTrigger(activeSpreadsheet());
    return { on, message };
  });
}

/** The latest answers on the Check-ins sheet, newest first: one read of it and of Settings. */
export function getCheckIns(...args: unknown[]): CheckIns {
  return answer("getCheckIns", args, () => {
    const read = readMapSheets(activeSpreadsheet(), [SETTINGS_SHEET, CHECK_INS_SHEET]);
    const { map } = readMap(
      { [SETTINGS_SHEET]: read.values[SETTINGS_SHEET] },
      { timeZone: read.timeZone, now: now() },
    );
    return checkInsOf(read.values[CHECK_INS_SHEET], map.settings.timeZone);
  });
}
