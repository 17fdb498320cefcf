// What the panel did about one check-in answer, as lines of the Check-ins sheet's "Acted on"
// cell: written and read here only, so the words and the reading cannot drift apart.

export interface CheckInActed {
  /** The need added from "What was missing?", "" when none. */
  needAdded: string;
  /** Needs paused from "not helpful". */
  paused: string[];
  /** Helpers thanked from "What worked". */
  thanked: string[];
}

const ADDED = /^Added as a need: (.+?)(?: \(Needs row \d+\))?(?: · .*)?$/;
const PAUSED = /^Paused need: (.+?)(?: · .*)?$/;
const THANKED = /^Thanked (.+?)(?: · .*)?$/;

export function addedLine(need: string, row: number, stamp: string): string {
  return `Added as a need: ${need} (Needs row ${row}) · ${stamp}`;
}

export function pausedLine(need: string, stamp: string): string {
  return `Paused need: ${need} · ${stamp}`;
}

export function thankedLine(helper: string, stamp: string): string {
  return `Thanked ${helper} · ${stamp}`;
}

/** The cell's lines read back; lines the coordinator wrote themselves are left out. */
export function readActed(cell: string): CheckInActed {
  const acted: CheckInActed = { needAdded: "", paused: [], thanked: [] };
  for (const raw of cell.split(/\r?\n/)) {
    const line = raw.trim();
    const added = ADDED.exec(line);
    if (added) acted.needAdded = added[1];
    const paused = PAUSED.exec(line);
    if (paused) acted.paused.push(paused[1]);
    const thanked = THANKED.exec(line);
    if (thanked) acted.thanked.push(thanked[1]);
  }
  return acted;
}

/** The cell with one more line. */
export function withLine(cell: string, line: string): string {
  const before = cell.replace(/\s+$/, "");
  return before ? `${before}\n${line}` : line;
}
