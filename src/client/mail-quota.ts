import type { MailQuota } from "../shared/panel-types";
import { el } from "./dom";

// The panel's mail quota: the emails a day the map needs on its busiest day, by kind, against
// what the account may still send today, and what goes first when that is short.

const KINDS: { key: keyof MailQuota["counts"]; label: string }[] = [
  { key: "summary", label: "Daily summary" },
  { key: "checkIn", label: "Weekly check-in" },
  { key: "coordinatorNote", label: "Your weekly note" },
  { key: "reminders", label: "Day-before reminders" },
  { key: "standby", label: "Standby notes" },
];

const emails = (n: number) => `${n} ${n === 1 ? "email" : "emails"}`;

export function mailQuotaBlock(quota: MailQuota): HTMLElement {
  const kinds = KINDS.filter((k) => quota.counts[k.key] > 0);
  const order = el(
    "details",
    { className: "send-order" },
    el("summary", null, "What is sent first when the quota is short"),
    el("ol", null, ...quota.sendOrder.map((s) => el("li", null, s))),
    el("p", { className: "note" }, "The rest waits for the next hourly run."),
  );
  order.open = quota.short;
  return el(
    "div",
    { className: "mail-quota", attrs: { "data-quota": "" } },
    el(
      "dl",
      null,
      el("dt", null, "Emails a day this map needs"),
      el(
        "dd",
        null,
        el("strong", null, String(quota.total)),
        quota.total ? ` on its busiest day, ${quota.dayText}` : " in the next two weeks",
        kinds.length
          ? el(
              "ul",
              { className: "quota-kinds" },
              ...kinds.map((k) => el("li", null, `${k.label}: ${quota.counts[k.key]}`)),
            )
          : null,
      ),
      el("dt", null, "Left today"),
      el(
        "dd",
        null,
        quota.left === undefined
          ? "Could not be read."
          : el("strong", { className: quota.short ? "short" : undefined }, String(quota.left)),
      ),
    ),
    el("p", { className: "note" }, "Briefs, changes and alerts come on top, when they happen."),
    quota.short && quota.left !== undefined
      ? el(
          "p",
          { className: "notice warning", attrs: { role: "alert" } },
          el("strong", null, "Not enough left today. "),
          `The busiest day needs ${emails(quota.total)}; ${quota.left} can still be sent today. What does not fit waits for the next hourly run, in the order below.`,
        )
      : null,
    order,
    el(
      "p",
      { className: "note" },
      "The quota is how many people the account may email a day: 100 for a personal Gmail account, 1,500 for Google Workspace. It renews about a day after use.",
    ),
  );
}
