import { spawnSync } from "node:child_process";
import { join } from "node:path";

// Jest's globalSetup: builds dist/ (`npm run build`, scripts/build.ts) before any test runs, so
// the tests that read dist/Code.js and dist/Sidebar.html never test an old bundle, whether they
// run from `npm test` or from `npx jest` alone.

export default function buildDist(): void {
  const root = join(__dirname, "..");
  const tsx = join(root, "node_modules/.bin/tsx");
  const result = spawnSync(tsx, [join(root, "scripts/build.ts")], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}${result.error?.message ?? ""}`;
    throw new Error(`The build failed, so dist/ cannot be tested:\n${output.trim()}`);
  }
}
