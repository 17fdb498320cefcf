// Small wordings shared by the sidebar's sections.

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "Exception: Lock timeout" → "Lock timeout": Apps Script prefixes thrown messages. */
export function errorText(error: unknown): string {
  const raw =
    error instanceof Error
      ? error.message
      : typeof error === "string"
        ? error
        : error && typeof error === "object" && "message" in error
          ? String((error as { message: unknown }).message)
          : "";
  const text = raw.replace(/^(Exception|Error|ScriptError|PanelError):\s*/i, "").trim();
  return text || "The server did not say what went wrong.";
}
