import type { FormData, FormsBoard, ItemData } from "../fakes/forms";
import { ItemType, QUESTION_TYPES } from "../fakes/form-items";
import { escapeHtml } from "../server/platform/dialog-html";

// Any form the add-on made (the offer form, the check-in form, and whatever form a later feature
// creates through FormApp) as a page a person can fill in. Submitting goes through the fake
// FormApp exactly as a respondent's would: the answers are checked as Google's form checks them,
// written to the linked responses sheet, and the spreadsheet's form-submit trigger runs the
// add-on's own code with an event shaped like Google's.

const OTHER = "__other__";

const STYLE = `
body { font: 14px/1.45 Roboto, Arial, sans-serif; background: #f0ebf8; color: #202124; margin: 0; }
main { max-width: 640px; margin: 12px auto 40px; }
.card { background: #fff; border: 1px solid #dadce0; border-radius: 8px; padding: 18px 24px; margin-top: 12px; }
.head { border-top: 10px solid #673ab7; }
h1 { font-size: 26px; font-weight: 400; margin: 0 0 8px; }
.q { font-size: 16px; margin: 0 0 4px; }
.req { color: #d93025; }
.help { color: #5f6368; font-size: 12px; margin: 0 0 10px; white-space: pre-wrap; }
label.choice { display: block; margin: 6px 0; }
label.q { display: block; }
input[type=text], input[type=email], input[type=date], textarea, select { font: inherit; padding: 6px; width: 100%; max-width: 420px; box-sizing: border-box; }
textarea { min-height: 4.5em; }
table.gridq { border-collapse: collapse; }
table.gridq th, table.gridq td { padding: 4px 10px; text-align: center; }
table.gridq th[scope=row] { text-align: left; font-weight: 400; }
.error { color: #a50e0e; background: #fce8e6; border-radius: 4px; padding: 8px 12px; }
.note { color: #5f6368; font-size: 13px; }
button { font: inherit; background: #673ab7; color: #fff; border: 0; border-radius: 4px; padding: 8px 24px; cursor: pointer; }
a { color: #673ab7; }
`;

function page(title: string, body: string): string {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`
  );
}

const nameOf = (item: ItemData) => `q${item.id}`;

function question(item: ItemData, given: URLSearchParams): string {
  const name = nameOf(item);
  const id = `i${item.id}`;
  const title = `${escapeHtml(item.title)}${item.required ? ' <span class="req" aria-hidden="true">*</span>' : ""}`;
  const help = item.helpText
    ? `<p class="help" id="${id}-help">${escapeHtml(item.helpText)}</p>`
    : "";
  const described = item.helpText ? ` aria-describedby="${id}-help"` : "";
  const required = item.required ? " required" : "";
  const value = given.get(name) ?? "";
  const chosen = new Set(given.getAll(name));
  const group = (inner: string) =>
    `<fieldset class="card"${described}><legend class="q">${title}</legend>${help}${inner}</fieldset>`;
  const other = (type: string) =>
    item.hasOther
      ? `<label class="choice"><input type="${type}" name="${name}" value="${OTHER}"${chosen.has(OTHER) ? " checked" : ""}> Other: ` +
        `<input type="text" name="${name}.other" aria-label="${escapeHtml(item.title)}: other" value="${escapeHtml(given.get(`${name}.other`) ?? "")}" style="width: 60%"></label>`
      : "";
  switch (item.type) {
    case ItemType.TEXT:
      return `<div class="card"><label class="q" for="${id}">${title}</label>${help}<input type="text" id="${id}" name="${name}" value="${escapeHtml(value)}"${described}${required}></div>`;
    case ItemType.PARAGRAPH_TEXT:
      return `<div class="card"><label class="q" for="${id}">${title}</label>${help}<textarea id="${id}" name="${name}"${described}${required}>${escapeHtml(value)}</textarea></div>`;
    case ItemType.DATE:
      return `<div class="card"><label class="q" for="${id}">${title}</label>${help}<input type="date" id="${id}" name="${name}" value="${escapeHtml(value)}"${described}${required}></div>`;
    case ItemType.LIST:
      return `<div class="card"><label class="q" for="${id}">${title}</label>${help}<select id="${id}" name="${name}"${described}${required}><option value="">Choose</option>${item.choices
        .map((c) => `<option${c === value ? " selected" : ""}>${escapeHtml(c)}</option>`)
        .join("")}</select></div>`;
    case ItemType.CHECKBOX:
    case ItemType.MULTIPLE_CHOICE: {
      const type = item.type === ItemType.CHECKBOX ? "checkbox" : "radio";
      return group(
        item.choices
          .map(
            (c) =>
              `<label class="choice"><input type="${type}" name="${name}" value="${escapeHtml(c)}"${chosen.has(c) ? " checked" : ""}> ${escapeHtml(c)}</label>`,
          )
          .join("") + other(type),
      );
    }
    case ItemType.SCALE: {
      const options: string[] = [];
      for (let n = item.lowerBound; n <= item.upperBound; n++)
        options.push(
          `<label class="choice" style="display:inline-block;margin-right:14px"><input type="radio" name="${name}" value="${n}"${value === String(n) ? " checked" : ""}> ${n}</label>`,
        );
      return group(
        `${item.leftLabel ? `<span class="note">${escapeHtml(item.leftLabel)}</span> ` : ""}${options.join("")}${item.rightLabel ? ` <span class="note">${escapeHtml(item.rightLabel)}</span>` : ""}`,
      );
    }
    case ItemType.CHECKBOX_GRID: {
      const head = `<tr><td></td>${item.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("")}</tr>`;
      const rows = item.rows
        .map((r, i) => {
          const cell = `${name}.${i}`;
          const ticked = new Set(given.getAll(cell));
          return `<tr><th scope="row">${escapeHtml(r)}</th>${item.columns
            .map(
              (c) =>
                `<td><input type="checkbox" name="${cell}" value="${escapeHtml(c)}" aria-label="${escapeHtml(`${r}: ${c}`)}"${ticked.has(c) ? " checked" : ""}></td>`,
            )
            .join("")}</tr>`;
        })
        .join("");
      return group(`<table class="gridq">${head}${rows}</table>`);
    }
    case ItemType.SECTION_HEADER:
    case ItemType.PAGE_BREAK:
      return `<div class="card"><h2 class="q">${escapeHtml(item.title)}</h2>${help}</div>`;
    default:
      return `<div class="card"><p class="q">${title}</p><p class="note">This kind of question (${escapeHtml(String(item.type))}) cannot be answered in the playground.</p></div>`;
  }
}

/** A stored response as the fields of the form, to edit it. */
export function fieldsOf(form: FormData, responseId: string): URLSearchParams | undefined {
  const response = form.responses.find((r) => r.id === responseId);
  if (!response) return undefined;
  const fields = new URLSearchParams();
  fields.set("__response", responseId);
  if (response.email) fields.set("__email", response.email);
  for (const item of form.items) {
    const value = response.answers.get(item.id);
    if (value === undefined || value === null) continue;
    const name = nameOf(item);
    const put = (v: string) => {
      const isOther =
        item.hasOther &&
        (item.type === ItemType.CHECKBOX || item.type === ItemType.MULTIPLE_CHOICE) &&
        !item.choices.includes(v);
      if (isOther) {
        fields.append(name, OTHER);
        fields.set(`${name}.other`, v);
      } else fields.append(name, v);
    };
    if (item.type === ItemType.CHECKBOX_GRID && Array.isArray(value))
      value.forEach((row: unknown, i) => {
        if (Array.isArray(row)) for (const c of row) fields.append(`${name}.${i}`, String(c));
      });
    else if (Array.isArray(value)) for (const v of value) put(String(v));
    else put(String(value));
  }
  return fields;
}

export function formPage(form: FormData, given = new URLSearchParams(), error = ""): string {
  const email = form.collectEmail
    ? `<div class="card"><label class="q" for="email">Email <span class="req" aria-hidden="true">*</span></label><input type="email" id="email" name="__email" required value="${escapeHtml(given.get("__email") ?? "")}"></div>`
    : "";
  const closed =
    form.trashed || !form.acceptingResponses
      ? `<p class="error">This form is no longer accepting responses.</p>`
      : "";
  const body =
    `<div class="card head"><h1>${escapeHtml(form.title)}</h1>` +
    (form.description
      ? `<p class="help" style="font-size:14px">${escapeHtml(form.description)}</p>`
      : "") +
    `<p class="note">In the playground: this is the form the add-on made, and sending it runs the add-on's own form-submit code. <a href="/">Back to the map</a></p>` +
    closed +
    (error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : "") +
    `</div><form method="post" action="/playground/form/${encodeURIComponent(form.id)}">` +
    (given.get("__response")
      ? `<input type="hidden" name="__response" value="${escapeHtml(given.get("__response") ?? "")}"><p class="note card">Editing your earlier response: what you change replaces it.</p>`
      : "") +
    email +
    form.items.map((item) => question(item, given)).join("") +
    `<div class="card" style="background:none;border:0;padding:0"><button type="submit">Submit</button></div></form>`;
  return page(form.title, body);
}

/**
 * The answers as FormsBoard.submit takes them (keyed by item id), from the posted fields. For an
 * edit every question is given, a blank one as "", so that clearing an answer clears it.
 */
export function answersFrom(
  form: FormData,
  posted: URLSearchParams,
  editing = false,
): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const item of form.items) {
    if (editing && QUESTION_TYPES.includes(item.type)) answers[String(item.id)] = "";
    const name = nameOf(item);
    const withOther = (values: string[]) =>
      values
        .map((v) => (v === OTHER ? (posted.get(`${name}.other`) ?? "").trim() : v))
        .filter(Boolean);
    switch (item.type) {
      case ItemType.TEXT:
      case ItemType.PARAGRAPH_TEXT:
      case ItemType.DATE:
      case ItemType.LIST:
      case ItemType.SCALE: {
        const value = posted.get(name) ?? "";
        if (value !== "") answers[String(item.id)] = value;
        break;
      }
      case ItemType.MULTIPLE_CHOICE: {
        const [value] = withOther(posted.getAll(name));
        if (value) answers[String(item.id)] = value;
        break;
      }
      case ItemType.CHECKBOX: {
        const values = withOther(posted.getAll(name));
        if (values.length) answers[String(item.id)] = values;
        break;
      }
      case ItemType.CHECKBOX_GRID: {
        const rows = item.rows.map((_, i) => posted.getAll(`${name}.${i}`));
        if (rows.some((r) => r.length))
          answers[String(item.id)] = rows.map((r) => (r.length ? r : null));
        break;
      }
      default:
        break;
    }
  }
  return answers;
}

export function submittedPage(
  form: FormData,
  outcome: {
    failures: string[];
    triggers: number;
    row?: number;
    sheet?: string;
    responseId: string;
  },
): string {
  const lines: string[] = [];
  if (!form.destination)
    lines.push(
      `<p class="note">This form has no responses sheet: the add-on collects its answers on its hourly run (scheduled messages), as it does in Google.</p>` +
        `<form method="post" action="/playground/hourly"><button type="submit">Run the add-on's hourly run now</button></form>`,
    );
  else if (outcome.triggers === 0)
    lines.push(
      `<p class="error">No form-submit trigger is installed on the spreadsheet, so the add-on has not seen this response yet. It is on ${escapeHtml(outcome.sheet ?? "the responses sheet")}; the coordinator's Sync offers reads it.</p>`,
    );
  for (const failure of outcome.failures)
    lines.push(
      `<p class="error">The add-on's form-submit code failed: ${escapeHtml(failure)} (Google would email this to the spreadsheet's owner).</p>`,
    );
  const where =
    outcome.row !== undefined
      ? `<p class="note">Written to row ${outcome.row} of ${escapeHtml(outcome.sheet ?? "the responses sheet")}. Look at the map to see what the add-on did with it.</p>`
      : "";
  return page(
    form.title,
    `<div class="card head"><h1>${escapeHtml(form.title)}</h1><p role="status">${escapeHtml(form.confirmationMessage || "Your response has been recorded.")}</p>${where}${lines.join("")}` +
      `<p>${form.allowResponseEdits ? `<a href="/playground/form/${encodeURIComponent(form.id)}?response=${encodeURIComponent(outcome.responseId)}">Edit your response</a> · ` : ""}<a href="/playground/form/${encodeURIComponent(form.id)}">Submit another response</a> · <a href="/">Back to the map</a></p></div>`,
  );
}

export function hourlyPage(message: string): string {
  return page(
    "Hourly run",
    `<div class="card head"><h1>The add-on's hourly run</h1><p role="status">${escapeHtml(message)}</p><p><a href="/">Back to the map</a></p></div>`,
  );
}

/** Forms a person could open here, newest last. */
export function formsList(
  board: FormsBoard,
): { id: string; title: string; responses: number; open: boolean }[] {
  return board.forms
    .filter((f) => !f.trashed)
    .map((f) => ({
      id: f.id,
      title: f.title,
      responses: f.responses.length,
      open: f.acceptingResponses,
    }));
}

/**
 * Google's form links, pointed at the playground's own pages for them. A link's query stays:
 * an edit link (?edit2=…) and a prefilled one (?entry.123=…) work here as they do at Google.
 */
export function localLinks(text: string, origin = ""): string {
  return text.replace(
    /https:\/\/docs\.google\.com\/forms\/d\/(?:e\/)?([\w-]+?)(?:-published)?\/(?:viewform|edit)(\?[^"'\s<]*)?/g,
    (_, id: string, query: string | undefined) =>
      `${origin}/playground/form/${encodeURIComponent(id)}${query ?? ""}`,
  );
}

/** The fields a form link asks for: a response to edit (edit2=) or prefilled answers (entry.N=). */
export function fieldsFromLink(
  form: FormData,
  query: URLSearchParams,
): URLSearchParams | undefined {
  const responseId = query.get("response") ?? query.get("edit2");
  if (responseId) return fieldsOf(form, responseId);
  const fields = new URLSearchParams();
  for (const [key, value] of query) {
    const id = /^entry\.(\d+)$/.exec(key)?.[1];
    if (id) fields.append(`q${id}`, value);
  }
  return fields;
}
