// SpreadsheetApp.getUi(): menus, alerts, prompts, sidebars and dialogs. Nothing is drawn; the
// UiRecord keeps what the script showed, lets a test answer alerts and prompts in advance, and
// "clicks" menu items by running the function behind them.

import type { HtmlOutputApi, MenuApi, UiApi } from "../gas/gas";
import { counted } from "./calls";
import { callGlobal, enumOf, gasError, type FakeContext, type Toast } from "./context";
import { FakeHtmlOutput } from "./html";

type Button = GoogleAppsScript.Base.Button;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;
export type ButtonName = "OK" | "CANCEL" | "YES" | "NO" | "CLOSE";

export const Button = enumOf<typeof GoogleAppsScript.Base.Button>("CLOSE OK CANCEL YES NO");
export const ButtonSet = enumOf<typeof GoogleAppsScript.Base.ButtonSet>(
  "OK OK_CANCEL YES_NO YES_NO_CANCEL",
);

export type MenuEntry =
  | { kind: "item"; caption: string; functionName: string }
  | { kind: "separator" }
  | { kind: "subMenu"; menu: RecordedMenu };

export interface RecordedMenu {
  /** "" for the add-on menu, which Sheets titles with the add-on's name. */
  caption: string;
  addon: boolean;
  entries: MenuEntry[];
}

export interface Dialog {
  kind: "sidebar" | "modal" | "modeless";
  title: string;
  content: string;
  width: number;
  height: number;
}

export interface Asked {
  kind: "alert" | "prompt";
  title: string;
  prompt: string;
  buttons: string;
  answer: ButtonName;
  text?: string;
}

interface Answer {
  kind: "alert" | "prompt";
  button: ButtonName;
  text: string;
}

export class UiRecord {
  readonly menus: RecordedMenu[] = [];
  readonly dialogs: Dialog[] = [];
  readonly asked: Asked[] = [];
  private readonly answers: Answer[] = [];
  /**
   * Called when the script asks something no answer was queued for, before it is closed. The
   * playground throws here to stop the script and put the question to a person, then runs the
   * menu item again with the answer queued.
   */
  unanswered?: (question: {
    kind: Answer["kind"];
    title: string;
    prompt: string;
    buttons: string;
  }) => void;
  /** Where click() looks for menu functions first; index.ts points it at the env's globals. */
  scope: object = globalThis;

  constructor(private readonly ctx: FakeContext) {}

  get toasts(): Toast[] {
    return this.ctx.toasts;
  }

  get sidebars(): Dialog[] {
    return this.dialogs.filter((d) => d.kind === "sidebar");
  }

  /** The user's next answer to an alert; unanswered alerts are closed (CLOSE). */
  answerAlert(button: ButtonName): void {
    this.answers.push({ kind: "alert", button, text: "" });
  }

  /** The user's next answer to a prompt: the text typed and the button pressed. */
  answerPrompt(text: string, button: ButtonName = "OK"): void {
    this.answers.push({ kind: "prompt", button, text });
  }

  /** Every menu item, with submenu captions joined by " > ". */
  items(): Array<{ caption: string; functionName: string }> {
    const out: Array<{ caption: string; functionName: string }> = [];
    const walk = (entries: MenuEntry[], prefix: string) => {
      for (const e of entries) {
        if (e.kind === "item")
          out.push({ caption: prefix + e.caption, functionName: e.functionName });
        if (e.kind === "subMenu") walk(e.menu.entries, `${prefix}${e.menu.caption} > `);
      }
    };
    for (const menu of this.menus) walk(menu.entries, "");
    return out;
  }

  /** Runs the function of the menu item with this caption ("Sub > Item" inside a submenu). */
  click(caption: string, scope?: object): unknown {
    const item = this.items().find((i) => i.caption === caption);
    if (!item)
      throw new Error(
        `No menu item "${caption}" (have: ${this.items()
          .map((i) => i.caption)
          .join(", ")})`,
      );
    return callGlobal(item.functionName, [], [scope ?? this.scope, globalThis]);
  }

  _addMenu(menu: RecordedMenu): void {
    const at = this.menus.findIndex((m) => m.addon === menu.addon && m.caption === menu.caption);
    if (at >= 0) this.menus.splice(at, 1, menu);
    else this.menus.push(menu);
  }

  _answer(kind: Answer["kind"], buttons: ButtonSet, title = "", prompt = ""): Answer {
    if (this.answers.length === 0)
      this.unanswered?.({ kind, title, prompt, buttons: String(buttons) });
    const answer = this.answers.shift() ?? { kind, button: "CLOSE", text: "" };
    const allowed = ["CLOSE", ...String(buttons).split("_")];
    if (answer.kind !== kind || !allowed.includes(answer.button)) {
      throw new Error(
        `Queued ${answer.kind} answer ${answer.button} does not fit a ${kind} with ${String(buttons)}`,
      );
    }
    return answer;
  }
}

/** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons); prompt() alike. */
function dialogArgs(args: unknown[]): { title: string; prompt: string; buttons: ButtonSet } {
  if (args.length >= 3)
    return { title: String(args[0]), prompt: String(args[1]), buttons: args[2] as ButtonSet };
  return {
    title: "",
    prompt: String(args[0]),
    buttons: (args[1] as ButtonSet | undefined) ?? ButtonSet.OK,
  };
}

export class FakePromptResponse {
  constructor(
    ctx: FakeContext,
    private readonly text: string,
    private readonly button: Button,
  ) {
    return counted("PromptResponse", this, ctx.calls);
  }

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): Button {
    return this.button;
  }
}

export class FakeMenu implements MenuApi {
  readonly data: RecordedMenu;

  constructor(
    ctx: FakeContext,
    private readonly record: UiRecord,
    caption: string,
    addon: boolean,
  ) {
    this.data = { caption, addon, entries: [] };
    return counted("Menu", this, ctx.calls);
  }

  addItem(caption: string, functionName: string): this {
    this.data.entries.push({ kind: "item", caption, functionName });
    return this;
  }

  addSeparator(): this {
    this.data.entries.push({ kind: "separator" });
    return this;
  }

  addSubMenu(menu: MenuApi): this {
    if (!(menu instanceof FakeMenu)) throw gasError("Invalid argument: menu");
    this.data.entries.push({ kind: "subMenu", menu: menu.data });
    return this;
  }

  addToUi(): void {
    this.record._addMenu(this.data);
  }
}

export class FakeUi implements UiApi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    private readonly ctx: FakeContext,
    private readonly record: UiRecord,
  ) {
    return counted("Ui", this, ctx.calls);
  }

  alert(...args: unknown[]): Button {
    const { title, prompt, buttons } = dialogArgs(args);
    const answer = this.record._answer("alert", buttons, title, prompt);
    this.record.asked.push({
      kind: "alert",
      title,
      prompt,
      buttons: String(buttons),
      answer: answer.button,
    });
    return Button[answer.button];
  }

  prompt(...args: unknown[]): FakePromptResponse {
    const { title, prompt, buttons } = dialogArgs(args);
    const { button, text } = this.record._answer("prompt", buttons, title, prompt);
    this.record.asked.push({
      kind: "prompt",
      title,
      prompt,
      buttons: String(buttons),
      answer: button,
      text,
    });
    return new FakePromptResponse(this.ctx, text, Button[button]);
  }

  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.ctx, this.record, "", true);
  }

  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.ctx, this.record, caption, false);
  }

  showSidebar(userInterface: HtmlOutputApi): void {
    this.show("sidebar", userInterface);
  }

  showModalDialog(userInterface: HtmlOutputApi, title: string): void {
    this.show("modal", userInterface, title);
  }

  showModelessDialog(userInterface: HtmlOutputApi, title: string): void {
    this.show("modeless", userInterface, title);
  }

  private show(kind: Dialog["kind"], html: HtmlOutputApi, title?: string): void {
    if (!(html instanceof FakeHtmlOutput)) throw gasError("Invalid argument: userInterface");
    const { content, width, height } = html.data;
    this.record.dialogs.push({ kind, title: title ?? html.data.title, content, width, height });
  }
}
