import { join } from "node:path";
import type { Frame, Locator } from "playwright-core";

// axe-core run in a page or frame, and a check that an element is really seen: present in the
// DOM is not enough when a height, an overflow or another element can hide it.

const AXE = join(__dirname, "../../node_modules/axe-core/axe.min.js");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

export async function seriousViolations(frame: Frame): Promise<string[]> {
  await frame.addScriptTag({ path: AXE });
  const violations = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
}

/**
 * Whether a person would see the element: scrolled to, it has a size, is not hidden by CSS, and
 * the topmost thing at its centre and at its top-left corner is the element or inside it.
 */
export async function visibleInFrame(element: Locator): Promise<boolean> {
  await element.scrollIntoViewIfNeeded();
  return element.evaluate((e) => {
    const r = e.getBoundingClientRect();
    const style = getComputedStyle(e);
    if (
      r.width < 1 ||
      r.height < 1 ||
      style.visibility !== "visible" ||
      Number(style.opacity) === 0
    )
      return false;
    const points = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 2, r.top + 2],
    ];
    return points.every(([x, y]) => {
      const hit = document.elementFromPoint(x, y);
      return hit !== null && (hit === e || e.contains(hit));
    });
  });
}
