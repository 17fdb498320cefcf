// The small HTML pages the menu items show in a dialog. Every piece of text from a sheet is
// escaped: a cell holding "<b>" must show as typed, never as markup.

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const STYLE = `
body { font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #202124; margin: 0 4px; }
p { line-height: 1.4; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #e0e0e0; }
th { font-weight: bold; background: #f1f3f4; }
.error { color: #a50e0e; font-weight: bold; }
.warning { color: #8a4b00; font-weight: bold; }
.pass { color: #137333; font-weight: bold; }
.fail { color: #a50e0e; font-weight: bold; }
.where { white-space: nowrap; }
button { margin-top: 12px; padding: 6px 16px; }
`;

/** A whole dialog page; `body` must already be escaped HTML. */
export function dialogPage(body: string): string {
  return (
    `<!DOCTYPE html><html><head><base target="_top"><meta charset="utf-8">` +
    `<style>${STYLE}</style></head><body>${body}` +
    `<button onclick="google.script.host.close()">Close</button></body></html>`
  );
}

/** A table whose cells are given as plain text (escaped here) or as HTML (kept). */
export function htmlTable(
  headers: string[],
  rows: Array<Array<string | { html: string }>>,
): string {
  const cell = (c: string | { html: string }) => (typeof c === "string" ? escapeHtml(c) : c.html);
  return (
    `<table><thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join("")}</tr>`).join("")}</tbody></table>`
  );
}
