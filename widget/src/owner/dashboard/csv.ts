/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A visitor's comment that starts like
 * a formula (`=`, `+`, `-`, `@`, tab, return) gets a leading `'`, so that a spreadsheet shows it as text instead of
 * running it (CSV injection).
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document: a header row, then one row per record, CRLF line ends and a BOM so that Excel reads UTF-8. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly Parameters<typeof csvField>[0][])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
