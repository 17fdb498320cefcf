import { call, ServerError } from "../../src/client/server";

// google.script.run as the sidebar sees it, replaced by a stand-in on globalThis: each call is
// one Promise that resolves with the server's value or rejects with a ServerError.

type Handler = (value: unknown) => void;

/** A google.script.run whose functions answer with `answer` (ok or failed) and record their arguments. */
function fakeRun(answer: { ok: unknown } | { failed: unknown }, calls: unknown[][]) {
  const make = (onOk: Handler, onFail: Handler): unknown =>
    new Proxy(
      {},
      {
        get(_target, name) {
          if (name === "withSuccessHandler") return (h: Handler) => make(h, onFail);
          if (name === "withFailureHandler") return (h: Handler) => make(onOk, h);
          return (...args: unknown[]) => {
            calls.push([name, ...args]);
            if ("ok" in answer) onOk(answer.ok);
            else onFail(answer.failed);
          };
        },
      },
    );
  return make(
    () => undefined,
    () => undefined,
  );
}

const g = globalThis as { google?: unknown };

afterEach(() => {
  delete g.google;
});

describe("call (google.script.run as Promises)", () => {
  test("resolves with what the server function returned, passing its arguments", async () => {
    const calls: unknown[][] = [];
    g.google = { script: { run: fakeRun({ ok: { sent: 2 } }, calls) } };
    await expect(call("sendBriefs", { onlyChanged: true })).resolves.toEqual({ sent: 2 });
    expect(calls).toEqual([["sendBriefs", { onlyChanged: true }]]);
  });

  test("rejects with a ServerError that names the function", async () => {
    for (const failed of [new Error("Lock timeout"), "Lock timeout", { message: "Lock timeout" }]) {
      g.google = { script: { run: fakeRun({ failed }, []) } };
      const error = await call("syncOffers").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServerError);
      expect(error).toMatchObject({
        message: "Lock timeout",
        fn: "syncOffers",
        name: "ServerError",
      });
    }
    g.google = { script: { run: fakeRun({ failed: 7 }, []) } };
    await expect(call("syncOffers")).rejects.toMatchObject({ message: "" });
  });

  test("outside Google Sheets and the playground, says where the panel works", async () => {
    await expect(call("syncOffers")).rejects.toThrow(/only works inside Google Sheets/);
  });
});
