import type { PropertiesApi, SpreadsheetApi } from "../../gas/gas";
import { services } from "./services";
import { activeSpreadsheet } from "./spreadsheet";

// Where the map keeps what is not on its sheets: the record of sent messages, the forms' ids,
// the brief round. Document properties are the natural home, but an add-on's timed trigger runs
// outside the document and getDocumentProperties() returns null there
// (https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()).
// So every write also goes to the user's properties under the spreadsheet's id, which exist in
// every run of this user, and a read takes the document's value first. The hourly run without a
// document then sees what the sidebar sent, and the sidebar what the hourly run sent.
// What remains: a co-coordinator's sends from the sidebar are in the document and in *their*
// user properties, not the trigger owner's; the owner's documentless run cannot see them.

export const MAP_PREFIX = "sm.map.";

/** The user properties of one map: keys prefixed with its spreadsheet id. */
class MapUserProperties implements PropertiesApi {
  private readonly prefix: string;

  constructor(
    private readonly user: PropertiesApi,
    spreadsheetId: string,
  ) {
    this.prefix = `${MAP_PREFIX}${spreadsheetId}.`;
  }

  getProperty(key: string): string | null {
    return this.user.getProperty(this.prefix + key);
  }

  getProperties(): { [key: string]: string } {
    const out: { [key: string]: string } = {};
    for (const [key, value] of Object.entries(this.user.getProperties()))
      if (key.startsWith(this.prefix)) out[key.slice(this.prefix.length)] = value;
    return out;
  }

  getKeys(): string[] {
    return Object.keys(this.getProperties());
  }

  setProperty(key: string, value: string): this {
    this.user.setProperty(this.prefix + key, value);
    return this;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): this {
    if (deleteAllOthers) this.deleteAllProperties();
    const batch: { [key: string]: string } = {};
    for (const [key, value] of Object.entries(properties)) batch[this.prefix + key] = value;
    this.user.setProperties(batch);
    return this;
  }

  deleteProperty(key: string): this {
    this.user.deleteProperty(this.prefix + key);
    return this;
  }

  deleteAllProperties(): this {
    for (const key of this.getKeys()) this.user.deleteProperty(this.prefix + key);
    return this;
  }
}

/** Reads from the first store that has a key, writes to all of them. */
class LayeredProperties implements PropertiesApi {
  constructor(private readonly stores: PropertiesApi[]) {}

  getProperty(key: string): string | null {
    for (const store of this.stores) {
      const value = store.getProperty(key);
      if (value !== null) return value;
    }
    return null;
  }

  getProperties(): { [key: string]: string } {
    return Object.assign({}, ...[...this.stores].reverse().map((s) => s.getProperties())) as {
      [key: string]: string;
    };
  }

  getKeys(): string[] {
    return Object.keys(this.getProperties());
  }

  setProperty(key: string, value: string): this {
    for (const store of this.stores) store.setProperty(key, value);
    return this;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): this {
    for (const store of this.stores) store.setProperties(properties, deleteAllOthers);
    return this;
  }

  deleteProperty(key: string): this {
    for (const store of this.stores) store.deleteProperty(key);
    return this;
  }

  deleteAllProperties(): this {
    for (const store of this.stores) store.deleteAllProperties();
    return this;
  }
}

/** The map's properties in this run: the document's (when there is one) and the user's copy. */
export function mapProperties(spreadsheet: SpreadsheetApi = activeSpreadsheet()): PropertiesApi {
  const { properties } = services();
  const user = new MapUserProperties(properties.getUserProperties(), spreadsheet.getId());
  const document = properties.getDocumentProperties();
  return document ? new LayeredProperties([document, user]) : user;
}

/**
 * Copies the document's Support Map properties to the user's copy, for a map used before the
 * copy existed: done when scheduled messages are turned on, so the first run without a document
 * knows what was sent already.
 */
export function copyMapPropertiesForUser(spreadsheet: SpreadsheetApi = activeSpreadsheet()): void {
  const { properties } = services();
  const document = properties.getDocumentProperties();
  if (!document) return;
  const user = new MapUserProperties(properties.getUserProperties(), spreadsheet.getId());
  const have = user.getProperties();
  const missing: { [key: string]: string } = {};
  for (const [key, value] of Object.entries(document.getProperties()))
    if (!(key in have)) missing[key] = value;
  if (Object.keys(missing).length) user.setProperties(missing);
}

/**
 * The map's properties for one short piece of work that reads many keys (Plan's hook that keeps
 * the change form's sections up to date): the document's are read all at once the first time a
 * key is asked for, and the user's copy only when the document lacks a key, where
 * mapProperties() would look next. So the usual run costs two calls (getDocumentProperties and
 * one getProperties) instead of a call per key. Writes go to both stores, as mapProperties'
 * do, and are remembered; nothing else may write the map's properties while it is in use.
 */
export class MapPropertiesSnapshot implements PropertiesApi {
  /** undefined: not asked yet; null: this run has no document. */
  private documentStore: PropertiesApi | null | undefined;
  private userStore: PropertiesApi | undefined;
  private documentValues: { [key: string]: string } | undefined;
  private userValues: { [key: string]: string } | undefined;

  constructor(private readonly spreadsheet: SpreadsheetApi = activeSpreadsheet()) {}

  private document(): PropertiesApi | null {
    if (this.documentStore === undefined)
      this.documentStore = services().properties.getDocumentProperties();
    return this.documentStore;
  }

  private user(): PropertiesApi {
    return (this.userStore ??= new MapUserProperties(
      services().properties.getUserProperties(),
      this.spreadsheet.getId(),
    ));
  }

  private documentRead(): { [key: string]: string } {
    return (this.documentValues ??= this.document()?.getProperties() ?? {});
  }

  private userRead(): { [key: string]: string } {
    return (this.userValues ??= this.user().getProperties());
  }

  getProperty(key: string): string | null {
    const document = this.documentRead();
    if (has(document, key)) return document[key];
    return this.userRead()[key] ?? null;
  }

  getProperties(): { [key: string]: string } {
    return { ...this.userRead(), ...this.documentRead() };
  }

  getKeys(): string[] {
    return Object.keys(this.getProperties());
  }

  setProperty(key: string, value: string): this {
    return this.setProperties({ [key]: value });
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): this {
    const document = this.document();
    document?.setProperties(properties, deleteAllOthers);
    this.user().setProperties(properties, deleteAllOthers);
    if (deleteAllOthers) {
      this.documentValues = document ? { ...properties } : {};
      this.userValues = { ...properties };
    } else {
      if (this.documentValues && document) Object.assign(this.documentValues, properties);
      if (this.userValues) Object.assign(this.userValues, properties);
    }
    return this;
  }

  deleteProperty(key: string): this {
    this.document()?.deleteProperty(key);
    this.user().deleteProperty(key);
    if (this.documentValues) delete this.documentValues[key];
    if (this.userValues) delete this.userValues[key];
    return this;
  }

  deleteAllProperties(): this {
    this.document()?.deleteAllProperties();
    this.user().deleteAllProperties();
    this.documentValues = {};
    this.userValues = {};
    return this;
  }
}

/**
 * A way to look up many keys: through a snapshot each key is free, and any other store is read
 * once, whole (one getProperties rather than a call per key).
 */
export function propertyLookup(props: PropertiesApi): (key: string) => string | undefined {
  if (props instanceof MapPropertiesSnapshot) return (key) => props.getProperty(key) ?? undefined;
  const all = props.getProperties();
  return (key) => (has(all, key) ? all[key] : undefined);
}

function has(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}
