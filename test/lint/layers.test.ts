import { execFileSync } from "node:child_process";
import { join } from "node:path";

// The layers of src/ are enforced by ESLint's flat config: an import that points the wrong way
// fails `npm run lint`. Each case lints a planted file in a room, as if it were saved there.
// ESLint loads its config with a dynamic import, which jest's module system refuses, so the
// cases are linted by one child process of plain node.

const root = join(__dirname, "..", "..");

interface Linted {
  file: string;
  rules: string[];
  messages: string[];
}

const LINT = `
import { ESLint } from "eslint";
const input = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const { file, code } of input) {
  const [r] = await eslint.lintText(code, { filePath: file });
  out.push({
    file,
    rules: r.messages.map((m) => m.ruleId ?? ""),
    messages: r.messages.filter((m) => m.ruleId?.endsWith("no-restricted-imports")).map((m) => m.message),
  });
}
const tree = await eslint.lintFiles(["src"]);
out.push({
  file: "src",
  rules: [],
  messages: tree.flatMap((r) =>
    r.messages.filter((m) => m.ruleId?.endsWith("no-restricted-imports")).map((m) => r.filePath + ":" + m.line),
  ),
});
console.log(JSON.stringify(out));
`;

function lintAll(planted: { file: string; code: string }[]): Linted[] {
  const out = execFileSync(
    process.execPath,
    ["--input-type=module", "-e", LINT, JSON.stringify(planted)],
    { cwd: root, encoding: "utf8", maxBuffer: 1 << 24 },
  );
  return JSON.parse(out) as Linted[];
}

const cases: [string, string, boolean][] = [
  // [file, import, allowed]
  ["src/core/planted.ts", 'import { readMap } from "../sheets/read-map";', false],
  ["src/core/planted.ts", 'import { services } from "../server/platform/services";', false],
  ["src/core/messages/planted.ts", 'import type { SpreadsheetApi } from "../../gas/gas";', false],
  ["src/core/messages/planted.ts", 'import { planSupport } from "../planner";', true],
  ["src/sheets/planted.ts", 'import { planSupport } from "../core/planner";', true],
  ["src/sheets/planted.ts", 'import { RunArgs } from "../shared/contract";', false],
  ["src/sheets/planted.ts", 'import { runPlan } from "../server/plan/plan";', false],
  ["src/server/plan/planted.ts", 'import { readMap } from "../../sheets/read-map";', true],
  ["src/server/plan/planted.ts", 'import { call } from "../../client/server";', false],
  ["src/server/plan/planted.ts", 'import { createAppsScriptEnv } from "../../fakes";', false],
  ["src/client/planted.ts", 'import type { Panel } from "../shared/panel-types";', true],
  ["src/client/planted.ts", 'import type { SettingKey } from "../sheets/columns";', false],
  ["src/client/planted.ts", 'import { planSupport } from "../core/planner";', false],
  ["src/shared/planted.ts", 'import type { SheetDef } from "../sheets/columns";', true],
  ["src/shared/planted.ts", 'import { SETTINGS_ROWS } from "../sheets/columns";', false],
  ["src/fakes/planted.ts", 'import type { SpreadsheetApi } from "../gas/gas";', true],
  ["src/fakes/planted.ts", 'import { wallClock } from "../core/wall-clock";', false],
  ["src/gas/planted.ts", 'import type { SupportMap } from "../core/model";', false],
];

const GLOBAL_CASE = {
  file: join(root, "src/core/planted.ts"),
  code: "export const s = SpreadsheetApp.getActive();\n",
};

let linted: Linted[] = [];
beforeAll(() => {
  linted = lintAll([
    ...cases.map(([file, line]) => ({
      file: join(root, file),
      code: `${line}\nexport const planted = 1;\n`,
    })),
    GLOBAL_CASE,
  ]);
});

describe("the layers of src/, as ESLint enforces them", () => {
  test.each(cases.map((c, i) => [...c, i] as const))(
    "%s: %s allowed %s",
    (_file, _line, allowed, i) => {
      const errors = linted[i].messages;
      if (allowed) expect(errors).toEqual([]);
      else expect(errors).toEqual([expect.stringMatching(/arrows point inward|never values/)]);
    },
  );

  test("Apps Script's services are refused outside src/server", () => {
    expect(linted[cases.length].rules).toContain("no-restricted-globals");
  });

  test("the tree as it is has no wrong-way import", () => {
    expect(linted[cases.length + 1].messages).toEqual([]);
  });
});
