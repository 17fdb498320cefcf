import { nameKey } from "../../core/problem";
import type { MessageSession } from "./session";

/** Need name key → its Instructions, for the briefs and change messages of this run. */
export function needInstructions(session: MessageSession): Map<string, string> {
  return new Map(
    session.map.needs
      .filter((n) => (n.instructions ?? "").trim() !== "")
      .map((n) => [nameKey(n.name), (n.instructions ?? "").trim()]),
  );
}
