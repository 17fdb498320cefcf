// The bench is a list of sections (coverage now; Apps Script calls, bundle size and browser
// timings later). Each one measures something, prints a table and adds its figures to the JSON.

export interface BenchOptions {
  sizes: number[];
  /** Seeds per size; undefined means the section's default. */
  seeds?: number;
  /** Seconds the exact solver may spend on one instance. */
  timeLimit: number;
  /** Progress and warnings, kept off stdout so --json prints only JSON. */
  log: (line: string) => void;
}

export interface Target {
  section: string;
  /** "planner ratio at 200 helpers" */
  name: string;
  want: string;
  got: string;
  pass: boolean;
}

export interface Section {
  title: string;
  header: string[];
  rows: string[][];
  /** Lines printed under the table: violations, notes on bounds. */
  notes: string[];
  /** Merged into the top-level JSON object. */
  json: Record<string, unknown>;
  targets: Target[];
}

export type SectionRunner = (options: BenchOptions) => Promise<Section>;
