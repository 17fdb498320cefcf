import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { appsScriptCallsSection, browserSection, bundleSection, formIntakeSection } from "./add-on";
import { coverageSection } from "./coverage";
import { reassessSection } from "./reassess";
import type { BenchOptions, Section, SectionRunner, Target } from "./section";
import { formatTable } from "./table";

// npm run bench [-- --sizes 10,50 --seeds N --time-limit S --only reassess --json]
// Runs every section (or those --only names), prints its table and the targets with PASS or
// MISS. With --json, stdout holds one JSON object (each section's figures plus all targets)
// and progress goes to stderr.

const SECTIONS: Record<string, SectionRunner> = {
  coverage: coverageSection,
  calls: appsScriptCallsSection,
  intake: formIntakeSection,
  bundle: bundleSection,
  browser: browserSection,
  reassess: reassessSection,
};

/** Sections that read dist/: the build runs first only when one of them is chosen. */
const NEEDS_BUILD = new Set(["bundle", "browser"]);

const USAGE = `usage: npm run bench -- [--sizes 10,50,200,1000] [--seeds N] [--time-limit SECONDS] [--only ${Object.keys(SECTIONS).join(",")}] [--json]`;

function parseArgs(argv: string[]): { options: BenchOptions; json: boolean; only: string[] } {
  const options: BenchOptions = {
    sizes: [10, 50, 200, 1000],
    timeLimit: 120,
    log: (line) => process.stderr.write(`${line}\n`),
  };
  let json = false;
  let only = Object.keys(SECTIONS);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value. ${USAGE}`);
      return v;
    };
    const count = (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${arg} wants a whole number, not "${v}"`);
      return n;
    };
    if (arg === "--json") json = true;
    else if (arg === "--sizes") options.sizes = value().split(",").map(count);
    else if (arg === "--seeds") options.seeds = count(value());
    else if (arg === "--time-limit") options.timeLimit = count(value());
    else if (arg === "--only") {
      only = value().split(",");
      const unknown = only.filter((name) => !(name in SECTIONS));
      if (unknown.length) throw new Error(`No section "${unknown.join(", ")}". ${USAGE}`);
    } else throw new Error(`Unknown option "${arg}". ${USAGE}`);
  }
  return { options, json, only };
}

function printSection(section: Section): void {
  console.log(`\n${section.title}\n`);
  console.log(formatTable(section.header, section.rows));
  for (const note of section.notes) console.log(note);
}

function printTargets(targets: Target[]): void {
  console.log("\nTargets\n");
  console.log(
    formatTable(
      ["", "target", "want", "got"],
      targets.map((t) => [t.pass ? "PASS" : "MISS", t.name, t.want, t.got]),
    ),
  );
}

async function main(): Promise<void> {
  const { options, json, only } = parseArgs(process.argv.slice(2));
  // Measure what would be pushed: build first, with its output kept off stdout for --json.
  if (only.some((name) => NEEDS_BUILD.has(name)))
    execFileSync(
      process.execPath,
      [join(__dirname, "../node_modules/tsx/dist/cli.mjs"), join(__dirname, "../scripts/build.ts")],
      {
        stdio: ["ignore", 2, 2],
      },
    );
  const sections: Section[] = [];
  for (const name of Object.keys(SECTIONS).filter((n) => only.includes(n))) {
    const section = await SECTIONS[name](options);
    sections.push(section);
    if (!json) printSection(section);
  }
  const targets = sections.flatMap((s) => s.targets);
  if (json) {
    const out = Object.assign({}, ...sections.map((s) => s.json), { targets });
    console.log(JSON.stringify(out, null, 2));
  } else printTargets(targets);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
