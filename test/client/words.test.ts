import { errorText, percent, plural } from "../../src/client/words";

// The sidebar's wordings, tested in node: src/client runs in the browser from dist/Sidebar.html,
// but its pure modules need no DOM.

describe("sidebar wordings", () => {
  test("plural says one or many", () => {
    expect(plural(1, "visit")).toBe("1 visit");
    expect(plural(0, "visit")).toBe("0 visits");
    expect(plural(3, "person", "people")).toBe("3 people");
  });

  test("percent rounds a share to a whole percent", () => {
    expect(percent(0)).toBe("0%");
    expect(percent(0.456)).toBe("46%");
    expect(percent(1)).toBe("100%");
  });

  test("errorText drops the prefix Apps Script puts on thrown messages", () => {
    expect(errorText(new Error("Exception: Lock timeout"))).toBe("Lock timeout");
    expect(errorText("ScriptError: Quota exceeded ")).toBe("Quota exceeded");
    expect(errorText({ message: "PanelError: No Needs sheet" })).toBe("No Needs sheet");
    expect(errorText("Plain words")).toBe("Plain words");
  });

  test("errorText says so when there is no message", () => {
    const none = "The server did not say what went wrong.";
    expect(errorText(undefined)).toBe(none);
    expect(errorText(42)).toBe(none);
    expect(errorText(new Error("Error: "))).toBe(none);
  });
});
