// HtmlService over a map of the project's .html files ({ Sidebar: "<html>…" }). Templates evaluate
// printing scriptlets of template variables (<?= name ?> escaped, <?!= name ?> raw) and nothing more.

import type { HtmlOutputApi, HtmlServiceApi, HtmlTemplateApi } from "../gas/gas";
import { counted } from "./calls";
import { enumOf, gasError, type FakeContext } from "./context";

type SandboxMode = GoogleAppsScript.HTML.SandboxMode;
type XFrameOptionsMode = GoogleAppsScript.HTML.XFrameOptionsMode;

export const SandboxMode =
  enumOf<typeof GoogleAppsScript.HTML.SandboxMode>("EMULATED IFRAME NATIVE");
export const XFrameOptionsMode =
  enumOf<typeof GoogleAppsScript.HTML.XFrameOptionsMode>("ALLOWALL DEFAULT");

export interface HtmlData {
  content: string;
  title: string;
  width: number;
  height: number;
  sandboxMode: SandboxMode;
  xFrameOptionsMode: XFrameOptionsMode;
}

export class FakeHtmlOutput implements HtmlOutputApi {
  readonly data: HtmlData;

  constructor(ctx: FakeContext, content: string) {
    this.data = {
      content,
      title: "",
      width: 0,
      height: 0,
      sandboxMode: SandboxMode.IFRAME,
      xFrameOptionsMode: XFrameOptionsMode.DEFAULT,
    };
    return counted("HtmlOutput", this, ctx.calls);
  }

  getContent(): string {
    return this.data.content;
  }

  setContent(content: string): this {
    this.data.content = content;
    return this;
  }

  append(addedContent: string): this {
    this.data.content += addedContent;
    return this;
  }

  getTitle(): string {
    return this.data.title;
  }

  setTitle(title: string): this {
    this.data.title = title;
    return this;
  }

  getWidth(): number {
    return this.data.width;
  }

  setWidth(width: number): this {
    this.data.width = width;
    return this;
  }

  getHeight(): number {
    return this.data.height;
  }

  setHeight(height: number): this {
    this.data.height = height;
    return this;
  }

  setSandboxMode(mode: SandboxMode): this {
    this.data.sandboxMode = mode;
    return this;
  }

  setXFrameOptionsMode(mode: XFrameOptionsMode): this {
    this.data.xFrameOptionsMode = mode;
    return this;
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export class FakeHtmlTemplate implements HtmlTemplateApi {
  [variable: string]: unknown;

  constructor(
    private readonly _ctx: FakeContext,
    private readonly _source: string,
  ) {
    return counted("HtmlTemplate", this, _ctx.calls);
  }

  getRawContent(): string {
    return this._source;
  }

  evaluate(): FakeHtmlOutput {
    const html = this._source.replace(
      /<\?(!?=)?([\s\S]*?)\?>/g,
      (_, print: string | undefined, code: string) => {
        const path = code.trim();
        if (!print || !/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(path)) {
          throw gasError(
            `The fake HtmlTemplate only prints template variables, not: <?${print ?? ""}${code}?>`,
          );
        }
        const [name, ...rest] = path.split(".");
        if (!Object.hasOwn(this, name) || name.startsWith("_"))
          throw new ReferenceError(`"${name}" is not defined.`);
        const value = rest.reduce<unknown>(
          (v, key) => (v as Record<string, unknown>)?.[key],
          this[name],
        );
        const text = value === undefined || value === null ? "" : String(value);
        return print === "=" ? escapeHtml(text) : text;
      },
    );
    return new FakeHtmlOutput(this._ctx, html);
  }
}

export class FakeHtmlService implements HtmlServiceApi {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(
    private readonly ctx: FakeContext,
    private readonly files: Record<string, string>,
  ) {
    return counted("HtmlService", this, ctx.calls);
  }

  /** "Sidebar" and "Sidebar.html" name the same file, as in the Apps Script editor. */
  private file(filename: string): string {
    const html = this.files[filename.replace(/\.html$/, "")] ?? this.files[filename];
    if (html === undefined) throw gasError(`No HTML file named ${filename} was found.`);
    return html;
  }

  createHtmlOutput(html?: string): FakeHtmlOutput {
    return new FakeHtmlOutput(this.ctx, html === undefined ? "" : String(html));
  }

  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    return new FakeHtmlOutput(this.ctx, this.file(filename));
  }

  createTemplate(html: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.ctx, String(html));
  }

  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.ctx, this.file(filename));
  }
}
