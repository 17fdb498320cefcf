// google.script.run carries only strings, numbers, booleans, null, arrays and plain objects. A Date
// (or anything with methods) in a result turns the whole result into null on Google's side, so
// the contract checks its result types with PlainData at compile time and isPlainData at run time.

type Primitive = string | number | boolean | null | undefined;

/** true when T is made only of what google.script.run can carry (an optional object included). */
export type IsPlain<T> = [T] extends [Primitive] ? true : IsPlainValue<NonNullable<T>>;

type IsPlainValue<T> = [T] extends [Primitive]
  ? true
  : [T] extends [Date]
    ? false
    : [T] extends [(...args: never[]) => unknown]
      ? false
      : [T] extends [readonly (infer U)[]]
        ? IsPlain<U>
        : [T] extends [object]
          ? false extends { [K in keyof T]-?: IsPlain<T[K]> }[keyof T]
            ? false
            : true
          : false;

/** The first thing in a value that google.script.run could not carry, or undefined. */
export function firstNonPlain(value: unknown, path = "result"): string | undefined {
  if (value === null || value === undefined) return undefined;
  const kind = typeof value;
  if (kind === "string" || kind === "boolean") return undefined;
  if (kind === "number") return Number.isFinite(value) ? undefined : `${path} is ${String(value)}`;
  if (kind !== "object") return `${path} is a ${kind}`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = firstNonPlain(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
    return undefined;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) {
    const name = value instanceof Date ? "a Date" : "not a plain object";
    return `${path} is ${name}`;
  }
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const bad = firstNonPlain(item, `${path}.${key}`);
    if (bad) return bad;
  }
  return undefined;
}
