import fc from "fast-check";
import type { AppsScriptEnv } from "../../src/fakes";
import { OFFERS_SHEET, PEOPLE_SHEET } from "../../src/sheets/columns";
import { INTAKE_ISSUES_SHEET } from "../../src/sheets/intake-issues";
import { RESPONSE_ID_HEADER } from "../../src/server/forms/offer-intake";
import { handleOfferSubmit } from "../../src/server/forms/intake";
import type { OfferQuestionKey } from "../../src/server/forms/offer-questions";
import { readMap } from "../../src/sheets/read-map";
import { byKey, click, endFormEnv, formEnv, offerFormId, week } from "./form-env";

// Answers and firings as Google delivers them: firings that come twice, late, out of order or
// never (then Sync offers), edits that change the email, names with invisible characters, text
// that looks like numbers, dates, percentages and formulas. For every run, on a map made by Set
// up with the example and a coordinator's own tricky rows:
// - every submission ends as Offers rows or an Intake issue (never both), or was replaced by a
//   newer response of the same person;
// - the newest response of each person is the one on Offers, whatever order the firings came in;
// - no cell the answers do not own changed (other sheets, the coordinator's rows and cells);
// - every text cell reads back exactly as typed: the coordinator's, and each answer on People;
// - a look-alike of the do-not-involve Tomas Vega is never on People or Offers, nothing is sent;
// - running Sync offers again changes nothing, and no cell holds a formula.

afterEach(endFormEnv);

/** Text a person might type that Sheets would like to turn into something else. */
const TRICKY = [
  "07700 900123",
  "+44 7700 900123",
  "0042",
  "50%",
  "5 Jan",
  "6pm",
  "2026-12-09",
  "12:30",
  "06:00-17:00",
  "1/2",
  "TRUE",
  "=1+1",
  "-3 degrees",
  "@home",
  "'quoted",
  "''twice",
  "£5",
  "(5)",
  "1e5",
  "Two streets away",
];

/** An independent normaliser for comparing names and emails, as the issue describes. */
function key(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\p{Cf}/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** An answer as one line: what the intake writes on People. */
function oneLine(text: string): string {
  const spaced = Array.from(text, (ch) => {
    const c = ch.charCodeAt(0);
    return c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029 ? " " : ch;
  }).join("");
  return Array.from(spaced.replace(/\s+/g, " ").trim()).slice(0, 200).join("");
}

interface Persona {
  name: string;
  email: string;
}

const PEOPLE: Persona[] = [
  { name: "Kim Park", email: "kim.park@example.com" },
  { name: "Kim\u200B Park", email: " KIM.PARK@example.com" },
  { name: "KIM\u00A0PARK", email: "kim.park@example.com" },
  { name: "Lena Ortiz", email: "lena@example.com" },
  { name: "Ana", email: "ANA.Ruiz@Example.com" },
  { name: "Tomas\u200D Vega", email: "tomas@elsewhere.example" },
];

const answers = fc.record({
  who: fc.nat({ max: PEOPLE.length - 1 }),
  phone: fc.constantFrom(...TRICKY),
  area: fc.constantFrom(...TRICKY),
  relationship: fc.constantFrom(...TRICKY),
  notes: fc.constantFrom(...TRICKY, "first line\nsecond line"),
  offers: fc.subarray(["pet care", "meals", "rides"], { minLength: 1 }),
  days: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1, maxLength: 3 }),
  period: fc.constantFrom("morning", "afternoon", "evening", "night"),
});
type Answers = typeof answers extends fc.Arbitrary<infer T> ? T : never;

const firing = fc.constantFrom("now", "now", "twice", "late", "never");
const event = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("submit" as const), answers, firing }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("edit" as const),
      of: fc.nat(),
      answers,
      newEmail: fc.boolean(),
      firing,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("deliver" as const), pick: fc.nat() }) },
);

function formAnswers(a: Answers, email?: string): Partial<Record<OfferQuestionKey, unknown>> {
  const who = PEOPLE[a.who];
  return {
    name: who.name,
    email: email ?? who.email,
    phone: a.phone,
    relationship: a.relationship,
    area: a.area,
    notes: a.notes,
    offers: a.offers,
    free: week(Object.fromEntries(a.days.map((d) => [d, [a.period]]))),
  };
}

/** The coordinator's own rows, typed into the cells Set up formatted, before any answer. */
function coordinatorRows(env: AppsScriptEnv) {
  const people = env.spreadsheet.getSheetByName(PEOPLE_SHEET)!;
  const offers = env.spreadsheet.getSheetByName(OFFERS_SHEET)!;
  const person = [
    "Sam Lee",
    "sam@example.com",
    "07700 900999",
    "=friend",
    "0042",
    "",
    "",
    "active",
    "'Asked by phone",
  ];
  const offer = [
    "Sam Lee",
    "meals",
    "Mon",
    "18:00-20:00",
    "in person",
    "",
    "",
    "no",
    "+1 on Fridays",
  ];
  people.getRange(people.getLastRow() + 1, 1, 1, person.length).setValues([person]);
  offers.getRange(offers.getLastRow() + 1, 1, 1, offer.length).setValues([offer]);
  // An extra column of the coordinator's own, with a value on a row of theirs.
  const extra = offers.getLastColumn() + 1;
  offers.getRange(1, extra, 2, 1).setValues([["My column"], ["50%"]]);
  return { person, offer };
}

interface Sent {
  id: string;
  row: number;
  at: number;
  persona: Persona;
  email: string;
  answers: Answers;
}

function fire(env: AppsScriptEnv, row: number): void {
  const sheet = env.spreadsheet.getSheetByName("Form Responses 1")!;
  handleOfferSubmit({
    range: sheet.getRange(row, 1, 1, sheet.getLastColumn()),
    source: env.spreadsheet,
  });
}

function table(env: AppsScriptEnv, name: string): Array<Record<string, unknown>> {
  if (!env.spreadsheet.getSheetByName(name)) return [];
  const [header, ...body] = env.readSheet(name);
  return body.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

function everything(env: AppsScriptEnv): string {
  return JSON.stringify(
    env.spreadsheet.getSheets().map((s) => {
      const range = s.getDataRange();
      return [s.getName(), range.getValues(), range.getFormulas()];
    }),
  );
}

test("answers and firings in any order: kept exactly, newest wins, nothing else changes", () => {
  fc.assert(
    fc.property(fc.array(event, { minLength: 1, maxLength: 8 }), fc.nat(), (events, order) => {
      const { env, forms } = formEnv();
      click(env, "Create offer form");
      const formId = offerFormId();
      const typed = coordinatorRows(env);
      const untouched = ["Settings", "Needs", "Assignments"].map((n) =>
        JSON.stringify(env.readSheet(n)),
      );
      const peopleBefore = table(env, PEOPLE_SHEET);
      const offersBefore = table(env, OFFERS_SHEET);

      const sent: Sent[] = [];
      const emails = new Set<string>();
      const late: number[] = [];
      for (const e of events) {
        env.clock.advance(60_000);
        if (e.kind === "deliver") {
          if (late.length) fire(env, late.splice(e.pick % late.length, 1)[0]);
          continue;
        }
        const options = { fireTriggers: e.firing === "now" || e.firing === "twice" };
        let s: Sent;
        if (e.kind === "submit" || sent.length === 0) {
          const r = forms.submit(formId, byKey(formAnswers(e.answers)), options);
          s = {
            id: r.responseId,
            row: r.row!,
            at: env.clock.now().getTime(),
            persona: PEOPLE[e.answers.who],
            email: PEOPLE[e.answers.who].email,
            answers: e.answers,
          };
          sent.push(s);
        } else {
          // The respondent edits an earlier response of theirs: same person, maybe a new email.
          const earlier = sent[e.of % sent.length];
          const a = { ...e.answers, who: earlier.answers.who };
          const email = e.newEmail ? `new.${earlier.id.slice(-4)}@example.org` : earlier.email;
          const r = forms.edit(formId, earlier.id, byKey(formAnswers(a, email)), options);
          s = earlier;
          Object.assign(earlier, { at: env.clock.now().getTime(), email, answers: a, row: r.row! });
        }
        expect(forms.failures).toEqual([]);
        emails.add(key(s.email));
        if (e.firing === "twice") fire(env, s.row);
        if (e.firing === "late") late.push(s.row);
      }
      // The late firings come at last, in any order; then the coordinator runs Sync offers.
      while (late.length) fire(env, late.splice(order % late.length, 1)[0]);
      click(env, "Sync offers");
      const synced = everything(env);

      // Sync offers again changes nothing; no cell anywhere holds a formula.
      click(env, "Sync offers");
      expect(everything(env)).toBe(synced);
      for (const s of env.spreadsheet.getSheets())
        expect(s.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);

      // Every submission ends as rows or as an issue, or was replaced by a newer one of theirs.
      const offers = table(env, OFFERS_SHEET);
      const issues = table(env, INTAKE_ISSUES_SHEET);
      const onRows = new Set(
        offers.map((o) => String(o[RESPONSE_ID_HEADER] ?? "")).filter(Boolean),
      );
      const onIssues = new Set(issues.map((o) => String(o[RESPONSE_ID_HEADER])).filter(Boolean));
      const samePerson = (a: Sent, b: Sent) =>
        key(a.persona.name) === key(b.persona.name) || key(a.email) === key(b.email);
      for (const s of sent) {
        expect(onRows.has(s.id) && onIssues.has(s.id)).toBe(false);
        if (onRows.has(s.id) || onIssues.has(s.id)) continue;
        expect(sent.some((n) => n !== s && n.at > s.at && samePerson(n, s))).toBe(true);
      }

      // The newest response of each person is the one their Offers rows come from. (Only an
      // email, or the response's own edit link, proves who someone is: a name alone never lets
      // one response take over another's rows.)
      for (const s of sent) {
        if (!onRows.has(s.id)) continue;
        const newer = sent.filter((n) => n !== s && n.at > s.at && key(n.email) === key(s.email));
        expect(newer.filter((n) => onRows.has(n.id))).toEqual([]);
      }

      // The do-not-involve look-alike is never a helper; nothing was sent to anyone.
      const tomas = (v: unknown) => key(String(v)) === key("Tomas Vega");
      expect(offers.filter((o) => tomas(o.Person) && o[RESPONSE_ID_HEADER])).toEqual([]);
      expect(
        table(env, PEOPLE_SHEET).filter((p) => tomas(p.Name) && p.Status !== "do not involve"),
      ).toEqual([]);
      for (const s of sent.filter((x) => tomas(x.persona.name)))
        expect(onRows.has(s.id)).toBe(false);
      expect(env.outbox).toEqual([]);

      // Cells the answers do not own: other sheets, the coordinator's rows, their extra column.
      expect(
        ["Settings", "Needs", "Assignments"].map((n) => JSON.stringify(env.readSheet(n))),
      ).toEqual(untouched);
      const people = table(env, PEOPLE_SHEET);
      for (const before of peopleBefore) {
        const now = people.find((p) => p.Name === before.Name);
        expect(now).toBeDefined();
        if (!emails.has(key(String(before.Email)))) expect(now).toEqual(before);
        else
          expect([now?.Name, now?.Status, now?.Notes]).toEqual([
            before.Name,
            before.Status,
            before.Notes,
          ]);
      }
      const withoutId = offers.map(({ [RESPONSE_ID_HEADER]: _id, ...rest }) => rest);
      for (const before of offersBefore) expect(withoutId).toContainEqual(before);
      // The coordinator's tricky text reads back exactly as typed.
      const sam = people.find((p) => p.Name === "Sam Lee");
      expect([sam?.Phone, sam?.Relationship, sam?.Area, sam?.Notes]).toEqual([
        typed.person[2],
        typed.person[3],
        typed.person[4],
        typed.person[8],
      ]);
      const samOffer = offers.find((o) => o.Person === "Sam Lee");
      expect([samOffer?.Time, samOffer?.Notes]).toEqual([typed.offer[3], typed.offer[8]]);
      // Sheets stored the coordinator's own "50%" as the number it reads; the intake leaves it so.
      expect(offers[0]["My column"]).toBe(0.5);

      // Each answer on People reads back exactly as typed, for each person's newest response
      // when it is on rows.
      for (const s of sent) {
        if (!onRows.has(s.id)) continue;
        if (sent.some((n) => n !== s && n.at > s.at && samePerson(n, s))) continue;
        const row = people.find((p) => key(String(p.Email)) === key(s.email));
        expect(row).toBeDefined();
        expect([row?.Phone, row?.Area, row?.Relationship]).toEqual(
          [s.answers.phone, s.answers.area, s.answers.relationship].map(oneLine),
        );
      }
      // No cell the intake wrote shows an apostrophe nobody typed.
      for (const sheet of [PEOPLE_SHEET, OFFERS_SHEET, INTAKE_ISSUES_SHEET])
        for (const r of table(env, sheet))
          for (const v of Object.values(r))
            if (typeof v === "string" && v.startsWith("'"))
              expect(["'Asked by phone", "'quoted", "''twice"]).toContain(v);

      // What the intake wrote reads back without a single error, Sam's offer included.
      const all = Object.fromEntries(env.book.sheets.map((s) => [s.name, env.readSheet(s.name)]));
      const { map, errors } = readMap(all, { timeZone: "Europe/London", today: "2026-12-07" });
      expect(errors.filter((e) => e.sheet === OFFERS_SHEET)).toEqual([]);
      expect(map.offers.filter((o) => o.person === "Sam Lee").map((o) => o.time.label)).toEqual([
        "18:00-20:00",
      ]);
      endFormEnv();
    }),
    { numRuns: 60 },
  );
});
