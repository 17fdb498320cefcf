import { services } from "./platform/services";
import { TELL_WHAT_CHANGED_BUTTON } from "../shared/send-questions";

// The Support Map menu. onOpen runs in AuthMode.NONE for an add-on that is installed but not
// yet used in this document, so it builds the menu and touches nothing else.

export interface MenuItem {
  caption: string;
  /** A top-level function in dist/Code.js (see src/server/index.ts). */
  handler: string;
}

/** Groups of items, with a separator between groups. Each feature adds its own group here. */
export const MENU: MenuItem[][] = [
  [{ caption: "Open coordinator panel", handler: "menuOpenPanel" }],
  [
    { caption: "Set up support map", handler: "menuSetUp" },
    { caption: "Set up with the example", handler: "menuSetUpExample" },
    { caption: "Plan", handler: "menuPlan" },
    { caption: "Check setup", handler: "menuCheckSetup" },
  ],
  [
    { caption: TELL_WHAT_CHANGED_BUTTON, handler: "menuTellWhatChanged" },
    { caption: "Send weekly check-in now", handler: "menuSendCheckInNow" },
    { caption: "Turn on scheduled messages", handler: "menuTurnOnScheduledMessages" },
  ],
  [
    { caption: "Create offer form", handler: "menuCreateOfferForm" },
    { caption: "Refresh form", handler: "menuRefreshOfferForm" },
    { caption: "Sync offers", handler: "menuSyncOffers" },
  ],
  [
    { caption: "Activate the map", handler: "menuActivateMap" },
    { caption: "Close the map…", handler: "menuCloseMap" },
    { caption: "Send the thank-yous", handler: "menuSendThanks" },
  ],
  [{ caption: "Self-test (maintainers)", handler: "menuSelfTest" }],
];

export function onOpen(_e?: unknown): void {
  const menu = services().spreadsheetApp.getUi().createAddonMenu();
  MENU.forEach((group, i) => {
    if (i > 0) menu.addSeparator();
    for (const item of group) menu.addItem(item.caption, item.handler);
  });
  menu.addToUi();
}

/** Google calls onInstall once when the add-on is installed from inside a document. */
export function onInstall(e?: unknown): void {
  onOpen(e);
}
