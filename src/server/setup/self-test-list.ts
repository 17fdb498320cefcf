import { CHANGE_FORM_SELF_TEST } from "../forms/change-form-self-test";
import { OFFER_FORM_SELF_TEST } from "../forms/form-self-test";
import { LITERAL_TEXT_SELF_TEST } from "./literal-self-test";
import { SERVICE_SELF_TESTS, type SelfTestCheck } from "./self-test-checks";
import {
  EMAIL_SELF_TEST,
  FORM_PUBLISHING_SELF_TEST,
  TIMED_TRIGGER_SELF_TEST,
  VALUES_SELF_TEST,
} from "./self-test-google";

/** Every check the self-test runs, in order, before it cleans up. Add a new one here. */
export const SELF_TEST_CHECKS: SelfTestCheck[] = [
  ...SERVICE_SELF_TESTS,
  VALUES_SELF_TEST,
  LITERAL_TEXT_SELF_TEST,
  OFFER_FORM_SELF_TEST,
  CHANGE_FORM_SELF_TEST,
  FORM_PUBLISHING_SELF_TEST,
  EMAIL_SELF_TEST,
  TIMED_TRIGGER_SELF_TEST,
];
