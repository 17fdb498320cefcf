import type { SettingField, SettingKey, SettingsForm, SettingsSaved } from "../shared/panel-types";
import { el, fill, uid } from "./dom";
import { actionButton, run } from "./feedback";
import { call } from "./server";
import { groupOf, SETTINGS_GROUPS } from "./settings-groups";

// Settings: the Settings sheet as a form. The server checks every value with the rules the
// planner reads them by; each problem is shown under its field, and nothing is saved until
// all of them are fixed.

type Control = HTMLInputElement | HTMLSelectElement;

interface FieldView {
  field: SettingField;
  control: Control;
  error: HTMLElement;
}

/** Unfolds the part of the form a field is in, so it can be seen and focused. */
function openGroupOf(control: Control): void {
  const details = control.closest("details");
  if (details) details.open = true;
}

const INPUT_TYPE: Record<string, string> = { email: "email", number: "text", date: "text" };

export class SettingsSection {
  private views: FieldView[] = [];
  /** Whether the form has been shown once (a failed first load offers Try again). */
  loaded = false;
  private readonly summary = el("div", { className: "form-errors", attrs: { tabindex: -1 } });

  constructor(
    private readonly root: HTMLElement,
    /** After a save: the plan may change, so the panel reloads. */
    private readonly saved: () => void,
  ) {}

  async load(): Promise<void> {
    const form = await run({
      busy: "Loading settings…",
      failed: "Could not load the settings",
      work: () => call("getSettings"),
      done: () => "Settings loaded.",
    });
    if (form) this.show(form);
    else
      fill(
        this.root,
        el("p", { className: "muted" }, "The settings could not be loaded. "),
        actionButton("Try again", "secondary", () => void this.load()),
      );
  }

  private control(field: SettingField, id: string, describedBy: string): Control {
    const common = {
      id,
      attrs: { name: field.key, "aria-describedby": describedBy, required: field.required },
    };
    if (field.input === "choice") {
      const options =
        field.options.includes(field.value) || !field.value
          ? field.options
          : [field.value, ...field.options];
      const select = el(
        "select",
        common,
        field.required ? null : el("option", { attrs: { value: "" } }, "(blank)"),
        ...options.map((o) => el("option", { attrs: { value: o } }, o)),
      );
      select.value = field.value;
      return select;
    }
    const input = el("input", {
      ...common,
      attrs: {
        ...common.attrs,
        type: INPUT_TYPE[field.input] ?? "text",
        autocomplete: "off",
        inputmode: field.input === "number" ? "numeric" : undefined,
        placeholder: field.input === "date" ? "YYYY-MM-DD" : undefined,
      },
    });
    input.value = field.value;
    return input;
  }

  private show(form: SettingsForm): void {
    this.loaded = true;
    this.views = [];
    const rowOf = new Map<SettingKey, HTMLElement>();
    for (const field of form.fields) {
      const id = uid(`setting-${field.key}`);
      const noteId = `${id}-note`;
      const errorId = `${id}-error`;
      const control = this.control(field, id, `${noteId} ${errorId}`);
      const error = el("p", { className: "field-error", id: errorId });
      this.views.push({ field, control, error });
      const row = el(
        "div",
        { className: "field" },
        el(
          "label",
          { attrs: { for: id } },
          field.label,
          field.required ? el("span", { className: "required" }, " (required)") : null,
        ),
        control,
        el("p", { className: "note", id: noteId }, field.note),
        error,
      );
      rowOf.set(field.key, row);
    }
    const open = form.fields.filter((f) => !groupOf(f.key)).map((f) => rowOf.get(f.key));
    const folded = SETTINGS_GROUPS.map((g) => {
      const rows = g.keys.map((k) => rowOf.get(k)).filter((r) => r !== undefined);
      if (!rows.length) return null;
      const details = el(
        "details",
        { className: "group settings-group", attrs: { "data-settings-group": g.title } },
        el(
          "summary",
          null,
          g.title,
          el("span", { className: "muted" }, ` · ${rows.length} settings`),
        ),
        el("div", { className: "group-body" }, ...rows),
      );
      // A folded value the add-on cannot read is shown, not left for the coordinator to find.
      details.open = g.keys.some((k) => form.fields.find((f) => f.key === k)?.problem);
      return details;
    });
    const save = actionButton("Save settings", "action", (b) => void this.save(b));
    const undo = el(
      "button",
      {
        className: "secondary",
        attrs: { type: "button" },
        on: { click: () => this.show(form) },
      },
      "Undo changes",
    );
    const formEl = el(
      "form",
      {
        attrs: { novalidate: true, "aria-label": "Settings" },
        on: {
          submit: (event) => {
            event.preventDefault();
            void this.save(save);
          },
        },
      },
      this.summary,
      ...open,
      el("p", { className: "settings-more" }, "More settings, folded until you need them:"),
      ...folded,
      el("div", { className: "buttons" }, save, undo),
    );
    fill(this.root, formEl);
    this.markProblems(
      form.fields.filter((f) => f.problem).map((f) => ({ key: f.key, message: f.problem })),
      false,
    );
  }

  private markProblems(problems: { key: SettingKey; message: string }[], refused: boolean): void {
    const byKey = new Map(problems.map((p) => [p.key, p.message]));
    for (const v of this.views) {
      const message = byKey.get(v.field.key) ?? "";
      fill(v.error, message);
      v.error.hidden = !message;
      if (message) {
        v.control.setAttribute("aria-invalid", "true");
        openGroupOf(v.control);
      } else v.control.removeAttribute("aria-invalid");
    }
    if (!problems.length) {
      fill(this.summary);
      this.summary.hidden = true;
      return;
    }
    this.summary.hidden = false;
    fill(
      this.summary,
      el(
        "p",
        null,
        refused
          ? `Nothing was saved. Fix ${problems.length === 1 ? "this setting" : `these ${problems.length} settings`} first:`
          : "The Settings sheet has values the add-on cannot read:",
      ),
      el(
        "ul",
        null,
        ...problems.map((p) => {
          const view = this.views.find((v) => v.field.key === p.key);
          const link = el(
            "a",
            {
              attrs: { href: `#${view?.control.id ?? ""}` },
              on: {
                click: (event) => {
                  event.preventDefault();
                  if (view) openGroupOf(view.control);
                  view?.control.focus();
                },
              },
            },
            view?.field.label ?? p.key,
          );
          return el("li", null, link);
        }),
      ),
    );
  }

  private async save(button: HTMLButtonElement): Promise<void> {
    const values: Partial<Record<SettingKey, string>> = {};
    for (const v of this.views) values[v.field.key] = v.control.value;
    const result: SettingsSaved | undefined = await run({
      busy: "Saving…",
      failed: "Could not save the settings",
      work: () => call("saveSettings", { values }),
      done: (r) => r.message,
      button,
    });
    if (!result) return;
    if (result.saved) {
      this.show(result.form);
      this.saved();
      return;
    }
    this.markProblems(result.errors, true);
    this.summary.focus();
  }
}
