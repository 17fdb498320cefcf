import { OFFER_FORM_SELF_TEST } from "../forms/form-self-test";
import { LITERAL_TEXT_SELF_TEST } from "./literal-self-test";
import { SERVICE_SELF_TESTS, type SelfTestCheck } from "./self-test-checks";

/** Every check the self-test runs, in order, before it cleans up. Add a new one here. */
export const SELF_TEST_CHECKS: SelfTestCheck[] = [
  ...SERVICE_SELF_TESTS,
  LITERAL_TEXT_SELF_TEST,
  OFFER_FORM_SELF_TEST,
];
