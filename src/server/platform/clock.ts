// The one place message code asks the time. On Google's servers it is the real time; tests and
// the playground set it (to the fakes' env.clock) so schedules can be driven hour by hour.

let source: (() => Date) | undefined;

export function now(): Date {
  return source ? source() : new Date();
}

/** Tests: useClock(() => env.clock.now()); useClock(undefined) puts the real clock back. */
export function useClock(clock: (() => Date) | undefined): void {
  source = clock;
}
