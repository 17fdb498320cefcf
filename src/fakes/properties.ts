// PropertiesService: three separate stores of strings, with Google's size limits.

import type { PropertiesApi, PropertiesServiceApi } from "../gas/gas";
import { counted } from "./calls";
import { gasError, type FakeContext } from "./context";

/** Quotas for Google Services: 9 KB per value, 500 KB per property store. */
export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;

export interface PropertyStores {
  document: Map<string, string>;
  user: Map<string, string>;
  script: Map<string, string>;
}

const bytes = (text: string) => Buffer.byteLength(text, "utf8");

export class FakeProperties implements PropertiesApi {
  constructor(
    ctx: FakeContext,
    private readonly store: Map<string, string>,
  ) {
    return counted("Properties", this, ctx.calls);
  }

  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }

  setProperty(key: string, value: string): this {
    return this.setProperties({ [key]: value });
  }

  /** All or nothing: a value over the limit leaves the store as it was. */
  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): this {
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [key, raw] of Object.entries(properties)) {
      if (key === "") throw gasError("Invalid argument: key");
      const value = String(raw);
      if (bytes(value) > VALUE_LIMIT_BYTES) throw gasError("Argument too large: value");
      next.set(key, value);
    }
    let total = 0;
    for (const [key, value] of next) total += bytes(key) + bytes(value);
    if (total > STORE_LIMIT_BYTES) {
      throw gasError(
        "You have exceeded the property storage quota. Please remove some properties and try again.",
      );
    }
    this.store.clear();
    for (const [key, value] of next) this.store.set(key, value);
    return this;
  }

  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  deleteProperty(key: string): this {
    this.store.delete(key);
    return this;
  }

  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
}

export class FakePropertiesService implements PropertiesServiceApi {
  constructor(
    private readonly ctx: FakeContext,
    private readonly stores: PropertyStores,
  ) {
    return counted("PropertiesService", this, ctx.calls);
  }

  /**
   * null "if the script is not published as an add-on or bound to a Google Workspace file", and in
   * a run outside the containing document (an add-on's timed trigger).
   * https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
   */
  getDocumentProperties(): FakeProperties | null {
    return this.ctx.noDocument ? null : new FakeProperties(this.ctx, this.stores.document);
  }

  getUserProperties(): FakeProperties {
    return new FakeProperties(this.ctx, this.stores.user);
  }

  getScriptProperties(): FakeProperties {
    return new FakeProperties(this.ctx, this.stores.script);
  }
}
