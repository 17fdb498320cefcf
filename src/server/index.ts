// Every Apps Script entry point, and nothing else. The build turns each export into a
// top-level function in dist/Code.js (menus, triggers and google.script.run call them by name).
// Helpers that must not be callable from the sidebar stay unexported; Apps Script also hides
// any global ending in "_".

export { onInstall, onOpen } from "./menu";
export { menuSetUp } from "./setup";
export { menuSetUpExample } from "./setup-example";
export { menuPlan } from "./plan-sheets";
export { menuCheckSetup } from "./check-setup";
export { menuCreateOfferForm, menuRefreshOfferForm } from "./form";
export { menuSyncOffers, onOfferFormSubmit } from "./form-intake";
export { menuSelfTest, selfTest } from "./self-test";
export { menuSendChangedBriefs, sendBriefs } from "./briefs";
export {
  menuSendCheckInNow,
  menuTurnOnScheduledMessages,
  runScheduledMessages,
} from "./scheduled-messages";
export {
  applyPlan,
  getPanel,
  getSettings,
  menuOpenPanel,
  previewPlan,
  saveSettings,
  setPinned,
} from "./panel";
export {
  getCheckIns,
  offerForm,
  sendCheckInNow,
  syncOffers,
  turnOnScheduledMessages,
} from "./panel-actions";
