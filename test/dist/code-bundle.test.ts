import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";

// dist/Code.js is what clasp pushes. Apps Script can only call top-level function
// declarations, and it has no module system. Jest builds it before any test runs
// (test/global-setup.ts).

const code = readFileSync(join(__dirname, "../../dist/Code.js"), "utf8");

describe("dist/Code.js", () => {
  it("declares every entry point as a top-level function", () => {
    const context = createContext({});
    runInContext(code, context);
    for (const name of ["onOpen", "onInstall"]) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, "m"));
      expect(typeof context[name]).toBe("function");
    }
  });

  it("keeps no import or export statement", () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it("loads with no Apps Script service touched", () => {
    // Loading the file must not call any service: onOpen in AuthMode.NONE depends on it.
    const context = createContext({});
    expect(() => runInContext(code, context)).not.toThrow();
  });
});
