// Counting of Apps Script calls. Every fake service object is wrapped in a Proxy that counts each
// method call as "Service.method"; calls a fake makes on itself internally are not counted, so the
// count is what the same code would spend against Google's quotas and round trips.

export type CallFilter = string | RegExp | ((name: string) => boolean);

/**
 * Calls that change a spreadsheet. Google may hold such changes back and apply them together;
 * SpreadsheetApp.flush() applies them now. https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()
 */
const SPREADSHEET_WRITE =
  /^(Range|Sheet|Spreadsheet|Protection)\.(set|insert|append|delete|clear|hide|show|protect|remove|add|sort|autoResize)/;

export class CallLog {
  private readonly counts = new Map<string, number>();
  /** A spreadsheet write since the last SpreadsheetApp.flush(); reset() leaves it as it is. */
  unflushed = false;

  count(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    if (SPREADSHEET_WRITE.test(name)) this.unflushed = true;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }

  /** A string filter matches a service ("Range") or one method ("Range.getValues"). */
  total(filter?: CallFilter): number {
    let sum = 0;
    for (const [name, n] of this.counts) if (matches(name, filter)) sum += n;
    return sum;
  }
}

function matches(name: string, filter?: CallFilter): boolean {
  if (filter === undefined) return true;
  if (typeof filter === "function") return filter(name);
  if (filter instanceof RegExp) return filter.test(name);
  return name === filter || name.startsWith(`${filter}.`);
}

/** Wraps a fake so that each call to one of its methods is counted under `service`. */
export function counted<T extends object>(service: string, target: T, log: CallLog): T {
  const proxy: T = new Proxy(target, {
    get(obj, prop) {
      const value: unknown = Reflect.get(obj, prop, obj);
      if (typeof prop !== "string" || typeof value !== "function" || !isApiMethod(prop)) {
        return value;
      }
      return (...args: unknown[]) => {
        log.count(`${service}.${prop}`);
        const result: unknown = value.apply(obj, args);
        return result === obj ? proxy : result;
      };
    },
  });
  return proxy;
}

function isApiMethod(prop: string): boolean {
  return prop !== "constructor" && !prop.startsWith("_") && !(prop in Object.prototype);
}
