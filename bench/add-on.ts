import { build } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromiumInstalled } from "../src/playground/chromium";
import { measureAppsScriptCalls } from "./apps-script-calls";
import { measureBrowser } from "./browser";
import { measureFormIntake } from "./form-intake";
import type { Section, SectionRunner, Target } from "./section";

// The add-on's own figures, each beside a baseline measured in the same run: Apps Script calls
// per operation (against the smallest map), form intake (last submission against the first),
// bundle size (against zod bundled alone), and the panel in Chromium (against a 10-helper map).

const root = join(__dirname, "..");

const target = (
  section: string,
  name: string,
  want: string,
  got: string,
  pass: boolean,
): Target => ({
  section,
  name,
  want,
  got,
  pass,
});

export const appsScriptCallsSection: SectionRunner = async ({ log }) => {
  log("Apps Script calls: Set up and Plan at 10, 50, 200 and 1000 helpers…");
  const rows = measureAppsScriptCalls(undefined, 1, { afterBriefs: true });
  const title = "Apps Script calls per operation (in-memory Apps Script, every call counted)";
  const base = (op: string) => rows.find((r) => r.operation === op)?.calls ?? 0;
  const plan = rows.filter((r) => r.operation === "Plan");
  const afterBriefs = rows.filter((r) => r.operation === "Plan after briefs");
  const setUp = rows.filter((r) => r.operation === "Set up");
  const level = (list: typeof rows) => list.every((r) => r.calls === list[0].calls);
  const maxPlan = Math.max(...plan.map((r) => r.calls));
  return {
    title,
    header: ["operation", "helpers", "calls", "vs 10 helpers"],
    rows: rows.map((r) => [
      r.operation,
      String(r.helpers),
      String(r.calls),
      (r.calls / base(r.operation)).toFixed(2),
    ]),
    notes: [
      "Set up runs on a map typed in without formats or checks, so it adds every rule; a second Set up writes nothing.",
      "Plan's extra calls at 1000 helpers are the one-time growth of Assignments past 1000 rows: the sheet asked its size, rows inserted.",
      "Plan after briefs: a re-plan once briefs went out (the change form's sections follow it); measured up to 200 helpers (briefing 1000 through the in-memory Forms takes over a minute).",
    ],
    json: { appsScriptCalls: rows },
    targets: [
      target(
        title,
        "Set up: same calls at every size",
        "level",
        setUp.map((r) => r.calls).join(" / "),
        level(setUp),
      ),
      target(
        title,
        "Plan: calls level with size (within 2: growth past 1000 rows) and about 30",
        "<= 35",
        plan.map((r) => r.calls).join(" / "),
        maxPlan <= 35 && maxPlan - Math.min(...plan.map((r) => r.calls)) <= 2,
      ),
      target(
        title,
        "Plan after briefs: calls level with size",
        "<= 35",
        afterBriefs.map((r) => r.calls).join(" / "),
        afterBriefs.every((r) => r.calls <= 35 && r.calls === afterBriefs[0].calls),
      ),
    ],
  };
};

export const formIntakeSection: SectionRunner = async ({ log }) => {
  log("Form intake: a burst of 1000 submissions through the handler…");
  const m = measureFormIntake(1000);
  const title = "Offer form intake: a burst of submissions";
  const { first, last, mean } = m.callsPerSubmission;
  return {
    title,
    header: [
      "submissions",
      "calls, first",
      "calls, last",
      "calls, mean",
      "last vs first",
      "rows lost",
    ],
    rows: [
      [
        String(m.submissions),
        String(first),
        String(last),
        mean.toFixed(1),
        (last / first).toFixed(2),
        String(m.rowsLost),
      ],
    ],
    notes: [
      "Calls vary a little with how many questions each answer fills in; they do not grow with the sheets.",
    ],
    json: { formIntake: m },
    targets: [
      target(title, "form intake: rows lost", "0", String(m.rowsLost), m.rowsLost === 0),
      target(
        title,
        "form intake: calls per submission level",
        "last/first <= 1.2",
        (last / first).toFixed(2),
        last / first <= 1.2,
      ),
    ],
  };
};

async function bundleOf(code: string): Promise<number> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: "ts" },
    bundle: true,
    format: "iife",
    target: "es2020",
    minify: true,
    write: false,
    legalComments: "none",
  });
  return result.outputFiles[0].contents.length;
}

/** The server bundle minified, with how many of its bytes are zod's. */
async function minifiedServer(): Promise<{ bytes: number; zod: number }> {
  const result = await build({
    entryPoints: [join(root, "src/server/index.ts")],
    bundle: true,
    format: "iife",
    globalName: "SupportMapServer",
    target: "es2020",
    platform: "neutral",
    mainFields: ["module", "main"],
    minify: true,
    write: false,
    metafile: true,
  });
  let zod = 0;
  for (const output of Object.values(result.metafile.outputs))
    for (const [file, input] of Object.entries(output.inputs))
      if (file.includes("node_modules/zod/")) zod += input.bytesInOutput;
  return { bytes: result.outputFiles[0].contents.length, zod };
}

export const bundleSection: SectionRunner = async ({ log }) => {
  log("Bundle size…");
  const title = "Bundle size (what clasp pushes)";
  const code = join(root, "dist/Code.js");
  const sidebar = join(root, "dist/Sidebar.html");
  if (!existsSync(code) || !existsSync(sidebar))
    throw new Error("dist/ is missing: run npm run build first (npm run bench does).");
  const size = (path: string) => {
    const bytes = readFileSync(path);
    return { bytes: bytes.length, gzip: gzipSync(bytes).length };
  };
  const files = { "Code.js": size(code), "Sidebar.html": size(sidebar) };
  const minified = await minifiedServer();
  // Baselines: one small schema with zod imported the two ways DEVELOPERS.md compares.
  const schema = "z.object({ a: z.string() })";
  const zodNamespace = await bundleOf(
    `import * as z from "zod"; (globalThis as Record<string, unknown>).s = ${schema};`,
  );
  const zodNamed = await bundleOf(
    `import { z } from "zod"; (globalThis as Record<string, unknown>).s = ${schema};`,
  );
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const vs = (n: number) => (n / zodNamed).toFixed(2);
  return {
    title,
    header: ["what", "size", "gzip", "vs zod imported as { z }"],
    rows: [
      [
        "Code.js as pushed (not minified)",
        kb(files["Code.js"].bytes),
        kb(files["Code.js"].gzip),
        vs(files["Code.js"].bytes),
      ],
      ["Code.js minified (same code)", kb(minified.bytes), "-", vs(minified.bytes)],
      ["  of which zod", kb(minified.zod), "-", vs(minified.zod)],
      [
        "Sidebar.html (no zod: types only)",
        kb(files["Sidebar.html"].bytes),
        kb(files["Sidebar.html"].gzip),
        vs(files["Sidebar.html"].bytes),
      ],
      ["baseline: zod as import * as z, one schema", kb(zodNamespace), "-", vs(zodNamespace)],
      ["baseline: zod as import { z }, one schema", kb(zodNamed), "-", "1.00"],
    ],
    notes: [
      "Code.js is pushed unminified on purpose: errors in Apps Script's log then point at readable code.",
    ],
    json: {
      bundle: {
        ...files,
        codeMinified: minified.bytes,
        zodInCode: minified.zod,
        zodNamespace,
        zodNamed,
      },
    },
    targets: [
      target(
        title,
        "zod in Code.js near the import * as z baseline",
        "< 1.5x",
        (minified.zod / zodNamespace).toFixed(2) + "x",
        minified.zod < 1.5 * zodNamespace,
      ),
      target(
        title,
        "Sidebar.html under 100 KB",
        "< 100 KB",
        kb(files["Sidebar.html"].bytes),
        files["Sidebar.html"].bytes < 100 * 1024,
      ),
    ],
  };
};

export const browserSection: SectionRunner = async ({ log }) => {
  const title = "Coordinator panel in Chromium";
  if (!chromiumInstalled())
    return {
      title,
      header: ["helpers", "first render", "preview"],
      rows: [],
      notes: ["Not measured: no Chromium at /usr/bin/chromium (apt-get install -y chromium)."],
      json: { browser: null },
      targets: [],
    };
  log("Browser: the panel with 10 and 200 helpers…");
  const small = await measureBrowser({ helpers: 10 });
  const large = await measureBrowser({ helpers: 200 });
  return {
    title,
    header: ["helpers", "first render", "preview", "first render vs 10", "preview vs 10"],
    rows: [small, large].map((m) => [
      String(m.helpers),
      `${m.firstRenderMs} ms`,
      `${m.previewMs} ms`,
      (m.firstRenderMs / small.firstRenderMs).toFixed(2),
      (m.previewMs / small.previewMs).toFixed(2),
    ]),
    notes: [
      "Both include the server's work over the in-memory Apps Script (reading the sheets and planning); Apps Script on Google's servers is slower.",
    ],
    json: { browser: { small, large } },
    targets: [],
  };
};

export type { Section };
