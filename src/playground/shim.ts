// google.script.run for the playground, injected into the served Sidebar.html. It behaves as
// Google's does where the panel depends on it: chained handlers, asynchronous calls, only plain
// values as arguments, and the server's thrown message handed to the failure handler. Each call
// is a POST of JSON to /api/<function>.

type Success = (value: unknown, user?: unknown) => void;
type Failure = (error: Error, user?: unknown) => void;

interface Handlers {
  success?: Success;
  failure?: Failure;
  user?: unknown;
  hasUser: boolean;
}

interface Reply {
  ok: boolean;
  value?: unknown;
  error?: { name: string; message: string };
}

/** google.script.run refuses Dates, functions and class instances as arguments. */
function illegal(value: unknown, path: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  const kind = typeof value;
  if (kind === "string" || kind === "number" || kind === "boolean") return undefined;
  if (kind !== "object") return path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = illegal(value[i], `${path ? `${path}.` : ""}${i}`);
      if (bad !== undefined) return bad;
    }
    return undefined;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return path;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const bad = illegal(item, path ? `${path}.${key}` : key);
    if (bad !== undefined) return bad;
  }
  return undefined;
}

function tellPage(fn: string): void {
  if (window.parent !== window)
    window.parent.postMessage({ source: "support-map-playground", type: "server-call", fn }, "*");
}

function invoke(fn: string, args: unknown[], h: Handlers): void {
  const bad = illegal(args, "");
  if (bad !== undefined) throw new TypeError(`Failed due to illegal value in property: ${bad}`);
  const fail = (error: Error) => {
    if (h.failure) h.failure(error, h.hasUser ? h.user : undefined);
    else console.error(`Uncaught ${error.name}: ${error.message}`);
  };
  fetch(`/api/${encodeURIComponent(fn)}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ args }),
  })
    .then((response) => response.json() as Promise<Reply>)
    .then(
      (reply) => {
        if (reply.ok) h.success?.(reply.value ?? null, h.hasUser ? h.user : undefined);
        else {
          const error = new Error(reply.error?.message ?? "");
          error.name = reply.error?.name ?? "Error";
          fail(error);
        }
      },
      () => fail(new Error("NetworkError: Connection failure due to HTTP 0")),
    )
    .finally(() => tellPage(fn));
}

function runner(h: Handlers): unknown {
  const base: Record<string, unknown> = {
    withSuccessHandler: (f: Success) => runner({ ...h, success: f }),
    withFailureHandler: (f: Failure) => runner({ ...h, failure: f }),
    withUserObject: (user: unknown) => runner({ ...h, user, hasUser: true }),
  };
  return new Proxy(base, {
    get(target, prop) {
      if (typeof prop !== "string") return undefined;
      if (prop in target) return target[prop];
      return (...args: unknown[]) => invoke(prop, args, h);
    },
  });
}

const host = {
  origin: window.location.origin,
  close: () => tellPage("google.script.host.close"),
  setHeight: () => undefined,
  setWidth: () => undefined,
  editor: { focus: () => undefined },
};

(window as unknown as { google: unknown }).google = {
  script: { run: runner({ hasUser: false }), host },
};

// A Google Forms link (the offer form, a check-in) leads to the playground's own page for that
// form: there is no Google here, and a newcomer should be able to answer as a helper would.
document.addEventListener(
  "click",
  (event) => {
    const link = (event.target as Element | null)?.closest?.("a");
    const match = link?.href.match(
      /^https:\/\/docs\.google\.com\/forms\/d\/(?:e\/)?([\w-]+?)(?:-published)?\/(?:viewform|edit)/,
    );
    if (!link || !match) return;
    event.preventDefault();
    const query = link.href.includes("?") ? link.href.slice(link.href.indexOf("?")) : "";
    window.open(`/playground/form/${encodeURIComponent(match[1])}${query}`, "_blank", "noopener");
  },
  true,
);
