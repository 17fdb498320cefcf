import type {
  HtmlServiceApi,
  LockServiceApi,
  MailAppApi,
  PropertiesServiceApi,
  ScriptAppApi,
  SessionApi,
  SpreadsheetAppApi,
  UtilitiesApi,
} from "../../gas/gas";

// The Apps Script services, read from the globals when first asked for. On Google's servers
// they are the real services; in tests and the playground, the in-memory ones from src/fakes.
// Reading them late (not at import) lets a test install fakes after loading the module.

export interface Services {
  spreadsheetApp: SpreadsheetAppApi;
  properties: PropertiesServiceApi;
  locks: LockServiceApi;
  scriptApp: ScriptAppApi;
  session: SessionApi;
  html: HtmlServiceApi;
  mail: MailAppApi;
  utilities: UtilitiesApi;
}

export function services(): Services {
  return {
    spreadsheetApp: SpreadsheetApp as unknown as SpreadsheetAppApi,
    properties: PropertiesService as unknown as PropertiesServiceApi,
    locks: LockService as unknown as LockServiceApi,
    scriptApp: ScriptApp as unknown as ScriptAppApi,
    session: Session as unknown as SessionApi,
    html: HtmlService as unknown as HtmlServiceApi,
    mail: MailApp as unknown as MailAppApi,
    utilities: Utilities as unknown as UtilitiesApi,
  };
}

/** Google Forms, for the offer form. Apart from services() so that only form code asks for it. */
export function formApp(): import("../../gas/gas-forms").FormAppApi {
  return FormApp as unknown as import("../../gas/gas-forms").FormAppApi;
}
