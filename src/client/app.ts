import type { Panel } from "../shared/panel-types";
import { ACTIONS, textOf, type ActionContext } from "./actions";
import { byId, el, fill } from "./dom";
import { actionButton, run, say, showError } from "./feedback";
import { renderGlance } from "./glance";
import { HelpersSection } from "./helpers-section";
import { PlanSection } from "./plan";
import { call } from "./server";
import { SettingsSection } from "./settings";

// The coordinator panel: the map at a glance, Plan, Helpers and messages, and Settings, over
// one Panel from the server. Each section redraws from data; nothing the sheets hold is ever parsed as HTML.

let panel: Panel | undefined;

const glanceRoot = () => byId("glance-body");

function showPanel(next: Panel): void {
  panel = next;
  fill(byId("title"), next.title);
  fill(byId("period"), next.period);
  fill(glanceRoot(), ...renderGlance(next, { preview: () => void previewFromNotice() }));
  plan.update(next);
  helpers.update(next);
  // Lets the playground's benchmark time the first render and later ones.
  performance.mark("support-map:panel-rendered");
}

async function loadPanel(): Promise<void> {
  showPanel(await call("getPanel"));
}

const plan = new PlanSection(byId("plan-body"), { panel: () => panel, showPanel });
const context: ActionContext = {
  call,
  refresh: loadPanel,
  panel: () => panel,
  update: (change) => {
    if (panel) showPanel(change(panel));
  },
  previewPlan: () => previewFromNotice(),
};
const helpers = new HelpersSection(byId("helpers-body"), context);
const settings = new SettingsSection(byId("settings-body"), () => {
  void run({
    busy: "Updating the map…",
    failed: "Settings saved, but the map could not be reloaded",
    work: loadPanel,
    done: () => "Settings saved; the map is up to date.",
  });
});

async function previewFromNotice(): Promise<void> {
  byId("plan").scrollIntoView();
  await plan.preview();
}

function toolbar(): void {
  fill(
    byId("actions"),
    ...ACTIONS.filter((action) => (action.place ?? "toolbar") === "toolbar").map((action) =>
      actionButton(textOf(action.label, panel), action.kind, (button) => {
        void run({
          busy: textOf(action.busy, panel),
          failed: textOf(action.failed, panel),
          work: () => action.run(context),
          done: (text) => text,
          button,
        });
      }),
    ),
  );
}

/**
 * Links within the panel scroll to their section and move focus to its heading. They never
 * navigate: in Google Sheets the panel is a frame, and a real navigation would leave it.
 */
function sectionLinks(): void {
  document.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.("a[href^='#']");
    if (!link) return;
    event.preventDefault();
    const section = document.getElementById(link.getAttribute("href")?.slice(1) ?? "");
    const heading = section?.querySelector<HTMLElement>("h2") ?? section;
    section?.scrollIntoView();
    heading?.focus();
  });
}

async function loadAll(): Promise<void> {
  const loaded = await run({
    busy: "Loading the support map…",
    failed: "Could not load the support map",
    work: async () => {
      await loadPanel();
      return true;
    },
    done: () => "Support map loaded.",
  });
  if (!loaded) {
    fill(
      glanceRoot(),
      el("p", { className: "muted" }, "The map could not be loaded. "),
      actionButton("Try again", "action", () => void loadAll()),
    );
  }
  if (!settings.loaded) await settings.load();
  if (loaded) say(panel ? `Support map loaded. ${panel.summary}` : "Support map loaded.");
}

export async function start(): Promise<void> {
  sectionLinks();
  toolbar();
  plan.mount();
  helpers.mount();
  await loadAll();
}

window.addEventListener("error", (event) =>
  showError("Something went wrong in the panel:", event.error ?? event.message),
);
window.addEventListener("unhandledrejection", (event) =>
  showError("Something went wrong in the panel:", event.reason),
);
