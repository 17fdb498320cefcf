import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { MARIA } from "../examples/maria";
import { installFormApp } from "../fakes/forms";
import { createAppsScriptEnv, type AppsScriptEnv } from "../fakes/index";
import { useClock } from "../server/platform/clock";
import * as entryPoints from "../server/index";
import { MENU } from "../server/menu";
import { firstNonPlain } from "../shared/plain";
import { ensureBuilt, sidebarIsStale } from "./build-check";
import type { ApiReply, EditRequest, MenuEntry, MenuOutcome, SheetsState } from "./protocol";
import { seedSheets } from "./seed";
import { editCell, sheetViews } from "./sheets-view";

// The local playground: the built sidebar (dist/Sidebar.html) beside a view of the sheets, with
// google.script.run routed to the real server code running in Node over the in-memory Apps
// Script. Nothing leaves the machine and no Google account is needed.

const ROOT = join(__dirname, "../..");

export interface PlaygroundOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** The sheets to start from (Maria's example unless given). */
  sheets?: Record<string, unknown[][]>;
  timeZone?: string;
  /** The fake clock's start, an ISO date-time. */
  now?: string;
  /** Whether to build dist/ first: always, only when stale (the default), or never. */
  build?: "always" | "if-stale" | "never";
  log?: (line: string) => void;
}

export interface Playground {
  url: string;
  port: number;
  /** The in-memory Apps Script the server code runs on now (a reset makes a new one). */
  env(): AppsScriptEnv;
  /** Back to the starting sheets. */
  reset(): void;
  /** The next google.script.run call fails with this message (for trying error handling). */
  failNext(message: string): void;
  close(): Promise<void>;
}

type EntryPoint = (...args: unknown[]) => unknown;

function entryPoint(name: string): EntryPoint | undefined {
  const value = (entryPoints as Record<string, unknown>)[name];
  return typeof value === "function" ? (value as EntryPoint) : undefined;
}

async function bundle(file: string): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, file)],
    bundle: true,
    format: "iife",
    target: "es2020",
    minify: true,
    write: false,
    legalComments: "none",
    charset: "utf8",
  });
  return result.outputFiles[0].text.replace(/<\/script/gi, "<\\/script");
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 5_000_000) throw new HttpError(413, "The request is too large.");
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, "The request is not JSON.");
  }
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    "content-type": `${type}; charset=utf-8`,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  res.end(body);
}

const json = (res: ServerResponse, value: unknown, status = 200) =>
  send(res, status, "application/json", JSON.stringify(value));

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const log = options.log ?? ((line: string) => console.log(line));
  const buildMode = options.build ?? "if-stale";
  ensureBuilt(ROOT, buildMode, log);
  const [shim, pageScript] = await Promise.all([bundle("shim.ts"), bundle("page.ts")]);
  const pageHtml = readFileSync(join(__dirname, "page.html"), "utf8").replace(
    "/* PAGE SCRIPT */",
    () => pageScript,
  );

  const start = options.sheets ?? MARIA;
  const htmlFiles: Record<string, string> = {};
  let env: AppsScriptEnv = createAppsScriptEnv();
  let version = 0;
  let failure: string | undefined;

  const install = () => {
    env = createAppsScriptEnv({
      timeZone: options.timeZone ?? "Europe/London",
      now: options.now ?? "2026-12-07T09:00:00Z",
      htmlFiles,
      spreadsheetName: "Support Map (playground)",
    });
    // The offer form and the check-in form work here too; their links lead nowhere real.
    installFormApp(env, { scope: entryPoints });
    // Our own console stays ours: the fake one records lines instead of printing them.
    const { console: _console, ...services } = env.globals;
    Object.assign(globalThis, services);
    const current = env;
    useClock(() => current.clock.now());
    seedSheets(env, start, log);
    version += 1;
  };
  install();

  const sidebar = (): string => {
    if (buildMode !== "never" && sidebarIsStale(ROOT)) ensureBuilt(ROOT, "if-stale", log);
    htmlFiles.Sidebar = readFileSync(join(ROOT, "dist/Sidebar.html"), "utf8");
    const before = env.ui.sidebars.length;
    // The menu item a coordinator would choose, so the panel is opened by the real server code.
    const open = entryPoint("menuOpenPanel");
    if (!open) throw new HttpError(500, "The server code has no menuOpenPanel.");
    open();
    const shown = env.ui.sidebars.slice(before).pop();
    if (!shown) throw new HttpError(500, "menuOpenPanel showed no sidebar.");
    return shown.content.replace(/<head>/i, () => `<head>\n<script>${shim}</script>`);
  };

  const api = (name: string, args: unknown): ApiReply => {
    const fn = entryPoint(name);
    if (!fn)
      return {
        ok: false,
        error: { name: "ScriptError", message: `Script function not found: ${name}` },
      };
    if (failure !== undefined) {
      const message = failure;
      failure = undefined;
      return { ok: false, error: { name: "Exception", message } };
    }
    try {
      const value = fn(...(Array.isArray(args) ? args : []));
      const bad = firstNonPlain(value);
      if (bad)
        return {
          ok: false,
          error: {
            name: "ScriptError",
            message: `${name} returned something google.script.run cannot carry (${bad}); in Google Sheets the panel would get null.`,
          },
        };
      return { ok: true, value: value === undefined ? null : value };
    } catch (error) {
      return {
        ok: false,
        error: { name: error instanceof Error ? error.name : "Error", message: messageOf(error) },
      };
    } finally {
      version += 1;
    }
  };

  const runMenu = (handler: string): MenuOutcome => {
    const fn = entryPoint(handler);
    if (!fn) return { toasts: [], alerts: [], shown: [], error: `Not built yet: ${handler}.` };
    const toasts = env.ui.toasts.length;
    const asked = env.ui.asked.length;
    const dialogs = env.ui.dialogs.length;
    let error: string | undefined;
    try {
      fn();
    } catch (e) {
      error = messageOf(e);
    }
    version += 1;
    return {
      toasts: env.ui.toasts
        .slice(toasts)
        .map((t) => (t.title ? `${t.title}: ${t.message}` : t.message)),
      alerts: env.ui.asked.slice(asked).map((a) => [a.title, a.prompt].filter(Boolean).join(": ")),
      shown: env.ui.dialogs.slice(dialogs).map((d) => ({ kind: d.kind, title: d.title })),
      ...(error !== undefined && { error }),
    };
  };

  const menu = (): MenuEntry[][] =>
    MENU.map((group) =>
      group.map((item) => ({ ...item, available: entryPoint(item.handler) !== undefined })),
    );

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname;
    const method = req.method ?? "GET";
    if (method === "GET" && path === "/") return send(res, 200, "text/html", pageHtml);
    if (method === "GET" && path === "/sidebar") return send(res, 200, "text/html", sidebar());
    if (method === "POST" && path.startsWith("/api/")) {
      const body = (await readJson(req)) as { args?: unknown };
      return json(res, api(decodeURIComponent(path.slice(5)), body.args));
    }
    if (method === "GET" && path === "/playground/version") return json(res, { version });
    if (method === "GET" && path === "/playground/sheets") {
      const state: SheetsState = { version, sheets: sheetViews(env) };
      return json(res, state);
    }
    if (method === "POST" && path === "/playground/edit") {
      const edit = (await readJson(req)) as EditRequest;
      try {
        editCell(env, {
          sheet: String(edit.sheet),
          row: Number(edit.row),
          column: Number(edit.column),
          value: String(edit.value ?? ""),
        });
      } catch (error) {
        throw new HttpError(400, messageOf(error));
      }
      version += 1;
      return json(res, { version });
    }
    if (method === "POST" && path === "/playground/reset") {
      install();
      return json(res, { version });
    }
    if (method === "POST" && path === "/playground/fail-next") {
      const body = (await readJson(req)) as { message?: unknown };
      failure =
        typeof body.message === "string" && body.message
          ? body.message
          : "The playground was asked to make this call fail.";
      return json(res, { ok: true });
    }
    if (method === "GET" && path === "/playground/menu") return json(res, menu());
    if (method === "POST" && path === "/playground/menu") {
      const body = (await readJson(req)) as { handler?: unknown };
      return json(res, runMenu(String(body.handler ?? "")));
    }
    throw new HttpError(404, `Nothing at ${method} ${path}.`);
  };

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (!res.headersSent) json(res, { error: messageOf(error) }, status);
      else res.end();
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8080, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host === "0.0.0.0" ? "localhost" : host}:${port}/`,
    port,
    env: () => env,
    reset: install,
    failNext: (message) => {
      failure = message;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        useClock(undefined);
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
