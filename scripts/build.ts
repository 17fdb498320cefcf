import { build } from "esbuild";
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";

// Builds what clasp pushes (dist/: Code.js, Sidebar.html, appsscript.json).
// Apps Script only calls top-level function declarations, so the server bundle is an IIFE that
// assigns its exports to one global, and a generated footer declares a wrapper per export.

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const GLOBAL = "SupportMapServer";

/** Names of the functions the server module exports, read by running the bundle once. */
function exportedNames(code: string): string[] {
  const sandbox: Record<string, unknown> = {};
  runInNewContext(`${code}\nthis.__exports = ${GLOBAL};`, sandbox);
  const exports = sandbox.__exports as Record<string, unknown>;
  return Object.keys(exports)
    .filter((k) => typeof exports[k] === "function")
    .sort();
}

function footer(names: string[]): string {
  return names
    .map((name) => `function ${name}() {\n  return ${GLOBAL}.${name}.apply(this, arguments);\n}`)
    .join("\n");
}

async function buildServer(): Promise<void> {
  const result = await build({
    entryPoints: [join(root, "src/server/index.ts")],
    bundle: true,
    format: "iife",
    globalName: GLOBAL,
    target: "es2020",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    legalComments: "none",
    charset: "utf8",
  });
  const code = result.outputFiles[0].text;
  const names = exportedNames(code);
  const text = `// Support Map, built ${new Date().toISOString().slice(0, 10)}. Do not edit: see src/.\n${code}\n${footer(names)}\n`;
  writeFileSync(join(dist, "Code.js"), text);
}

async function buildSidebar(): Promise<void> {
  const template = join(root, "src/client/sidebar.html");
  const entry = join(root, "src/client/main.ts");
  if (!existsSync(template) || !existsSync(entry)) return;
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    target: "es2020",
    minify: true,
    write: false,
    legalComments: "none",
    charset: "utf8",
  });
  // A "</script>" inside the bundle would end the inline script early.
  const js = result.outputFiles[0].text.replace(/<\/script/gi, "<\\/script");
  const css = existsSync(join(root, "src/client/sidebar.css"))
    ? readFileSync(join(root, "src/client/sidebar.css"), "utf8")
    : "";
  const html = readFileSync(template, "utf8")
    .replace("/* STYLE */", () => css)
    .replace("/* SCRIPT */", () => js);
  writeFileSync(join(dist, "Sidebar.html"), html);
}

async function main(): Promise<void> {
  mkdirSync(dist, { recursive: true });
  copyFileSync(join(root, "appsscript.json"), join(dist, "appsscript.json"));
  await Promise.all([buildServer(), buildSidebar()]);
  console.log("Built dist/Code.js, dist/Sidebar.html and dist/appsscript.json");
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
