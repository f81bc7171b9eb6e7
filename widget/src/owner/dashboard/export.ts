import type { DashboardClient, ExportedResponse, View } from './api/client.ts';
import { type csvField, toCsv } from './csv.ts';
import { DAY_MS } from './view.ts';

const COLUMNS: readonly [string, (row: ExportedResponse) => Parameters<typeof csvField>[0]][] = [
  ['createdAt', (r) => r.createdAt],
  ['score', (r) => r.score],
  ['category', (r) => r.category],
  ['language', (r) => r.language],
  ['market', (r) => r.market],
  ['channel', (r) => r.channel],
  ['comment', (r) => r.comment],
  ['themes', (r) => r.themes.join(' ')],
  ['pageUrl', (r) => r.pageUrl],
  ['followedUpAt', (r) => r.followUp?.at],
  ['followedUpBy', (r) => r.followUp?.by],
  ['reasons', (r) => r.followUp?.reasons.join(' ')],
  ['note', (r) => r.followUp?.note],
];

/** The answers of a view as CSV, a column each for what a spreadsheet sorts and filters by. */
export function responsesCsv(rows: readonly ExportedResponse[]): string {
  return toCsv(
    COLUMNS.map(([name]) => name),
    rows.map((row) => COLUMNS.map(([, value]) => value(row))),
  );
}

/** Reads a view's answers and has the browser save them as `nps-<from>-<to>.csv`. */
export async function downloadResponses(client: DashboardClient, view: View): Promise<void> {
  const csv = responsesCsv(await client.exportResponses(view));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const day = (d: Date) => d.toISOString().slice(0, 10);
  link.download = `nps-${day(view.from)}-${day(new Date(view.to.getTime() - DAY_MS))}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
