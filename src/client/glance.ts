import type { GapGroup, NeedRow, Panel, SetupProblem } from "../shared/panel-types";
import { el, type Child } from "./dom";
import { group, pagedList } from "./groups";
import { renderHelpers } from "./helpers-list";
import { percent, plural } from "./words";

// The map at a glance: coverage, needs high priority first, gaps with their reasons, helpers'
// load, referrals, unused offers, and cells to fix.

export interface GlanceHooks {
  /** Jump to Plan and preview (from the "plan differs" notice). */
  preview: () => void;
}

const STATE_CLASS: Record<NeedRow["state"], string> = {
  "covered with backup": "state-backup",
  covered: "state-covered",
  "partly covered": "state-partly",
  gap: "state-gap",
  referral: "state-referral",
};

/** A message cut to its start when long (a setup note can list every row), with Show all. */
function longText(text: string, limit = 240): HTMLElement {
  if (text.length <= limit) return el("span", null, text);
  const shown = el("span", null, `${text.slice(0, limit).replace(/\s+\S*$/, "")}… `);
  const button = el(
    "button",
    {
      className: "secondary small",
      attrs: { type: "button" },
      on: {
        click: () => {
          shown.textContent = text;
          shown.tabIndex = -1;
          button.remove();
          shown.focus();
        },
      },
    },
    "Show all",
  );
  return el("span", null, shown, button);
}

export function chip(text: string, className: string): HTMLElement {
  return el("span", { className: `chip ${className}` }, text);
}

function coverage(panel: Panel): HTMLElement {
  const pct = percent(panel.coverage.overall);
  return el(
    "div",
    { className: "coverage" },
    el("p", { className: "big" }, el("strong", null, pct), " of visits covered"),
    el(
      "div",
      { className: "bar", attrs: { "aria-hidden": "true" } },
      el("span", { attrs: { style: `width: ${pct}` } }),
    ),
    el(
      "p",
      { className: "muted" },
      `Weighted by priority (high counts most): ${percent(panel.coverage.weighted)}.`,
    ),
  );
}

function pendingNotice(panel: Panel, hooks: GlanceHooks): Child {
  const { added, removed, moved, changed } = panel.pending;
  if (!added && !removed && !moved && !changed) return null;
  const parts = [
    added && `${added} to add`,
    removed && `${removed} to remove`,
    moved && `${moved} to move to someone else`,
    changed && `${changed} to change`,
  ].filter(Boolean);
  return el(
    "div",
    { className: "notice" },
    el("p", null, `The Assignments sheet is not up to date with this plan: ${parts.join(", ")}.`),
    el(
      "button",
      { className: "secondary small", attrs: { type: "button" }, on: { click: hooks.preview } },
      "Preview the changes",
    ),
  );
}

function needItem(n: NeedRow): HTMLElement {
  return el(
    "div",
    { className: "need" },
    el("span", { className: "name" }, n.need),
    " ",
    chip(n.state, STATE_CLASS[n.state]),
    el("span", { className: "detail" }, n.text),
  );
}

/** Rows that could not be read, and pinned rows that no longer fit: first, never out of view. */
function unreadNotice(panel: Panel): Child {
  const unread = panel.unread ?? [];
  const pins = panel.pinWarnings ?? [];
  if (!unread.length && !pins.length) return null;
  return el(
    "div",
    { className: "block notice warning" },
    unread.length
      ? el("h3", null, `Can't read (${unread.length}): fix these, then plan again`)
      : null,
    ...unread.map((u) =>
      el("div", { className: "unread" }, chip("can't read", "state-gap"), " ", longText(u.text)),
    ),
    pins.length ? el("h3", null, `Pinned rows that no longer fit (${pins.length})`) : null,
    ...pins.map((text) => el("div", { className: "pin-warning" }, longText(text))),
  );
}

function unreadNeedItem(u: Panel["unread"][number]): HTMLElement {
  return el(
    "div",
    { className: "need" },
    el("span", { className: "name" }, u.label || `Needs row ${u.row}`),
    " ",
    chip("can't read", "state-gap"),
    el("span", { className: "detail" }, `Needs row ${u.row}: fix it, then plan again`),
  );
}

function needs(panel: Panel): HTMLElement {
  const unreadNeeds = (panel.unread ?? []).filter((u) => u.sheet === "Needs");
  const byPriority = (["high", "medium", "low"] as const)
    .map((p) => ({ p, rows: panel.coverage.needs.filter((n) => n.priority === p) }))
    .filter((g) => g.rows.length);
  return el(
    "div",
    { className: "block" },
    el("h3", null, `Needs (${panel.coverage.needs.length + unreadNeeds.length})`),
    unreadNeeds.length
      ? group(
          "needs-unread",
          [`Can't read (${unreadNeeds.length})`],
          () => [pagedList(unreadNeeds.map(unreadNeedItem))],
          true,
        )
      : null,
    panel.coverage.needs.length
      ? byPriority.map(({ p, rows }) => {
          const open = rows.filter(
            (r) => r.state !== "covered with backup" && r.state !== "covered",
          );
          return group(
            `needs-${p}`,
            [
              `${p[0].toUpperCase()}${p.slice(1)} priority (${rows.length})`,
              open.length
                ? el(
                    "span",
                    { className: "summary-note" },
                    ` · ${plural(open.length, "not fully covered", "not fully covered")}`,
                  )
                : "",
            ],
            () => [pagedList(rows.map(needItem))],
            p === "high" || rows.length <= 8,
          );
        })
      : unreadNeeds.length
        ? null
        : el("p", { className: "muted" }, "No active needs yet. Add them on the Needs sheet."),
  );
}

function gapItem(g: GapGroup["gaps"][number]): HTMLElement {
  return el(
    "div",
    { className: "gap" },
    el("p", { className: "when" }, g.role === "backup" ? `No backup: ${g.when}` : g.when),
    el("p", { className: "explanation" }, g.explanation),
    g.suggestion
      ? el("p", { className: "suggestion" }, el("strong", null, "To close it: "), g.suggestion)
      : null,
  );
}

function gaps(panel: Panel): HTMLElement {
  const visits = panel.gaps.reduce((n, g) => n + g.visits, 0);
  return el(
    "div",
    { className: "block" },
    el("h3", null, `Gaps (${panel.gaps.length})`),
    panel.gaps.length
      ? [
          el(
            "p",
            { className: "muted" },
            `${plural(visits, "visit")} without a main helper. Open a need to see why, and what would close it.`,
          ),
          ...panel.gaps.map((g) =>
            group(
              `gap-${g.need}`,
              [
                el("span", { className: "name" }, g.need),
                " ",
                chip(g.priority, `priority-${g.priority}`),
                el(
                  "span",
                  { className: "summary-note" },
                  g.visits ? ` · ${plural(g.visits, "visit")}` : " · backup only",
                ),
              ],
              () => [pagedList(g.gaps.map(gapItem), 20, "rows gaps")],
            ),
          ),
        ]
      : el("p", { className: "muted" }, "No gaps: every visit has someone."),
  );
}

function referrals(panel: Panel): Child {
  if (!panel.referrals.length) return null;
  return el(
    "div",
    { className: "block" },
    el("h3", null, `Refer to a professional (${panel.referrals.length})`),
    el(
      "ul",
      { className: "rows" },
      ...panel.referrals.map((r) => el("li", null, el("p", null, r.advice))),
    ),
  );
}

function unused(panel: Panel): Child {
  const count = panel.unusedOffers.length + panel.oversupply.length;
  if (!count) return null;
  return el(
    "div",
    { className: "block" },
    el("h3", null, `Unused offers and oversupply (${count})`),
    panel.unusedOffers.length
      ? group(
          "unused-offers",
          [`Unused offers (${panel.unusedOffers.length})`],
          () => [
            pagedList(
              panel.unusedOffers.map((u) =>
                el(
                  "div",
                  null,
                  el("span", { className: "name" }, u.person),
                  `: ${u.type}. `,
                  el("span", { className: "detail" }, u.why),
                ),
              ),
            ),
          ],
          panel.unusedOffers.length <= 5,
        )
      : null,
    panel.oversupply.length
      ? group(
          "oversupply",
          [`More offers than needed (${panel.oversupply.length})`],
          () => [pagedList(panel.oversupply.map((o) => el("span", null, o)))],
          panel.oversupply.length <= 5,
        )
      : null,
  );
}

function setupItem(s: SetupProblem): HTMLElement {
  return el(
    "div",
    null,
    s.severity === "warning" ? chip("warning", "warning") : chip("error", "state-gap"),
    " ",
    s.where && s.where.length <= 60 ? el("span", { className: "where" }, `${s.where}: `) : null,
    longText(s.message),
  );
}

function problems(panel: Panel): Child {
  // Offer form answers waiting on Intake issues count with what Check setup found.
  const setup: SetupProblem[] = [
    ...(panel.intake.open
      ? [{ message: panel.intake.text, where: "Intake issues", severity: "warning" as const }]
      : []),
    ...panel.setup,
  ];
  const count = panel.errors.length + setup.length;
  if (!count) return null;
  return el(
    "div",
    { className: "block" },
    el("h3", null, `To fix in the sheets (${count})`),
    setup.length
      ? group("setup", [`Setup (${setup.length})`], () => [pagedList(setup.map(setupItem))], true)
      : null,
    panel.errors.length
      ? group(
          "cell-errors",
          [`Cells the add-on could not read (${panel.errors.length})`],
          () => [
            pagedList(
              panel.errors.map((e) =>
                el(
                  "div",
                  null,
                  el(
                    "span",
                    { className: "where" },
                    `${e.sheet}, row ${e.row}${e.column ? `, ${e.column}` : ""}: `,
                  ),
                  e.message,
                ),
              ),
            ),
          ],
          panel.errors.length <= 5,
        )
      : null,
  );
}

/** How Days and Time cells were read, beside what was typed: a surprise is caught in one look. */
function readings(panel: Panel): Child {
  if (!panel.readings.length) return null;
  const rest = panel.readAsWritten;
  return el(
    "div",
    { className: "block" },
    el("h3", null, `How Days and Time were read (${panel.readings.length})`),
    group(
      "readings",
      ["Check each reading against what was meant"],
      () => [
        pagedList(
          panel.readings.map((r) =>
            el(
              "div",
              null,
              r.unread ? chip("not read", "state-gap") : null,
              r.unread ? " " : null,
              el("span", { className: "where" }, `${r.where}: `),
              r.line,
            ),
          ),
        ),
        rest
          ? el(
              "p",
              { className: "muted" },
              `${rest} other Days and Time cell${rest === 1 ? "" : "s"} read just as written.`,
            )
          : null,
      ],
      panel.readings.length <= 8,
    ),
  );
}

export function renderGlance(panel: Panel, hooks: GlanceHooks): Child[] {
  return [
    panel.paused
      ? el(
          "p",
          { className: "notice warning" },
          "The map is paused: nothing new is planned or sent. Set Map paused to no in Settings to carry on.",
        )
      : null,
    unreadNotice(panel),
    panel.mapState === "prepared"
      ? el(
          "p",
          { className: "notice warning" },
          "The map is prepared: it plans, but nothing is sent until you activate it. Activate the map checks consent, the end date, crisis resources and the public summary first, and says what is missing.",
        )
      : null,
    panel.mapState === "closed"
      ? el(
          "p",
          { className: "notice warning" },
          "The map is closed: nothing is sent or planned, and its forms accept no answers. The thank-yous are on the Thank-yous sheet.",
        )
      : null,
    coverage(panel),
    pendingNotice(panel, hooks),
    needs(panel),
    gaps(panel),
    referrals(panel),
    renderHelpers(panel),
    unused(panel),
    problems(panel),
    readings(panel),
  ];
}
