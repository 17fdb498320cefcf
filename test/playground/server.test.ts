import { startPlayground, type Playground } from "../../src/playground/server";
import type { ApiReply, SheetsState } from "../../src/playground/protocol";

// The playground's server without a browser: the page, the sidebar with its google.script.run
// shim, the API that runs the real server code, and the hooks the page and the tests use.

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground({ port: 0, log: () => undefined });
});

afterAll(() => playground.close());

beforeEach(() => playground.reset());

const url = (path: string) => new URL(path, playground.url).toString();

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(url(path), { method: "POST", body: JSON.stringify(body) });
  return (await response.json()) as T;
}

const api = (fn: string, ...args: unknown[]) => post<ApiReply>(`/api/${fn}`, { args });

async function sheets(): Promise<SheetsState> {
  return (await (await fetch(url("/playground/sheets"))).json()) as SheetsState;
}

describe("the playground server", () => {
  test("serves the page and the sidebar, opened by menuOpenPanel, with the shim first", async () => {
    const page = await (await fetch(url("/"))).text();
    expect(page).toContain("<title>Support Map playground</title>");
    expect(page).not.toContain("/* PAGE SCRIPT */");
    const sidebar = await (await fetch(url("/sidebar"))).text();
    expect(sidebar.indexOf("google")).toBeLessThan(sidebar.indexOf('id="app"'));
    expect(sidebar).toContain("<title>Support Map</title>");
    expect(playground.env().ui.sidebars.at(-1)?.title).toBe("Support Map");
  });

  test("runs the real server code over the in-memory spreadsheet", async () => {
    const reply = await api("getPanel");
    expect(reply.ok).toBe(true);
    expect(reply.ok && (reply.value as { title: string }).title).toBe("Support map for Maria");
    const applied = await api("applyPlan", {});
    expect(applied.ok).toBe(true);
    const state = await sheets();
    expect(state.sheets.map((s) => s.name)).toEqual([
      "Settings",
      "Needs",
      "People",
      "Offers",
      "Assignments",
      "Coverage",
    ]);
    const coverage = state.sheets.find((s) => s.name === "Coverage");
    expect(coverage?.backgrounds.flat()).toContain("#d9ead3");
  });

  test("passes on the server's error message, as google.script.run does", async () => {
    expect(await api("setPinned", { need: 5 })).toEqual({
      ok: false,
      error: {
        name: "PanelError",
        message: expect.stringContaining("The need must be text."),
      },
    });
    expect(await api("noSuchFunction")).toEqual({
      ok: false,
      error: { name: "ScriptError", message: "Script function not found: noSuchFunction" },
    });
    playground.failNext("Try again later.");
    expect(await api("getPanel")).toEqual({
      ok: false,
      error: { name: "Exception", message: "Try again later." },
    });
    expect((await api("getPanel")).ok).toBe(true);
  });

  test("a cell typed in the page is what the server code reads next", async () => {
    const people = (await sheets()).sheets.find((s) => s.name === "People");
    const row = (people?.values.length ?? 0) + 1;
    await post("/playground/edit", { sheet: "People", row, column: 1, value: "Kim Park" });
    const after = (await sheets()).sheets.find((s) => s.name === "People");
    expect(after?.values[row - 1][0]).toBe("Kim Park");
    expect(playground.env().readSheet("People")[row - 1][0]).toBe("Kim Park");
    const bad = await fetch(url("/playground/edit"), {
      method: "POST",
      body: JSON.stringify({ sheet: "Nowhere", row: 1, column: 1, value: "x" }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "There is no sheet named Nowhere." });
  });

  test("runs menu items and reports what they showed", async () => {
    const menu = (await (await fetch(url("/playground/menu"))).json()) as {
      caption: string;
      available: boolean;
    }[][];
    expect(menu.flat()).toContainEqual({
      caption: "Plan",
      handler: "menuPlan",
      available: true,
    });
    const outcome = await post<{ toasts: string[] }>("/playground/menu", { handler: "menuPlan" });
    expect(outcome.toasts.join(" ")).toContain("85% of visits covered");
  });
});
