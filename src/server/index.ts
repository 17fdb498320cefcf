// Every Apps Script entry point, and nothing else. The build turns each export into a
// top-level function in dist/Code.js (menus, triggers and google.script.run call them by name).
// Helpers that must not be callable from the sidebar stay unexported; Apps Script also hides
// any global ending in "_".

export { onInstall, onOpen } from "./menu";
export { menuSetUp } from "./setup/setup";
export { menuSetUpExample } from "./setup/setup-example";
export { menuPlan } from "./plan/plan";
export { menuCheckSetup } from "./setup/check-setup";
export { menuCreateOfferForm, menuRefreshOfferForm } from "./forms/offer-form";
export { menuSyncOffers, onOfferFormSubmit } from "./forms/intake";
export { menuSelfTest, selfTest, selfTestDateResult, selfTestServerError } from "./setup/self-test";
export { menuTellWhatChanged, sendBriefs } from "./messages/briefs";
export {
  menuSendCheckInNow,
  menuTurnOnScheduledMessages,
  runScheduledMessages,
} from "./messages/dispatcher";
export {
  applyPlan,
  getPanel,
  getSettings,
  menuOpenPanel,
  previewPlan,
  saveSettings,
  setPinned,
} from "./panel/panel";
export {
  getCheckIns,
  offerForm,
  sendCheckInNow,
  syncOffers,
  turnOnScheduledMessages,
} from "./panel/panel-actions";
export { activateMap, getActivation, menuActivateMap } from "./panel/activation";
export {
  clearDetails,
  closeMap,
  extendMap,
  menuCloseMap,
  menuSendThanks,
  sendThanks,
} from "./panel/map-end";
export { previewMessage } from "./panel/message-preview";
export {
  addNeedFromCheckIn,
  getCheckInActions,
  pauseNeedFromCheckIn,
} from "./panel/check-in-actions";
export { checkInThanksForm, thankHelperFromCheckIn } from "./panel/check-in-thanks";
export { getPastVisits, markConfirmed, markVisit } from "./panel/past-visits";
