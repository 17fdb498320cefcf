import { INTAKE_ISSUES_CHECK, OFFER_FORM_TRIGGER_CHECK } from "../forms/form-checks";
import { CHANGE_RECORD_CHECK } from "../forms/change-record-check";
import { MESSAGES_CHECK } from "../messages/message-checks";
import { FORMS_TAKING_ANSWERS_CHECK } from "../forms/form-publish-check";
import { SCHEDULED_RUN_CHECK } from "../messages/run-checks";
import type { SetupCheck } from "./check-types";
import { NEED_DATES_CHECK, PEOPLE_EMAIL_CHECK, SETTINGS_CHECK } from "./map-checks";

/**
 * Every check Check setup runs after the sheets' structure and unreadable cells, in the order
 * their findings are listed. A new feature adds its check here, and nowhere else.
 */
export const SETUP_CHECKS: SetupCheck[] = [
  SETTINGS_CHECK,
  PEOPLE_EMAIL_CHECK,
  NEED_DATES_CHECK,
  INTAKE_ISSUES_CHECK,
  OFFER_FORM_TRIGGER_CHECK,
  FORMS_TAKING_ANSWERS_CHECK,
  MESSAGES_CHECK,
  SCHEDULED_RUN_CHECK,
  CHANGE_RECORD_CHECK,
];
