export { formatTable } from "../src/cli/table";

export function percent(share: number | null): string {
  return share === null ? "-" : `${(share * 100).toFixed(1)}%`;
}
