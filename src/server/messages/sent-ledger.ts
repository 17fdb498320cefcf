import type { PropertiesApi } from "../../gas/gas";

// The record of every message the add-on has sent, by message id, in the document's properties.
//
// Why properties and why "before": a property write is stored the moment it returns, while sheet
// writes may wait for the end of the run, and a run can be killed at any point (the six-minute
// limit, a quota). So the id is written as "sending" just before MailApp.sendEmail and turned to
// "sent" just after. A later run that finds an id, in any state, never sends it again: a run that
// died between the two writes leaves "sending", which the Log reports as "may not have been
// sent" for the coordinator to check, rather than risk a second copy. At most once, and never
// silently lost. Entries the Log has shown shrink to their state and time.

const PREFIX = "sm.sent.";

export type SentState = "sending" | "sent" | "logged";

export interface SentRecord {
  s: SentState;
  /** ISO timestamp of the attempt. */
  at: string;
  to?: string;
  subject?: string;
}

function parse(text: string): SentRecord | undefined {
  try {
    const v = JSON.parse(text) as Partial<SentRecord>;
    return typeof v.s === "string" && typeof v.at === "string" ? (v as SentRecord) : undefined;
  } catch {
    return undefined;
  }
}

export class MessageLedger {
  private readonly records = new Map<string, SentRecord>();

  constructor(private readonly props: PropertiesApi) {
    for (const [key, value] of Object.entries(props.getProperties())) {
      if (!key.startsWith(PREFIX)) continue;
      const record = parse(value);
      // A record that no longer reads still means "this id was attempted".
      this.records.set(key.slice(PREFIX.length), record ?? { s: "sending", at: "" });
    }
  }

  has(id: string): boolean {
    return this.records.has(id);
  }

  get(id: string): SentRecord | undefined {
    return this.records.get(id);
  }

  private write(id: string, record: SentRecord): void {
    this.props.setProperty(PREFIX + id, JSON.stringify(record));
    this.records.set(id, record);
  }

  /** Just before sending. */
  begin(id: string, record: Omit<SentRecord, "s">): void {
    this.write(id, { ...record, s: "sending" });
  }

  /** Just after MailApp returned. */
  sent(id: string): void {
    const r = this.records.get(id);
    if (r) this.write(id, { ...r, s: "sent" });
  }

  /** MailApp refused the message before sending it (quota, address): it may be tried again. */
  forget(id: string): void {
    this.props.deleteProperty(PREFIX + id);
    this.records.delete(id);
  }

  /** Records the Log has not shown yet: this run's, and any a dead run left. */
  unlogged(): { id: string; record: SentRecord }[] {
    return [...this.records]
      .filter(([, r]) => r.s !== "logged")
      .map(([id, record]) => ({ id, record }))
      .sort((a, b) => (a.record.at < b.record.at ? -1 : a.record.at > b.record.at ? 1 : 0));
  }

  /** One write for all: the Log now shows them. */
  markLogged(ids: string[]): void {
    if (!ids.length) return;
    const batch: Record<string, string> = {};
    for (const id of ids) {
      const r = this.records.get(id);
      if (!r) continue;
      const logged: SentRecord = { s: "logged", at: r.at };
      batch[PREFIX + id] = JSON.stringify(logged);
      this.records.set(id, logged);
    }
    this.props.setProperties(batch);
  }
}
