import type { HelperGroup, HelperRow, Panel } from "../shared/panel-types";
import { el, fill, uid } from "./dom";
import { group, pagedList } from "./groups";
import { plural } from "./words";

// Each helper's load against their limits. With hundreds of helpers the list is filtered by
// name and grouped (over their limit, at their limit, has room …), groups collapsed when long.

const GROUPS: { group: HelperGroup; title: string }[] = [
  { group: "over their limit", title: "Over their limit" },
  { group: "at their limit", title: "At their limit" },
  { group: "has room", title: "Has room for more" },
  { group: "backup only", title: "Backup only" },
  { group: "not assigned", title: "Not assigned yet" },
];

type Show = "all" | HelperGroup | "over-eager";

let filterText = "";
let show: Show = "all";

function helperItem(h: HelperRow): HTMLElement {
  const share = h.maxTasks ? Math.min(1, h.tasks / h.maxTasks) : 0;
  return el(
    "div",
    { className: "helper" },
    el("span", { className: "name" }, h.person),
    h.overEager ? el("span", { className: "chip over-eager" }, "over-eager") : null,
    el(
      "div",
      { className: "bar small", attrs: { "aria-hidden": "true" } },
      el("span", {
        className: h.group === "over their limit" ? "over" : h.atLimit ? "full" : "",
        attrs: { style: `width: ${Math.round(share * 100)}%` },
      }),
    ),
    el("span", { className: "detail" }, h.text),
  );
}

function matches(h: HelperRow): boolean {
  if (show === "over-eager" && !h.overEager) return false;
  if (show !== "all" && show !== "over-eager" && h.group !== show) return false;
  const words = filterText.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const name = h.person.toLowerCase();
  return words.every((w) => name.includes(w));
}

function groupsFor(helpers: HelperRow[], results: HTMLElement): void {
  const shown = helpers.filter(matches);
  const filtered = shown.length !== helpers.length;
  fill(
    results,
    el(
      "p",
      { className: "muted", attrs: { "aria-live": "polite" } },
      filtered
        ? `${plural(shown.length, "helper")} of ${helpers.length} match.`
        : `${plural(helpers.length, "helper")}.`,
    ),
    ...GROUPS.map(({ group: g, title }) => {
      const rows = shown.filter((h) => h.group === g);
      if (!rows.length) return null;
      return group(
        `helpers-${g}`,
        [`${title} (${rows.length})`],
        () => [pagedList(rows.map(helperItem))],
        filtered || rows.length <= 10 || g === "over their limit",
      );
    }),
  );
}

export function renderHelpers(panel: Panel): HTMLElement {
  const helpers = panel.helpers;
  const results = el("div", { className: "helper-groups" });
  const filterId = uid("helper-filter");
  const showId = uid("helper-show");
  let timer: number | undefined;
  const input = el("input", {
    id: filterId,
    attrs: { type: "search", autocomplete: "off", value: filterText, placeholder: "Name" },
    on: {
      input: () => {
        filterText = input.value;
        window.clearTimeout(timer);
        // Redraw once typing pauses, so a long list does not redraw on every key.
        timer = window.setTimeout(() => groupsFor(helpers, results), 150);
      },
    },
  });
  const select = el(
    "select",
    {
      id: showId,
      on: {
        change: () => {
          show = select.value as Show;
          groupsFor(helpers, results);
        },
      },
    },
    el("option", { attrs: { value: "all" } }, "Everyone"),
    ...GROUPS.map((g) => el("option", { attrs: { value: g.group } }, g.title)),
    el("option", { attrs: { value: "over-eager" } }, "Over-eager"),
  );
  select.value = show;
  groupsFor(helpers, results);
  const overEager = panel.overEager;
  return el(
    "div",
    { className: "block" },
    el("h3", null, `Helpers' load (${helpers.length})`),
    overEager.length
      ? el(
          "p",
          { className: "notice" },
          el("strong", null, `Over-eager (${overEager.length}): `),
          // A long list of names is unreadable here; the Show filter lists them instead.
          overEager.length <= 8 ? `${overEager.join(", ")}. ` : "",
          "They offer to help with more needs than their limit allows; the plan makes them backups for the rest, so they do not burn out.",
          overEager.length > 8 ? ' Choose "Over-eager" under Show to list them.' : "",
        )
      : null,
    helpers.length > 0
      ? el(
          "div",
          { className: "filters" },
          el(
            "div",
            { className: "field" },
            el("label", { attrs: { for: filterId } }, "Find a helper"),
            input,
          ),
          el(
            "div",
            { className: "field" },
            el("label", { attrs: { for: showId } }, "Show"),
            select,
          ),
        )
      : el("p", { className: "muted" }, "Nobody offers help yet. Add people and their offers."),
    results,
  );
}
