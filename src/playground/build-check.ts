import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

// dist/Sidebar.html is built from src/client (and the shared contract); the playground serves the
// built file, as HtmlService would, so it rebuilds first when any of those is newer.

const SOURCES = ["src/client", "src/shared", "scripts/build.ts"];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function sidebarIsStale(root: string): boolean {
  const built = join(root, "dist/Sidebar.html");
  if (!existsSync(built)) return true;
  const sources = Math.max(...SOURCES.map((s) => newest(join(root, s))));
  return sources > statSync(built).mtimeMs;
}

/** Runs `npm run build` (scripts/build.ts) when asked to, or when dist/ is stale. */
export function ensureBuilt(
  root: string,
  mode: "always" | "if-stale" | "never",
  log: (line: string) => void,
): void {
  if (mode === "never" || (mode === "if-stale" && !sidebarIsStale(root))) return;
  log("Building dist/ (npm run build)…");
  const tsx = join(root, "node_modules/.bin/tsx");
  const result = spawnSync(tsx, [join(root, "scripts/build.ts")], {
    cwd: root,
    encoding: "utf8",
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
    // A broken server bundle must not hide the sidebar if it was built all the same.
    if (existsSync(join(root, "dist/Sidebar.html")) && !sidebarIsStale(root))
      log(`The build reported a problem, but dist/Sidebar.html is up to date:\n${output}`);
    else throw new Error(`The build failed, so there is no sidebar to serve:\n${output}`);
  }
}
