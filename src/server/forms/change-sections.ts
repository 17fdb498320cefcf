import { dayWords } from "../../core/messages/change";
import { CHANGE_CHOICES } from "../../core/messages/change-request";
import { rowsOf } from "../../core/messages/roster";
import type { IsoDate, Need, Person, Role, TimeRule } from "../../core/model";
import { nameKey } from "../../core/problem";
import { parseTime } from "../../core/schedule";
import { describeTime } from "../../core/words";
import type { FormApi, PageBreakItemApi } from "../../gas/gas-forms";
import { looksLikeEmail } from "../../sheets/cells";
import type { MessageSession } from "../messages/session";
import type { ChoiceEntry, SectionRecord } from "../../sheets/change-form-record";
import {
  changeRecord,
  changeRecordPending,
  saveChangeRecord,
  type ChangeRecordContext,
} from "./change-record";
import {
  CHANGE_QUESTIONS,
  ensureTokens,
  keepTokens,
  hasSections,
  openChangeForm,
  TOKEN_PLACEHOLDER,
  writeChangeFormConfig,
  type ChangeFormConfig,
} from "./change-form";

// Each helper's own section of the "Can't make it" form: their upcoming dates, as their brief
// writes them, to tick. The first section's code question sends each code to its helper's
// section (MultipleChoiceItem.createChoice(value, pageBreak):
// https://developers.google.com/apps-script/reference/forms/multiple-choice-item#createChoice(String,PageBreakItem)),
// and every helper's page break sends the page before it to the last section (PageBreakItem
// setGoToPage: https://developers.google.com/apps-script/reference/forms/page-break-item#setGoToPage(PageBreakItem)),
// so a helper goes: code and request → their dates → the note. The page right after the first
// (the "gate") is never a helper's: the first helper's page break sends it to the note, and the
// codes' own navigation does not depend on which of "answer" or "page" navigation Google lets win.
//
// Choice texts never carry anyone's name, nor a need's Details. Each helper's choices are kept
// (in the hidden Change form record sheet: change-record.ts) with the (need, date) each stands for, old ones kept, so an answer resolves by its text, by its
// place in the list (a choice edited by hand in Forms), or after the need was renamed; what does
// not resolve goes to Changes as typed, and its Outcome says so.
//
// Forms calls are spent only where a section's dates changed: a run where nobody's dates changed
// opens no form. See syncSections for the counts.

/** Old choices are kept this long after their date, so a late answer still resolves. */
const KEEP_DAYS = 60;

export type { ChoiceEntry, SectionRecord };

export type SectionContext = Pick<MessageSession, "map" | "roster" | "today" | "props" | "read">;

function clean(text: string): string {
  // The responses sheet joins ticked choices with ", " in one cell: a comma in a choice would
  // make that cell ambiguous (the add-on itself reads the answers' lists from the form).
  return text
    .trim()
    .replace(/\s*,\s*/g, " - ")
    .replace(/\s+/g, " ");
}

function rowTime(timeText: string, fallback: TimeRule): TimeRule {
  const parsed = parseTime(timeText);
  return parsed.ok ? parsed.value : fallback;
}

/** "Ride to appointment on Wednesday 17 March (10:30-13:00)", "Backup for Dinner on …". */
export function choiceText(need: Need, role: Role, date: IsoDate, time: TimeRule): string {
  const when = time.kind === "any" ? "" : ` (${describeTime(time)})`;
  return `${role === "backup" ? "Backup for " : ""}${clean(need.name)} on ${dayWords(date)}${when}`;
}

/** The helper's upcoming dates as choices, in date order, each text once. */
export function sectionChoices(
  ctx: Pick<SectionContext, "roster" | "today">,
  person: Person,
): { text: string; entry: ChoiceEntry }[] {
  const seen = new Set<string>();
  const out: { text: string; entry: ChoiceEntry; order: string }[] = [];
  for (const { assignment, need, dates } of rowsOf(ctx.roster, person)) {
    const time = rowTime(assignment.timeText, need.time);
    for (const date of dates) {
      if (date < ctx.today) continue;
      const role = assignment.role;
      const key = [nameKey(need.name), role, date].join("|");
      if (seen.has(key)) continue;
      seen.add(key);
      const base = choiceText(need, role, date, time);
      let text = base;
      for (let n = 2; out.some((o) => o.text === text); n++) text = `${base} #${n}`;
      out.push({
        text,
        entry: { need: need.name, row: need.row, date, role },
        order: [date, role === "primary" ? 0 : 1, String(time.start).padStart(5, "0"), text].join(
          "|",
        ),
      });
    }
  }
  return out
    .sort((a, b) => (a.order < b.order ? -1 : 1))
    .map(({ text, entry }) => ({ text, entry }));
}

/** The helper's section as last recorded (the hidden Change form record). */
export function readSection(ctx: ChangeRecordContext, token: string): SectionRecord | undefined {
  return changeRecord(ctx).sections[token];
}

/** May have a section: on People, never someone marked do not involve. */
function mayList(person: Person): boolean {
  return person.status.kind !== "do not involve";
}

export interface SyncResult {
  /** Sections whose dates were set again, made, or removed. */
  updated: number;
  made: number;
  removed: number;
  /** Whether the code question's choices were set again. */
  codes: boolean;
}

/**
 * Brings every section up to date with the helpers' own upcoming dates. Forms calls (counted by
 * the fakes, test/forms/change-sections.test.ts):
 * - nothing changed: none (the stored choices are compared first);
 * - one helper's dates changed: openById + getItemById + asCheckboxItem + setChoiceValues = 4;
 * - a new section: about 12 more, and the code question set again: 3 per code + 2;
 * - a helper left without dates: their section's 2 items deleted (4 calls), codes set again.
 */
export function syncSections(
  ctx: SectionContext,
  config: ChangeFormConfig,
  opened?: FormApi,
): SyncResult {
  const result: SyncResult = { updated: 0, made: 0, removed: 0, codes: false };
  if (!hasSections(config)) return result;
  const kept = changeRecord(ctx);
  const { tokens } = kept;
  // Kept only once the code question is set to them.
  const routes = { ...kept.routes };
  let changed = false;
  let form = opened;
  const open = (): FormApi | undefined => (form ??= openChangeForm(config));
  let routesChanged = false;
  const keepFrom = addDaysIso(ctx.today, -KEEP_DAYS);
  // Sections made or changed on the form are recorded even if a later call fails.
  try {
    for (const person of ctx.map.people) {
      const token = tokens[nameKey(person.name)];
      if (!token) continue;
      const wanted = mayList(person) ? sectionChoices(ctx, person) : [];
      const before = kept.sections[token];
      const texts = wanted.map((w) => w.text);
      const route = (to: number) => {
        if (routes[token] !== to) routesChanged = true;
        routes[token] = to;
      };
      if (before && JSON.stringify(before.shown) === JSON.stringify(texts)) {
        route(before.page || config.items.final);
        continue;
      }
      if (!before && !texts.length) {
        route(config.items.final);
        continue;
      }
      const f = open();
      if (!f) break;
      const record: SectionRecord = before ?? { page: 0, dates: 0, shown: [], choices: {} };
      if (!texts.length) {
        removeSection(f, record);
        result.removed += 1;
      } else {
        const box = record.page ? f.getItemById(record.dates) : null;
        if (box) {
          box.asCheckboxItem().setChoiceValues(texts);
          result.updated += 1;
        } else {
          makeSection(f, config, record, texts);
          result.made += 1;
        }
      }
      record.shown = texts;
      for (const w of wanted) record.choices[w.text] = w.entry;
      for (const [text, e] of Object.entries(record.choices))
        if (e.date < keepFrom && !texts.includes(text)) delete record.choices[text];
      route(record.page || config.items.final);
      kept.sections[token] = record;
      changed = true;
    }
    if (routesChanged) {
      const f = open();
      if (f && setCodes(f, config, routes)) {
        result.codes = true;
        kept.routes = routes;
        changed = true;
      }
    }
  } finally {
    // One write for every section and the codes' pages (change-record.ts), and new codes.
    if (changed || changeRecordPending(ctx)) saveChangeRecord(ctx);
  }
  return result;
}

function addDaysIso(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function makeSection(
  form: FormApi,
  config: ChangeFormConfig & { items: { final: number } },
  record: SectionRecord,
  texts: string[],
): void {
  const final = form.getItemById(config.items.final)?.asPageBreakItem();
  if (!final) throw new Error("The change form's last section was deleted.");
  const page = form
    .addPageBreakItem()
    .setTitle("Your dates")
    .setHelpText(
      "Tick the dates this is about. If you need to stop, tick the first date you can't do (none ticked means from now).",
    )
    .setGoToPage(final);
  const dates = form
    .addCheckboxItem()
    .setTitle(CHANGE_QUESTIONS.dates)
    .setChoiceValues(texts)
    .setRequired(false);
  // Added at the end, after the note: moved to just before the last section.
  const at = final.getIndex();
  form.moveItem(page.getIndex(), at);
  form.moveItem(dates.getIndex(), at + 1);
  record.page = page.getId();
  record.dates = dates.getId();
}

function removeSection(form: FormApi, record: SectionRecord): void {
  for (const id of [record.dates, record.page]) {
    const item = id ? form.getItemById(id) : null;
    if (item) form.deleteItem(item.getIndex());
  }
  record.page = 0;
  record.dates = 0;
}

/** The code question's choices: every code, each going to its helper's section or the note. */
function setCodes(
  form: FormApi,
  config: ChangeFormConfig & { items: { final: number } },
  routes: Record<string, number>,
): boolean {
  const code = form.getItemById(config.items.code)?.asMultipleChoiceItem();
  if (!code) return false;
  const pages = new Map<number, PageBreakItemApi | undefined>();
  const page = (id: number) => {
    if (!pages.has(id)) pages.set(id, form.getItemById(id)?.asPageBreakItem());
    return pages.get(id);
  };
  const final = page(config.items.final);
  if (!final) return false;
  // Codes of helpers no longer on People stay: their answers reach Changes, where it is said.
  const choices = Object.entries(routes).map(([token, id]) =>
    code.createChoice(token, page(id) ?? final),
  );
  if (choices.length) code.setChoices(choices);
  return true;
}

const prepared = new WeakMap<MessageSession, string | undefined>();

/**
 * Once per run that sends links: codes for every helper who will get one (one write), their
 * sections brought up to date, and the link with a placeholder for the code. A multiple-choice
 * answer must be one of its choices (MultipleChoiceItem.createResponse throws otherwise:
 * https://developers.google.com/apps-script/reference/forms/multiple-choice-item#createResponse(String)),
 * so the link is made once with a real code, which is then swapped for the placeholder.
 */
export function prepareSections(
  session: MessageSession,
  config: ChangeFormConfig,
): string | undefined {
  if (prepared.has(session)) return prepared.get(session);
  const helpers = session.map.people.filter(
    (p) =>
      mayList(p) &&
      looksLikeEmail(p.email.trim()) &&
      rowsOf(session.roster, p).some((r) => r.dates.some((d) => d >= session.today)),
  );
  // Their codes are saved with the sections: one write.
  const added = ensureTokens(session, helpers, true);
  let link: string | undefined;
  try {
    syncSections(session, config);
    link = config.link || makeLink(session, config);
  } catch (e) {
    session.notes.push(
      `The "Can't make it" form could not be brought up to date: ${e instanceof Error ? e.message : String(e)}`,
    );
    link = config.link || undefined;
  }
  keepTokens(session, added);
  prepared.set(session, link);
  return link;
}

function makeLink(session: MessageSession, config: ChangeFormConfig): string | undefined {
  const form = openChangeForm(config);
  const code = form?.getItemById(config.items.code)?.asMultipleChoiceItem();
  const token = code?.getChoices()[0]?.getValue();
  if (!form || !code || !token) return undefined;
  const url = form.createResponse().withItemResponse(code.createResponse(token)).toPrefilledUrl();
  if (!url.includes(token)) return undefined;
  const link = url.split(token).join(TOKEN_PLACEHOLDER);
  config.link = link;
  writeChangeFormConfig(session, config);
  return link;
}

/** "2027-03-17 (Ride to appointment)": a date and the need, as Changes writes a ticked date. */
const PAIR = /^(\d{4}-\d{2}-\d{2}) \((.+)\)$/;

/**
 * The backup's link to say yes to one date: their code, "Yes, I can step in", and that date
 * ticked in their section. Made with Google's own pre-fill (about 15 calls), since a ticked
 * choice must be one of the item's choices.
 */
export function sectionStepInLink(
  session: MessageSession,
  config: ChangeFormConfig,
  person: Person,
  token: string,
  dates: string,
): string | undefined {
  // A preview only reads: it brings no section up to date.
  const base = session.preview ? config.link || undefined : prepareSections(session, config);
  const m = PAIR.exec(dates.trim());
  const record = readSection(session, token);
  const text =
    m && record
      ? record.shown.find((t) => {
          const e = record.choices[t];
          return e.date === m[1] && e.role === "backup" && nameKey(e.need) === nameKey(m[2]);
        })
      : undefined;
  const form = openChangeForm(config);
  try {
    const code = form?.getItemById(config.items.code)?.asMultipleChoiceItem();
    const what = form?.getItemById(config.items.what)?.asMultipleChoiceItem();
    const box = text && record ? form?.getItemById(record.dates)?.asCheckboxItem() : undefined;
    if (!form || !code || !what) return base?.replace(TOKEN_PLACEHOLDER, token);
    let response = form
      .createResponse()
      .withItemResponse(code.createResponse(token))
      .withItemResponse(what.createResponse(CHANGE_CHOICES.stepIn));
    if (box && text) response = response.withItemResponse(box.createResponse([text]));
    return response.toPrefilledUrl();
  } catch {
    return base?.replace(TOKEN_PLACEHOLDER, token);
  }
}

/**
 * After a plan is written (Plan, the panel's Apply, a re-plan a change caused): the sections
 * follow the new assignments, if the form has them. Only sections whose dates changed cost calls.
 */
export function syncAfterPlan(ctx: SectionContext, config: ChangeFormConfig | undefined): void {
  if (!config || !hasSections(config) || !config.link) return;
  try {
    syncSections(ctx, config);
  } catch {
    // The hourly run tries again before it sends anything with a link.
  }
}

/** What one answer's ticked choices stand for, for the Changes sheet. */
export function resolveTicked(
  ctx: Pick<SectionContext, "map">,
  record: SectionRecord | undefined,
  ticked: string[],
  current: () => string[],
): string[] {
  const lines: string[] = [];
  let items: string[] | undefined;
  for (const text of ticked) {
    let entry = record?.choices[text];
    if (!entry && record) {
      // Edited by hand in Forms: the same place in the list as the add-on last set it.
      items ??= current();
      const i = items.indexOf(text);
      const was = i >= 0 ? record.shown[i] : undefined;
      entry = was ? record.choices[was] : undefined;
    }
    if (!entry && record && text.includes(", ")) {
      // One text where a list was expected: the responses sheet's way of writing ticked choices.
      const parts = text.split(", ");
      if (parts.every((p) => record.choices[p])) {
        lines.push(...resolveTicked(ctx, record, parts, current));
        continue;
      }
    }
    if (!entry) {
      lines.push(text);
      continue;
    }
    const need =
      ctx.map.needs.find((n) => nameKey(n.name) === nameKey(entry.need)) ??
      ctx.map.needs.find((n) => n.row === entry.row);
    lines.push(`${entry.date} (${(need?.name ?? entry.need).trim()})`);
  }
  return lines;
}
