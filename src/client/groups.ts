import { append, el, type Child } from "./dom";

// Collapsible groups (<details>): keyboard and screen-reader friendly without any script of
// ours. A group's body is built only when it is first opened, so hundreds of rows cost nothing
// until someone looks, and each group remembers whether it was open across refreshes.

const remembered = new Map<string, boolean>();

export function group(
  key: string,
  summary: Child[],
  body: () => Child[],
  openByDefault = false,
): HTMLDetailsElement {
  const details = el("details", { className: "group", attrs: { "data-group": key } });
  const head = el("summary", null, ...summary);
  details.append(head);
  let built = false;
  const build = () => {
    if (built) return;
    built = true;
    append(details, el("div", { className: "group-body" }, ...body()));
  };
  details.open = remembered.get(key) ?? openByDefault;
  if (details.open) build();
  details.addEventListener("toggle", () => {
    remembered.set(key, details.open);
    if (details.open) build();
  });
  return details;
}

/** A list that shows `step` items at a time, with a button for more. */
export function pagedList(items: readonly Child[], step = 50, className = "rows"): HTMLElement {
  const list = el("ul", { className });
  const wrap = el("div", null, list);
  let shown = 0;
  const more = el("button", {
    className: "secondary small",
    attrs: { type: "button" },
    on: { click: () => showMore(true) },
  });
  const showMore = (moveFocus: boolean) => {
    const next = items.slice(shown, shown + step);
    const first = list.children.length;
    for (const item of next) list.append(el("li", null, item));
    shown += next.length;
    const left = items.length - shown;
    if (left > 0) {
      more.textContent =
        left > step ? `Show ${step} more (${left} not shown)` : `Show ${left} more`;
      if (!more.isConnected) wrap.append(more);
    } else more.remove();
    // Keyboard users land on the first new row rather than at the end of the page.
    const target = list.children[first] as HTMLElement | undefined;
    if (moveFocus && target) {
      target.tabIndex = -1;
      target.focus();
    }
  };
  showMore(false);
  return wrap;
}
