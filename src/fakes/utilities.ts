// Utilities, Blob, Logger and console.

import type { BlobApi, LoggerApi, UtilitiesApi } from "../gas/gas";
import { counted } from "./calls";
import { isDate, type FakeContext } from "./context";
import { formatDate } from "./format";
import { signatureError } from "./range";

const TYPES: Record<string, string> = {
  txt: "text/plain",
  html: "text/html",
  csv: "text/csv",
  json: "application/json",
  ics: "text/calendar",
  pdf: "application/pdf",
};

export class FakeBlob implements BlobApi {
  constructor(
    private readonly ctx: FakeContext,
    public bytes: Buffer,
    public contentType: string | null,
    public name: string | null,
  ) {
    return counted("Blob", this, ctx.calls);
  }

  copyBlob(): FakeBlob {
    return new FakeBlob(this.ctx, Buffer.from(this.bytes), this.contentType, this.name);
  }

  /** Google converts the content; the fake only relabels it. */
  getAs(contentType: string): FakeBlob {
    return new FakeBlob(this.ctx, Buffer.from(this.bytes), contentType, this.name);
  }

  getBlob(): this {
    return this;
  }

  /** Apps Script bytes are Java's: signed, -128 to 127. */
  getBytes(): number[] {
    return [...this.bytes].map((b) => (b > 127 ? b - 256 : b));
  }

  setBytes(data: number[]): this {
    this.bytes = Buffer.from(data.map((b) => b & 255));
    return this;
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string | null): this {
    this.contentType = contentType;
    return this;
  }

  setContentTypeFromExtension(): this {
    this.contentType =
      TYPES[(this.name ?? "").split(".").pop()?.toLowerCase() ?? ""] ?? this.contentType;
    return this;
  }

  getDataAsString(_charset?: string): string {
    return this.bytes.toString("utf8");
  }

  setDataFromString(text: string, _charset?: string): this {
    this.bytes = Buffer.from(text, "utf8");
    return this;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): this {
    this.name = name;
    return this;
  }

  isGoogleType(): boolean {
    return false;
  }

  /** Deprecated in Apps Script; a blob that is not a zip holds just itself. */
  getAllBlobs(): FakeBlob[] {
    return [this];
  }
}

export class FakeUtilities implements UtilitiesApi {
  private uuids = 0;

  constructor(private readonly ctx: FakeContext) {
    return counted("Utilities", this, ctx.calls);
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== "string" || typeof format !== "string") {
      throw signatureError("Utilities.formatDate", [date, timeZone, format]);
    }
    return formatDate(date, timeZone, format);
  }

  /** Deterministic, so test output is stable; still unique within one environment. */
  getUuid(): string {
    this.uuids++;
    return `00000000-0000-4000-8000-${String(this.uuids).padStart(12, "0")}`;
  }

  /** Time does not pass in the fake; the call is counted, nothing more. */
  sleep(_milliseconds: number): void {}

  newBlob(data: string | number[], contentType?: string, name?: string): FakeBlob {
    const bytes =
      typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data.map((b) => b & 255));
    return new FakeBlob(this.ctx, bytes, contentType ?? null, name ?? null);
  }
}

/** Logger.log("a %s b", x) formats like Java's String.format for %s and %d. */
function logLine(data: unknown, values: unknown[]): string {
  if (typeof data !== "string" || values.length === 0)
    return typeof data === "string" ? data : String(data);
  let i = 0;
  return data.replace(/%[sd]/g, (token) => (i < values.length ? String(values[i++]) : token));
}

export class FakeLogger implements LoggerApi {
  private lines: string[] = [];

  constructor(private readonly ctx: FakeContext) {
    return counted("Logger", this, ctx.calls);
  }

  log(data: unknown, ...values: unknown[]): this {
    const line = logLine(data, values);
    this.lines.push(line);
    this.ctx.logs.push(line);
    return this;
  }

  getLog(): string {
    return this.lines.join("\n");
  }

  clear(): void {
    this.lines = [];
  }
}

/** Apps Script's console: lines go to the environment's log instead of the test output. */
export function fakeConsole(ctx: FakeContext): Console {
  const write =
    (level: string) =>
    (...args: unknown[]) => {
      ctx.logs.push(
        `${level}${args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ")}`,
      );
    };
  return {
    ...console,
    log: write(""),
    info: write(""),
    warn: write("WARNING: "),
    error: write("ERROR: "),
  };
}
