import type {
  CheckInActedView,
  CheckInActionRow,
  CheckInActions,
  CheckInThanksForm,
  NewNeedField,
} from "../shared/panel-types";
import type { ActionContext } from "./actions";
import { el, fill, uid, type Child } from "./dom";
import { actionButton, run, say } from "./feedback";

// One step beside each check-in answer: "Add a need" from what was missing, "Pause a need" from
// what is not helpful, "Thank a helper" from what worked. Each opens a small form in place; the
// result is said in the status line and next to the answer, and the focus lands on it.

/** Where an answer's actions are drawn: the form or result replaces what was there. */
interface Slot {
  area: HTMLElement;
  /** Redraws the answer's buttons and what was done, e.g. after an action or a Cancel. */
  reset: (focusKey?: string) => void;
}

function field(
  label: string,
  control: HTMLInputElement | HTMLSelectElement,
  hint: string,
): { wrap: HTMLElement; error: HTMLElement } {
  const id = control.id || uid("field");
  control.id = id;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  control.setAttribute("aria-describedby", `${hintId} ${errorId}`);
  const error = el("p", { className: "field-error", id: errorId });
  return {
    wrap: el(
      "div",
      { className: "field" },
      el("label", { attrs: { for: id } }, label),
      control,
      hint ? el("p", { className: "note", id: hintId }, hint) : null,
      error,
    ),
    error,
  };
}

function input(value: string, type = "text", list?: string): HTMLInputElement {
  const i = el("input", { attrs: { type, autocomplete: "off", list } });
  i.value = value;
  return i;
}

function select(options: string[], value: string, placeholder?: string): HTMLSelectElement {
  const s = el(
    "select",
    null,
    placeholder ? el("option", { attrs: { value: "" } }, placeholder) : null,
    ...options.map((o) => el("option", { attrs: { value: o } }, o)),
  );
  s.value = options.includes(value) ? value : "";
  return s;
}

/** A card holding one inline form; Escape or Cancel puts the buttons back. */
function formCard(title: string, slot: Slot, focusKey: string, ...body: Child[]): HTMLElement {
  const titleId = uid("action-title");
  return el(
    "div",
    {
      className: "card inline-form",
      attrs: { role: "group", "aria-labelledby": titleId },
      on: {
        keydown: (event) => {
          if (event.key === "Escape") {
            say("Nothing was changed.");
            slot.reset(focusKey);
          }
        },
      },
    },
    el("p", { className: "form-title", id: titleId }, title),
    ...body,
  );
}

function cancelButton(slot: Slot, focusKey: string): HTMLButtonElement {
  return el(
    "button",
    {
      className: "secondary",
      attrs: { type: "button" },
      on: {
        click: () => {
          say("Nothing was changed.");
          slot.reset(focusKey);
        },
      },
    },
    "Cancel",
  );
}

/** The result next to the answer, focused so a screen reader reads it, with Preview plan. */
function showResult(
  slot: Slot,
  context: ActionContext,
  message: string,
  ok: boolean,
  extra: Child = null,
): void {
  const line = el(
    "p",
    {
      className: ok ? "notice success" : "notice warning",
      attrs: { tabindex: -1, "data-focus": "action-result" },
    },
    message,
  );
  const preview =
    ok && context.previewPlan
      ? actionButton("Preview plan", "secondary", () => void context.previewPlan?.())
      : null;
  fill(slot.area, line, extra, preview ? el("div", { className: "buttons" }, preview) : null);
  line.focus();
}

export function openNeedForm(
  row: CheckInActionRow,
  actions: CheckInActions,
  slot: Slot,
  context: ActionContext,
  onActed: (acted: CheckInActedView) => void,
): void {
  const form = actions.newNeed;
  const listId = uid("need-types");
  const controls = {
    Need: input(row.needName),
    Type: input(form.type.value, "text", listId),
    Days: input(form.days.value),
    Time: input(form.time.value),
    Priority: select(form.priorities, form.priority.value),
    From: input(form.from.value, "date"),
  };
  const hints: Record<keyof typeof controls, NewNeedField["hint"]> = {
    Need: "The name helpers will see. Edit it: it starts as the answer's own words.",
    Type: form.type.hint,
    Days: form.days.hint,
    Time: form.time.hint,
    Priority: form.priority.hint,
    From: form.from.hint,
  };
  const labels: Record<keyof typeof controls, string> = {
    Need: "Need",
    Type: "Type",
    Days: "Days",
    Time: "Time",
    Priority: "Priority",
    From: "From",
  };
  const fields = (Object.keys(controls) as (keyof typeof controls)[]).map((k) => ({
    key: k,
    control: controls[k],
    ...field(labels[k], controls[k], hints[k]),
  }));
  const summary = el("div", { attrs: { role: "alert" } });
  const save = actionButton("Add to Needs", "action", (button) => {
    void (async () => {
      const result = await run({
        busy: "Adding the need…",
        failed: "Could not add the need",
        work: () =>
          context.call("addNeedFromCheckIn", {
            ref: row.ref,
            need: controls.Need.value,
            type: controls.Type.value,
            days: controls.Days.value,
            time: controls.Time.value,
            priority: controls.Priority.value,
            from: controls.From.value,
          }),
        done: (r) => r.message,
        button,
      });
      if (!result) return;
      for (const f of fields) {
        f.control.removeAttribute("aria-invalid");
        fill(f.error);
      }
      if (result.done) {
        onActed(result.acted);
        showResult(slot, context, result.message, true);
        return;
      }
      fill(summary);
      let first: HTMLElement | undefined;
      for (const p of result.problems) {
        const f = fields.find((x) => labels[x.key] === p.field || x.key === p.field);
        if (!f) continue;
        f.control.setAttribute("aria-invalid", "true");
        fill(f.error, p.message);
        first ??= f.control;
      }
      if (first) first.focus();
      else {
        fill(summary, el("p", { className: "notice warning" }, result.message));
        save.focus();
      }
    })();
  });
  fill(
    slot.area,
    formCard(
      "Add a need from what was missing",
      slot,
      "add-need",
      summary,
      ...fields.map((f) => f.wrap),
      el(
        "datalist",
        { id: listId },
        ...form.types.map((t) => el("option", { attrs: { value: t } })),
      ),
      el("div", { className: "buttons" }, save, cancelButton(slot, "add-need")),
    ),
  );
  controls.Need.focus();
}

export function openPauseForm(
  row: CheckInActionRow,
  actions: CheckInActions,
  slot: Slot,
  context: ActionContext,
  onActed: (acted: CheckInActedView) => void,
): void {
  const needs = select(actions.activeNeeds, row.pauseNeed, "Choose a need");
  const chosen = field(
    "Which need",
    needs,
    row.pauseNeed
      ? `The answer names "${row.pauseNeed}". Its Status on Needs becomes paused; nothing is told to the person supported.`
      : "Its Status on Needs becomes paused; nothing is told to the person supported.",
  );
  const go = actionButton("Pause this need", "action", (button) => {
    if (!needs.value) {
      needs.setAttribute("aria-invalid", "true");
      fill(chosen.error, "Choose the need to pause.");
      needs.focus();
      return;
    }
    void (async () => {
      const result = await run({
        busy: "Pausing the need…",
        failed: "Could not pause the need",
        work: () => context.call("pauseNeedFromCheckIn", { ref: row.ref, need: needs.value }),
        done: (r) => r.message,
        button,
      });
      if (!result) return;
      if (result.done) onActed(result.acted);
      showResult(slot, context, result.message, result.done);
    })();
  });
  fill(
    slot.area,
    actions.activeNeeds.length
      ? formCard(
          "Pause a need that is not helpful",
          slot,
          "pause-need",
          chosen.wrap,
          el("div", { className: "buttons" }, go, cancelButton(slot, "pause-need")),
        )
      : el("p", { className: "muted" }, "No need is active, so there is nothing to pause."),
  );
  needs.focus();
}

export async function openThanksForm(
  row: CheckInActionRow,
  slot: Slot,
  context: ActionContext,
  onActed: (acted: CheckInActedView) => void,
): Promise<void> {
  const form: CheckInThanksForm | undefined = await run({
    busy: "Writing the thank-you…",
    failed: "Could not prepare the thank-you",
    work: () => context.call("checkInThanksForm", { ref: row.ref }),
    done: (r) => r.message,
  });
  if (!form) return;
  if (!form.helpers.length) {
    showResult(slot, context, form.message, false);
    return;
  }
  const helpers = select(
    form.helpers.map((h) => h.helper),
    form.preselected,
    "Choose a helper",
  );
  const who = field(
    "Who to thank",
    helpers,
    "Active helpers with tasks. The thank-you names only them, never anyone else, never Details.",
  );
  const quoteId = uid("quote");
  const quote = el("input", { id: quoteId, attrs: { type: "checkbox" } });
  const quoteNote = el("p", { className: "note", id: `${quoteId}-note` });
  quote.setAttribute("aria-describedby", quoteNote.id);
  const preview = el("div", {
    className: "thanks-preview",
    attrs: { "aria-live": "polite", "aria-label": "The thank-you as it will be sent" },
  });
  const draw = () => {
    const h = form.helpers.find((x) => x.helper === helpers.value);
    quote.disabled = !h || h.quoteProblem !== "";
    if (quote.disabled) quote.checked = false;
    fill(
      quoteNote,
      h?.quoteProblem ||
        "They are the person supported's own words: quote them only if they would be happy for the helper to read them.",
    );
    if (!h) {
      fill(preview, el("p", { className: "muted" }, "Choose a helper to see their thank-you."));
      return;
    }
    fill(
      preview,
      el("p", { className: "where" }, `To ${h.helper}: ${h.subject}`),
      el("p", { className: "answer" }, quote.checked ? h.quotedText : h.text),
      h.alreadySent
        ? el(
            "p",
            { className: "notice warning" },
            `${h.helper} was already thanked for this answer: nothing would be sent again.`,
          )
        : null,
    );
  };
  helpers.addEventListener("change", draw);
  quote.addEventListener("change", draw);
  draw();
  const send = actionButton("Send the thank-you", "action", (button) => {
    if (!helpers.value) {
      helpers.setAttribute("aria-invalid", "true");
      fill(who.error, "Choose who to thank.");
      helpers.focus();
      return;
    }
    void (async () => {
      const result = await run({
        busy: "Sending the thank-you…",
        failed: "Could not send the thank-you",
        work: () =>
          context.call("thankHelperFromCheckIn", {
            ref: row.ref,
            helper: helpers.value,
            quote: quote.checked,
          }),
        done: (r) => r.message,
        button,
      });
      if (!result) return;
      if (result.done) onActed(result.acted);
      showResult(slot, context, result.message, result.done);
    })();
  });
  fill(
    slot.area,
    formCard(
      "Thank a helper for what worked",
      slot,
      "thank-helper",
      who.wrap,
      el(
        "div",
        { className: "field checkbox" },
        quote,
        el("label", { attrs: { for: quoteId } }, " Quote what worked"),
        quoteNote,
      ),
      preview,
      el("div", { className: "buttons" }, send, cancelButton(slot, "thank-helper")),
    ),
  );
  helpers.focus();
}

export type { Slot };
