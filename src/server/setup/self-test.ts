import { dialogPage, escapeHtml, htmlTable } from "../platform/dialog-html";
import { activeSpreadsheet } from "../platform/spreadsheet";
import { services } from "../platform/services";
import {
  expect,
  scratchSheet,
  type SelfTestReport,
  type SelfTestResult,
  type SelfTestScratch,
} from "./self-test-checks";
import { SELF_TEST_CHECKS } from "./self-test-list";

export { SELF_TEST_CHECKS };
export type { SelfTestCheck, SelfTestReport } from "./self-test-checks";

// "Self-test (maintainers)": the one check the fakes cannot make. Run once in a real spreadsheet
// after deploying, it touches every service and method the add-on uses on a scratch sheet and a
// scratch property, cleans up, and says what works. It also settles what only Google can answer
// (self-test-google.ts): it turns on the hourly trigger if it is off and shows what the last
// timed run found, and sends the maintainer one email with HTML and an .ics file.
// Each check expects what the in-memory fakes (src/fakes) do, so a failure also shows where the
// fakes and Google differ. The checks, in order, are listed in self-test-list.ts.

function attempt(name: string, run: () => string | void): SelfTestResult {
  try {
    return { name, ok: true, detail: run() ?? "" };
  } catch (e) {
    return { name, ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

/** Sheet names may not hold every character; this one has digits, dashes and a space. */
function stamp(now: Date): string {
  return now.toISOString().slice(0, 19).replace("T", " ").replace(/:/g, "");
}

export function selfTest(): SelfTestReport {
  const svc = services();
  const spreadsheet = activeSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const active = spreadsheet.getActiveSheet();
  const now = new Date();
  const scratch: SelfTestScratch = {
    services: svc,
    spreadsheet,
    timeZone,
    sheet: null,
    sheetName: `Support Map self-test ${stamp(now)}`,
    propertyKey: `supportMapSelfTest${now.getTime()}`,
  };
  const results = SELF_TEST_CHECKS.map((check) => attempt(check.name, () => check.run(scratch)));
  // Clean-up runs whatever failed before, and is reported like any other check.
  results.push(
    attempt("Delete the scratch sheet", () => {
      const sheet = scratchSheet(scratch);
      spreadsheet.deleteSheet(sheet);
      expect("gone", spreadsheet.getSheetByName(scratch.sheetName), null);
      spreadsheet.setActiveSheet(active);
    }),
    attempt("Delete the scratch property", () => {
      const props = svc.properties.getDocumentProperties();
      if (!props) throw new Error("getDocumentProperties() returned null in a menu run");
      props.deleteProperty(scratch.propertyKey);
      expect("gone", props.getProperty(scratch.propertyKey), null);
    }),
  );
  const failed = results.filter((r) => !r.ok).length;
  const passed = results.length - failed;
  return {
    ok: failed === 0,
    passed,
    failed,
    summary:
      failed === 0
        ? `All ${passed} checks passed.`
        : `${failed} of ${results.length} checks failed. Report the failures with this list.`,
    results,
  };
}

/** Fails on purpose: the self-test dialog shows what withFailureHandler receives. */
export function selfTestServerError(): never {
  throw new Error("Support Map self-test: a server error on purpose");
}

/** A result holding a Date: google.script.run is reported to turn it into null. */
export function selfTestDateResult(): { text: string; when: Date } {
  return { text: "kept", when: new Date() };
}

// Run in the dialog, against the real google.script.run: what a server error and a Date look
// like on the sidebar's side (src/client/server.ts relies on both).
const LINK_CHECK = `<h3>Between the sidebar and the server</h3><p id="link">Checking google.script.run…</p>
<script>(function () {
  var out = [], el = document.getElementById("link");
  function show(line) { out.push(line); el.textContent = out.join(" "); }
  google.script.run
    .withFailureHandler(function (e) {
      show("A server error reaches withFailureHandler as " + Object.prototype.toString.call(e) +
        ' with message "' + (e && e.message) + '" (the sidebar shows that message; src/fakes/html.ts fakes it).');
    })
    .withSuccessHandler(function () { show("Fail: a server error reached withSuccessHandler."); })
    .selfTestServerError();
  google.script.run
    .withSuccessHandler(function (r) {
      show("A result holding a Date arrives as " + JSON.stringify(r) +
        (r === null ? ": the whole result became null." : r && r.when === null ? ": the Date became null." :
          ": the Date survived, unlike the fakes assume (src/fakes/html.ts)."));
    })
    .withFailureHandler(function (e) { show("A result holding a Date failed: " + (e && e.message)); })
    .selfTestDateResult();
})();</script>`;

export function selfTestHtml(report: SelfTestReport): string {
  const rows = report.results.map((r) => [
    { html: `<span class="${r.ok ? "pass" : "fail"}">${r.ok ? "Pass" : "Fail"}</span>` },
    r.name,
    r.detail,
  ]);
  return dialogPage(
    `<p class="${report.ok ? "pass" : "fail"}">${escapeHtml(report.summary)}</p>` +
      htmlTable(["", "Check", "Seen"], rows) +
      LINK_CHECK,
  );
}

export function menuSelfTest(): void {
  const report = selfTest();
  const { spreadsheetApp, html } = services();
  const page = html.createHtmlOutput(selfTestHtml(report)).setWidth(760).setHeight(560);
  spreadsheetApp.getUi().showModalDialog(page, "Support Map self-test");
}
