import { startPlayground, type Playground } from "../../src/playground/server";
import { xlsxToWorkbook } from "../../src/cli/workbook";
import type { FormAppApi } from "../../src/gas/gas-forms";
import type { ApiReply, MenuOutcome, SheetsState } from "../../src/playground/protocol";

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

describe("the playground server, as Sheets would behave", () => {
  test("a menu item's Yes/No question stops it; the answer runs it again, and No sends nothing", async () => {
    const asked = await post<MenuOutcome>("/playground/menu", { handler: "menuSendCheckInNow" });
    expect(asked.question).toMatchObject({ kind: "alert", buttons: "YES_NO" });
    expect(playground.env().outbox).toHaveLength(0);
    const no = await post<MenuOutcome>("/playground/menu", {
      handler: "menuSendCheckInNow",
      answers: [{ button: "NO" }],
    });
    expect(no).toEqual({ toasts: [], alerts: [], shown: [] });
    expect(playground.env().outbox).toHaveLength(0);
    const yes = await post<MenuOutcome>("/playground/menu", {
      handler: "menuSendCheckInNow",
      answers: [{ button: "YES" }],
    });
    expect(yes.alerts).toEqual([
      { title: "Weekly check-in", prompt: "The weekly check-in was sent." },
    ]);
    expect(playground.env().outbox.map((m) => m.to)).toEqual(["maria@example.com"]);
  });

  test("a dialog's page is served with google.script.run and Google form links made local", async () => {
    const outcome = await post<MenuOutcome>("/playground/menu", { handler: "menuCreateOfferForm" });
    expect(outcome.shown).toEqual([
      expect.objectContaining({ kind: "modal", title: "Offer form", width: 460, height: 230 }),
    ]);
    const page = await (await fetch(url(`/playground/dialog/${outcome.shown[0].id}`))).text();
    expect(page).toContain("google.script");
    expect(page).not.toContain("docs.google.com");
    const id = /\/playground\/form\/([\w-]+)/.exec(page)?.[1] ?? "";
    const form = await fetch(url(`/playground/form/${id}`));
    expect(form.status).toBe(200);
    expect(await form.text()).toContain("Your name");
  });

  test("a form posted as a browser would goes through FormApp and the add-on's trigger", async () => {
    await post("/playground/menu", { handler: "menuCreateOfferForm" });
    const forms = (await (await fetch(url("/playground/forms"))).json()) as { id: string }[];
    const data = (playground.env().globals.FormApp as FormAppApi).openById(forms[0].id);
    const field = (title: string) =>
      `q${data
        .getItems()
        .find((i) => i.getTitle() === title)
        ?.getId()}`;
    const body = new URLSearchParams();
    body.set(field("Your name"), "Kim Park");
    body.set(field("Your email"), "kim.park@example.com");
    body.append(field("What can you offer?"), "__other__");
    body.set(`${field("What can you offer?")}.other`, "dog sitting");
    const free = data.getItems().find((i) => i.getTitle() === "When are you usually free?");
    const firstColumn = free?.asCheckboxGridItem().getColumns()[0] ?? "";
    // Row 0 of the grid (Monday), its first column.
    body.append(`${field("When are you usually free?")}.0`, firstColumn);
    const sent = await fetch(url(`/playground/form/${forms[0].id}`), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: body.toString(),
    });
    const sentPage = await sent.text();
    expect(sentPage).toContain("Written to row 2 of Form Responses 1");
    expect(sentPage).not.toContain("failed");
    const response = data.getResponses()[0];
    const answered = response
      .getItemResponses()
      .map((r) => [r.getItem().getTitle(), r.getResponse()])
      // Google lists unanswered text, paragraph, date and time questions with "".
      .filter(([, answer]) => answer !== "");
    expect(answered).toEqual([
      ["Your name", "Kim Park"],
      ["Your email", "kim.park@example.com"],
      ["What can you offer?", ["dog sitting"]],
      ["When are you usually free?", [[firstColumn], null, null, null, null, null, null]],
    ]);
    expect(
      playground
        .env()
        .readSheet("People")
        .some((r) => r[0] === "Kim Park"),
    ).toBe(true);
  });

  test("the check-in form, answered as Maria would, reaches Check-ins on the add-on's hourly run", async () => {
    const yes = [{ button: "YES" }];
    await post("/playground/menu", { handler: "menuSendCheckInNow", answers: yes });
    const forms = (await (await fetch(url("/playground/forms"))).json()) as {
      id: string;
      title: string;
    }[];
    const checkIn = forms.find((f) => /check-in/i.test(f.title));
    expect(checkIn).toBeDefined();
    const data = (playground.env().globals.FormApp as FormAppApi).openById(checkIn?.id ?? "");
    const first = data.getItems()[0];
    const body = new URLSearchParams({ [`q${first.getId()}`]: "The dog walks were lovely." });
    const sent = await fetch(url(`/playground/form/${checkIn?.id}`), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: body.toString(),
    });
    expect(await sent.text()).toContain("collects its answers on its hourly run");

    const off = await fetch(url("/playground/hourly"), {
      method: "POST",
      headers: { "content-type": "application/json" },
    });
    expect(off.status).toBe(409);
    await post("/playground/menu", { handler: "menuTurnOnScheduledMessages", answers: yes });
    const ran = await post<{ ran: boolean; message: string }>("/playground/hourly", {});
    expect(ran.ran).toBe(true);
    const checkIns = playground.env().readSheet("Check-ins");
    expect(checkIns.flat().map(String)).toContain("The dog walks were lovely.");
  });

  test("time moves on hour by hour, and the add-on's hourly run sends what falls due", async () => {
    const off = await post<{ message: string }>("/playground/clock", { hours: 1 });
    expect(off.message).toContain("Scheduled messages are off");
    expect(playground.env().clock.now().toISOString()).toBe("2026-12-07T10:00:00.000Z");
    await post("/playground/menu", {
      handler: "menuTurnOnScheduledMessages",
      answers: [{ button: "YES" }],
    });
    // On to Friday 11 December, the example's check-in day, in the evening.
    const moved = await post<{ label: string; message: string }>("/playground/clock", {
      hours: 4 * 24 + 8,
    });
    expect(moved.label).toBe("Fri, 11 Dec 2026, 18:00 (Europe/London)");
    expect(moved.message).toContain("ran 104 times");
    // The daily summaries and the alerts went out too; the check-in once, on its day.
    const checkIns = playground.env().outbox.filter((m) => /weekly check-in/i.test(m.subject));
    expect(checkIns).toHaveLength(1);
    expect(checkIns[0].sentAt.slice(0, 10)).toBe("2026-12-11");
  });

  test("the map goes out as .xlsx and comes back in; a blank map is Set up's", async () => {
    await post("/playground/edit", {
      sheet: "Needs",
      edits: [{ row: 2, column: 1, value: "Walk the dog (mine)" }],
    });
    expect(await (await fetch(url("/playground/state"))).json()).toMatchObject({
      touched: true,
      keep: true,
    });
    const xlsx = Buffer.from(await (await fetch(url("/playground/map.xlsx"))).arrayBuffer());
    const book = await xlsxToWorkbook(xlsx);
    expect(book.Needs[1][0]).toBe("Walk the dog (mine)");

    await post("/playground/open", { kind: "blank" });
    expect(playground.env().readSheet("Needs")).toHaveLength(1);
    expect(await (await fetch(url("/playground/state"))).json()).toMatchObject({
      touched: false,
      keep: true,
    });
    await post("/playground/open", { kind: "xlsx", data: xlsx.toString("base64") });
    expect(playground.env().readSheet("Needs")[1][0]).toBe("Walk the dog (mine)");
    expect(playground.env().readSheet("Needs")).toHaveLength(book.Needs.length);
  });

  test("rows go in above a row and out, never the header", async () => {
    const before = playground.env().readSheet("People");
    await post("/playground/rows", { sheet: "People", action: "insert", row: 3, count: 2 });
    const after = playground.env().readSheet("People");
    expect(after[3]).toEqual(before[2].map(() => ""));
    expect(after[4]).toEqual(before[2]);
    await post("/playground/rows", { sheet: "People", action: "delete", row: 3, count: 2 });
    expect(playground.env().readSheet("People")).toEqual(before);
    const header = await fetch(url("/playground/rows"), {
      method: "POST",
      body: JSON.stringify({ sheet: "People", action: "delete", row: 1, count: 1 }),
    });
    expect(header.status).toBe(400);
  });
});
