import { services } from "./services";

// A menu item that sends mail asks first, with the panel's own words (src/shared/send-questions).

export function askedYes(ask: { title: string; question: string }): boolean {
  const ui = services().spreadsheetApp.getUi();
  return ui.alert(ask.title, ask.question, ui.ButtonSet.YES_NO) === ui.Button.YES;
}
