// The pages ("sections") a respondent goes through, as Google's reference describes them:
// - a page break starts a page; its go-to says where the form goes after the page BEFORE it,
//   when that page is left by normal linear progression
//   (https://developers.google.com/apps-script/reference/forms/page-break-item#setGoToPage(PageBreakItem));
// - a multiple-choice answer whose choice navigates decides where the form goes after the page
//   that holds it; of several, the last one counts; navigation has no effect on the last page
//   (https://developers.google.com/apps-script/reference/forms/page-navigation-type).
// Where a page's own choice sends the respondent, the next page break is not reached "by normal
// linear progression", so its go-to does not apply (the change form does not rely on this).
// Google keeps no answer to a question on a page the respondent did not go through.

import { ItemType, PageNavigationType, type ItemData, type Navigation } from "./form-items";

export interface Page {
  /** The page break that starts it; undefined for the first page. */
  start?: ItemData;
  items: ItemData[];
}

export function pagesOf(items: readonly ItemData[]): Page[] {
  const pages: Page[] = [{ items: [] }];
  for (const item of items) {
    if (item.type === ItemType.PAGE_BREAK) pages.push({ start: item, items: [] });
    else pages[pages.length - 1].items.push(item);
  }
  return pages;
}

/** The pages a respondent giving these answers (by item id) goes through, in order. */
export function pagesVisited(items: readonly ItemData[], answers: Map<number, unknown>): Page[] {
  const pages = pagesOf(items);
  const pageOf = (id: number | undefined) => pages.findIndex((p) => p.start?.id === id);
  const seen: Page[] = [];
  let at = 0;
  while (at >= 0 && at < pages.length && !seen.includes(pages[at])) {
    const page = pages[at];
    seen.push(page);
    if (at === pages.length - 1) break;
    let chosen: Navigation | undefined;
    for (const item of page.items) {
      if (item.type !== ItemType.MULTIPLE_CHOICE || !item.choiceNav.length) continue;
      const i = item.choices.indexOf(String(answers.get(item.id) ?? ""));
      if (i >= 0) chosen = item.choiceNav[i];
    }
    const next = chosen && chosen.type !== PageNavigationType.CONTINUE ? chosen : undefined;
    const linear = pages[at + 1].start?.navigation;
    const go = next ?? linear;
    if (!go || go.type === PageNavigationType.CONTINUE) at += 1;
    else if (go.type === PageNavigationType.GO_TO_PAGE) at = pageOf(go.goTo);
    else break;
  }
  return seen;
}

/** The ids of the items on the pages visited. */
export function visibleItemIds(
  items: readonly ItemData[],
  answers: Map<number, unknown>,
): Set<number> {
  return new Set(pagesVisited(items, answers).flatMap((p) => p.items.map((i) => i.id)));
}
