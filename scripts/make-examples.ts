import { mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import * as prettier from "prettier";
import { readWorkbook, writeWorkbook } from "../src/cli/workbook";
import { ALEX } from "../src/examples/alex";
import { MARIA } from "../src/examples/maria";
import { readMap } from "../src/sheets/read-map";

// Writes examples/{maria,alex}.{json,xlsx} from src/examples. The files are committed, so the
// CLI and the add-on's "Set up with the example" start from the same maps as the tests.

const OUT = join(__dirname, "..", "examples");

/** An .xlsx carries the time it was zipped; keep the old file when its cells are the same. */
async function writeXlsxIfChanged(path: string, sheets: Record<string, unknown[][]>) {
  const dir = await mkdtemp(join(tmpdir(), "support-map-examples-"));
  try {
    const fresh = join(dir, "fresh.xlsx");
    await writeWorkbook(fresh, sheets);
    const same =
      existsSync(path) && isDeepStrictEqual(await readWorkbook(path), await readWorkbook(fresh));
    if (!same) await rename(fresh, path);
    return !same;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  for (const [name, sheets] of Object.entries({ maria: MARIA, alex: ALEX })) {
    const { errors } = readMap(sheets, { now: new Date() });
    if (errors.length > 0) {
      throw new Error(
        `The ${name} example does not read cleanly:\n${JSON.stringify(errors, null, 2)}`,
      );
    }
    const json = join(OUT, `${name}.json`);
    await writeWorkbook(json, sheets);
    // Formatted as the repository's prettier would, so `prettier --check .` passes.
    const config = (await prettier.resolveConfig(json)) ?? {};
    const text = await prettier.format(await readFile(json, "utf8"), { ...config, filepath: json });
    await writeFile(json, text);
    const changed = await writeXlsxIfChanged(join(OUT, `${name}.xlsx`), sheets);
    console.log(`examples/${name}.json, examples/${name}.xlsx${changed ? "" : " (unchanged)"}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
