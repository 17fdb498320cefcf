import fc from "fast-check";
import { OFFERS_SHEET, PEOPLE_SHEET } from "../../src/sheets/columns";
import { INTAKE_ISSUES_SHEET } from "../../src/sheets/intake-issues";
import { FREE_COLUMNS, type OfferQuestionKey } from "../../src/server/forms/offer-questions";
import { RESPONSE_ID_HEADER } from "../../src/server/forms/offer-intake";
import { readMap } from "../../src/sheets/read-map";
import { MARIA } from "../../src/examples/maria";
import { byKey, click, endFormEnv, formEnv, offerFormId } from "./form-env";

/** Today for maps without a start date: readMap takes it from its caller. */
const TODAY = "2026-12-07";

// Whatever arrives through the form (formulas, markup, emoji, right-to-left text, nothing at all,
// 50,000 characters, missing answers, answers of the wrong type), every submission ends either as
// rows on People and Offers or as a row on Intake issues, never both and never neither; no cell
// holds a formula, none is over Sheets' 50,000 characters, and the rows written read back cleanly.

afterEach(endFormEnv);

const odd = fc.oneof(
  fc.constantFrom(
    "=1+1",
    '=IMPORTXML("http://x.example","//a")',
    "+44 7700 900123",
    "-3",
    "@here",
    "'quoted",
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "🙂🐕‍🦺👩🏽‍🦯",
    "مرحبا بالعالم",
    "שלום \u202Eevil\u202C",
    "",
    "   ",
    "TRUE",
    "0123",
    "2026-12-09",
    "12:30",
    "\u0000\u0007control",
    "two\nlines\r\nhere",
    "Morning (6-12)",
    "any",
  ),
  fc.string({ maxLength: 24 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.constant("x".repeat(50_000)),
  fc.constant("🙂".repeat(25_000)),
);
const wrongType = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant({ a: 1 }),
  fc.array(fc.integer(), { maxLength: 3 }),
);
const text = fc.oneof({ weight: 8, arbitrary: odd }, { weight: 1, arbitrary: wrongType });
const date = fc.oneof(fc.constantFrom("2026-12-10", "2027-01-31", "2027-02-30"), text);
const offers = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.array(fc.oneof(fc.constantFrom("pet care", "meals", "rides"), odd), {
      maxLength: 4,
    }),
  },
  { weight: 1, arbitrary: text },
);
const gridRow = fc.oneof(
  fc.constant(null),
  fc.subarray([...FREE_COLUMNS]),
  fc.array(odd, { maxLength: 2 }),
);
const grid = fc.oneof(
  { weight: 6, arbitrary: fc.array(gridRow, { minLength: 7, maxLength: 7 }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(gridRow, wrongType), { maxLength: 9 }) },
  { weight: 1, arbitrary: text },
);

/** "valid" stands for a fresh, real email, so that some submissions become helpers. */
const response = fc.record(
  {
    name: text,
    email: fc.oneof({ weight: 3, arbitrary: fc.constant("valid") }, { weight: 1, arbitrary: text }),
    phone: text,
    relationship: text,
    offers,
    free: grid,
    from: date,
    until: date,
    weeks: fc.oneof(fc.constantFrom("3", "0", "99", "2.5"), text),
    mode: fc.oneof(fc.constantFrom("In person only", "Remote only (phone, video, online)"), text),
    maxTasks: fc.oneof(fc.constantFrom("1", "4"), text),
    maxVisits: text,
    backup: fc.oneof(fc.constantFrom("Yes", "Only as a backup", "No"), text),
    area: text,
    notes: text,
  },
  { requiredKeys: [] },
);

test("every submission ends as rows, an Intake issue or replaced by a newer one of theirs; no cell holds a formula", () => {
  fc.assert(
    fc.property(fc.array(response, { minLength: 1, maxLength: 5 }), (batch) => {
      const { env, forms } = formEnv();
      click(env, "Create offer form");
      const formId = offerFormId();
      const ids: string[] = [];
      const sentAnswers: Array<Partial<Record<OfferQuestionKey, unknown>>> = [];
      batch.forEach((answers, i) => {
        const given = { ...answers } as Partial<Record<OfferQuestionKey, unknown>>;
        if (given.email === "valid") given.email = `helper.${i}@example.com`;
        sentAnswers.push(given);
        env.clock.advance(1000);
        const sent = forms.submit(formId, byKey(given), { raw: true });
        expect(sent.failures).toEqual([]);
        ids.push(sent.responseId);
      });

      const idsOn = (sheet: string) => {
        const [header, ...body] = env.readSheet(sheet);
        const at = header.indexOf(RESPONSE_ID_HEADER);
        return at < 0 ? new Set<string>() : new Set(body.map((r) => String(r[at])).filter(Boolean));
      };
      const asRows = idsOn(OFFERS_SHEET);
      const asIssues = env.book.sheets.some((s) => s.name === INTAKE_ISSUES_SHEET)
        ? idsOn(INTAKE_ISSUES_SHEET)
        : new Set<string>();
      // A response on neither was replaced by a newer one from the same person (same name or
      // email, compared without case, spacing or invisible characters).
      const said = (v: unknown, max: number) =>
        typeof v === "string"
          ? Array.from(v.replace(/\s+/g, " ").trim())
              .slice(0, max)
              .join("")
              .normalize("NFKC")
              .replace(/\p{Cf}/gu, "")
              .replace(/\s+/g, " ")
              .trim()
              .toUpperCase()
              .toLowerCase()
          : "";
      const keys = sentAnswers.map((g) =>
        [said(g.name, 100), said(g.email, 254).replace(/ /g, "")].filter(Boolean),
      );
      ids.forEach((id, i) => {
        const placed = Number(asRows.has(id)) + Number(asIssues.has(id));
        expect(placed).toBeLessThanOrEqual(1);
        if (placed === 0)
          expect(keys.slice(i + 1).some((k) => k.some((x) => keys[i].includes(x)))).toBe(true);
      });

      for (const sheet of env.spreadsheet.getSheets()) {
        const range = sheet.getDataRange();
        expect(
          range
            .getFormulas()
            .flat()
            .every((f) => f === ""),
        ).toBe(true);
        // Form Responses is Google's to write; every other sheet is the add-on's.
        if (sheet.getName().startsWith("Form Responses")) continue;
        expect(
          range
            .getValues()
            .flat()
            .every((v) => typeof v !== "string" || v.length <= 50_000),
        ).toBe(true);
      }

      // The rows the intake wrote read back without a single error.
      const all = Object.fromEntries(env.book.sheets.map((s) => [s.name, env.readSheet(s.name)]));
      const { errors } = readMap(all, { today: TODAY, timeZone: "Europe/London" });
      const written = errors.filter(
        (e) =>
          (e.sheet === PEOPLE_SHEET && e.row > MARIA[PEOPLE_SHEET].length) ||
          (e.sheet === OFFERS_SHEET && e.row > MARIA[OFFERS_SHEET].length),
      );
      expect(written).toEqual([]);

      // And replaying them all changes nothing.
      const before = JSON.stringify(all);
      click(env, "Sync offers");
      const after = Object.fromEntries(env.book.sheets.map((s) => [s.name, env.readSheet(s.name)]));
      expect(JSON.stringify(after)).toBe(before);
      endFormEnv();
    }),
    { numRuns: 40 },
  );
});
