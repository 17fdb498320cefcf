import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { MARIA } from "../examples/maria";
import { installFormApp, type FormsBoard } from "../fakes/forms";
import { EventType } from "../fakes/triggers";
import {
  jsonToWorkbook,
  workbookToJson,
  workbookToXlsx,
  xlsxToWorkbook,
  type Workbook,
} from "../cli/workbook";
import { createAppsScriptEnv, type AppsScriptEnv } from "../fakes/index";
import { useClock } from "../server/platform/clock";
import * as entryPoints from "../server/index";
import { MENU } from "../server/menu";
import { firstNonPlain } from "../shared/plain";
import { ensureBuilt, sidebarIsStale } from "./build-check";
import type {
  ApiReply,
  EditRequest,
  EditsRequest,
  MenuEntry,
  MenuOutcome,
  MenuRequest,
  OpenRequest,
  RowsRequest,
  SheetsState,
} from "./protocol";
import {
  answersFrom,
  fieldsFromLink,
  formPage,
  hourlyPage,
  formsList,
  localLinks,
  submittedPage,
} from "./form-page";
import { runMenuItem } from "./menu-run";
import { outboxView } from "./outbox";
import { seedSheets } from "./seed";
import { deleteRows, editCell, insertRows, sheetViews } from "./sheets-view";

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
  const text = await readText(req);
  if (!text) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, "The request is not JSON.");
  }
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 20_000_000) throw new HttpError(413, "The request is too large.");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
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
  let board: FormsBoard;
  let version = 0;
  /** The map as it was put in (compared with now, it tells whether there is work to lose). */
  let installed = "";
  /** Whether the map is the starting example (a blank or opened map is worth keeping as is). */
  let isExample = true;
  let failure: string | undefined;

  const install = (sheets: Workbook = start, example = sheets === start) => {
    env = createAppsScriptEnv({
      timeZone: options.timeZone ?? "Europe/London",
      now: options.now ?? "2026-12-07T09:00:00Z",
      htmlFiles,
      spreadsheetName: "Support Map (playground)",
    });
    // The offer form and the check-in form work here too; their links lead nowhere real.
    board = installFormApp(env, { scope: entryPoints });
    // Our own console stays ours: the fake one records lines instead of printing them.
    const { console: _console, ...services } = env.globals;
    Object.assign(globalThis, services);
    const current = env;
    useClock(() => current.clock.now());
    seedSheets(env, sheets, log);
    version += 1;
    isExample = example;
    installed = mapJson();
  };

  /** Every sheet with something in it, as values (dates as Dates), for saving the map. */
  const currentWorkbook = (): Workbook =>
    Object.fromEntries(
      env.spreadsheet
        .getSheets()
        .filter((s) => s.getLastRow() > 0)
        .map((s) => [s.getName(), env.readSheet(s.getName())]),
    );

  const mapJson = () =>
    workbookToJson(currentWorkbook(), { timeZone: env.spreadsheet.getSpreadsheetTimeZone() });
  install();

  const withShim = (html: string) => {
    const script = `<script>${shim}</script>`;
    return /<head[^>]*>/i.test(html)
      ? html.replace(/<head[^>]*>/i, (head) => `${head}\n${script}`)
      : `${script}${html}`;
  };

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
    return withShim(shown.content);
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

  const runMenu = (request: MenuRequest): MenuOutcome => {
    const fn = entryPoint(String(request.handler ?? ""));
    if (!fn)
      return { toasts: [], alerts: [], shown: [], error: `Not built yet: ${request.handler}.` };
    try {
      return runMenuItem(env, fn, Array.isArray(request.answers) ? request.answers : []);
    } finally {
      version += 1;
    }
  };

  const hourlyTrigger = () =>
    env.globals.ScriptApp.getProjectTriggers().find(
      (t) => t.getHandlerFunction() === "runScheduledMessages",
    );

  /** The playground's clock as the coordinator reads it, in the spreadsheet's time zone. */
  const clockView = () => {
    const zone = env.spreadsheet.getSpreadsheetTimeZone();
    const label = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone,
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(env.clock.now());
    return {
      now: env.clock.now().toISOString(),
      label: `${label} (${zone})`,
      scheduled: !!hourlyTrigger(),
    };
  };

  /**
   * Time passes, hour by hour: at each hour the add-on's hourly trigger runs, if scheduled
   * messages are on, as Google runs it. Check-ins, summaries and alerts go out when they are due.
   */
  const passTime = (hours: number) => {
    const sent = env.outbox.length;
    const errors: string[] = [];
    let runs = 0;
    for (let h = 0; h < hours; h++) {
      env.clock.advance(3_600_000);
      const trigger = hourlyTrigger();
      if (!trigger) continue;
      runs += 1;
      try {
        env.fireTrigger(trigger, {}, entryPoints);
      } catch (error) {
        errors.push(messageOf(error));
      }
    }
    version += 1;
    const more = env.outbox.length - sent;
    const what = runs
      ? `The add-on's hourly run ran ${runs} time${runs === 1 ? "" : "s"} and sent ${more} message${more === 1 ? "" : "s"}.`
      : "Scheduled messages are off, so nothing ran (Extensions › Support Map › Turn on scheduled messages).";
    return {
      ...clockView(),
      message: [`It is now ${clockView().label}.`, what, ...errors].join(" "),
    };
  };

  /** The add-on's hourly trigger, fired now as Google would fire it (if it is turned on). */
  const runHourly = (): { ran: boolean; message: string } => {
    const trigger = hourlyTrigger();
    if (!trigger)
      return {
        ran: false,
        message:
          "Scheduled messages are off, so the add-on has no hourly run: choose Extensions › Support Map › Turn on scheduled messages first.",
      };
    const sent = env.outbox.length;
    try {
      env.fireTrigger(trigger, {}, entryPoints);
    } catch (error) {
      return { ran: true, message: `The hourly run failed: ${messageOf(error)}` };
    } finally {
      version += 1;
    }
    const more = env.outbox.length - sent;
    return {
      ran: true,
      message: `The hourly run is done: check-in answers collected, ${more} message${more === 1 ? "" : "s"} sent.`,
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
      const body = (await readJson(req)) as Partial<EditRequest & EditsRequest>;
      const sheet = String(body.sheet);
      const edits = Array.isArray(body.edits) ? body.edits : [body];
      try {
        for (const edit of edits)
          editCell(env, {
            sheet,
            row: Number(edit.row),
            column: Number(edit.column),
            value: String(edit.value ?? ""),
          });
      } catch (error) {
        throw new HttpError(400, messageOf(error));
      } finally {
        version += 1;
      }
      return json(res, { version });
    }
    if (method === "POST" && path === "/playground/rows") {
      const body = (await readJson(req)) as Partial<RowsRequest>;
      const act = body.action === "delete" ? deleteRows : insertRows;
      try {
        act(env, String(body.sheet), Number(body.row), Number(body.count ?? 1));
      } catch (error) {
        throw new HttpError(400, messageOf(error));
      } finally {
        version += 1;
      }
      return json(res, { version });
    }
    if (method === "POST" && path === "/playground/reset") {
      install(start);
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
    if (method === "POST" && path === "/playground/menu")
      return json(res, runMenu((await readJson(req)) as MenuRequest));
    const dialog = /^\/playground\/dialog\/(\d+)$/.exec(path);
    if (method === "GET" && dialog) {
      const shown = env.ui.dialogs[Number(dialog[1])];
      if (!shown) throw new HttpError(404, "That dialog is gone (the map was started again).");
      const origin = `http://${req.headers.host ?? "localhost"}`;
      return send(res, 200, "text/html", withShim(localLinks(shown.content, origin)));
    }
    if (method === "GET" && path === "/playground/outbox")
      return json(res, outboxView(env.outbox, `http://${req.headers.host ?? "localhost"}`));
    const attachment = /^\/playground\/outbox\/(\d+)\/(\d+)$/.exec(path);
    if (method === "GET" && attachment) {
      const file = env.outbox[Number(attachment[1])]?.attachments[Number(attachment[2])];
      if (!file) throw new HttpError(404, "No such attachment.");
      res.writeHead(200, {
        "content-type": `${file.contentType || "application/octet-stream"}; charset=utf-8`,
        "content-disposition": `attachment; filename="${file.name.replace(/[^\w.-]/g, "_")}"`,
        "cache-control": "no-store",
      });
      return void res.end(file.text);
    }
    if (method === "GET" && path === "/playground/forms") return json(res, formsList(board));
    if (method === "GET" && path === "/playground/clock") return json(res, clockView());
    if (method === "POST" && path === "/playground/clock") {
      const body = (await readJson(req)) as { hours?: unknown };
      const hours = Number(body.hours);
      if (!Number.isInteger(hours) || hours < 1 || hours > 24 * 28)
        throw new HttpError(400, "Time moves on by 1 hour to 4 weeks at a time.");
      return json(res, passTime(hours));
    }
    if (method === "POST" && path === "/playground/hourly") {
      const outcome = runHourly();
      // A form page posts as a browser form does; the playground's page asks for JSON.
      if ((req.headers["content-type"] ?? "").includes("application/x-www-form-urlencoded"))
        return send(res, 200, "text/html", hourlyPage(outcome.message));
      return json(res, outcome, outcome.ran ? 200 : 409);
    }
    const formPath = /^\/playground\/form\/([\w-]+)$/.exec(path);
    if (formPath) {
      const form = board.forms.find((f) => f.id === formPath[1]);
      if (!form) throw new HttpError(404, "No such form here: create it from the menu first.");
      if (method === "GET") {
        const fields = fieldsFromLink(form, url.searchParams);
        if (!fields) throw new HttpError(404, "That response is not on this form.");
        return send(res, 200, "text/html", formPage(form, fields));
      }
      const posted = new URLSearchParams(await readText(req));
      const hasTrigger = env.triggers.some(
        (t) => t.eventType === EventType.ON_FORM_SUBMIT && t.sourceId === env.book.id,
      );
      try {
        const email = posted.get("__email") ?? undefined;
        const editing = posted.get("__response");
        const done = editing
          ? board.edit(form.id, editing, answersFrom(form, posted, true))
          : board.submit(form.id, answersFrom(form, posted), email ? { email } : {});
        return send(
          res,
          200,
          "text/html",
          submittedPage(form, {
            failures: done.failures.map((f) => messageOf(f.error)),
            triggers: hasTrigger ? 1 : 0,
            row: done.row,
            sheet: form.destination?.sheet.name,
            responseId: done.responseId,
          }),
        );
      } catch (error) {
        return send(res, 200, "text/html", formPage(form, posted, messageOf(error)));
      } finally {
        version += 1;
      }
    }
    if (method === "GET" && path === "/playground/map.xlsx") {
      const bytes = await workbookToXlsx(currentWorkbook(), {
        timeZone: env.spreadsheet.getSpreadsheetTimeZone(),
      });
      res.writeHead(200, {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": 'attachment; filename="support-map.xlsx"',
        "cache-control": "no-store",
      });
      return void res.end(bytes);
    }
    if (method === "GET" && path === "/playground/map.json")
      return send(res, 200, "application/json", mapJson());
    if (method === "GET" && path === "/playground/state") {
      const touched = mapJson() !== installed;
      return json(res, { version, touched, keep: touched || !isExample });
    }
    if (method === "POST" && path === "/playground/open") {
      const body = (await readJson(req)) as Partial<OpenRequest>;
      let sheets: Workbook;
      try {
        sheets =
          body.kind === "blank"
            ? {}
            : body.kind === "xlsx"
              ? await xlsxToWorkbook(Buffer.from(String(body.data ?? ""), "base64"))
              : body.kind === "json"
                ? jsonToWorkbook(String(body.data ?? ""), "The saved map")
                : start;
      } catch (error) {
        throw new HttpError(400, `Could not open that file: ${messageOf(error)}`);
      }
      install(sheets, body.kind === "example" || body.kind === undefined);
      return json(res, { version });
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
    reset: () => install(start),
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
