/** One CSV cell, quoted when needed and defused when a spreadsheet would run it as a formula. */
export function toCsvCell(value: string | number): string {
  const text = String(value);
  // Leading =,+,-,@ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 text: a header line, then a line per row, CRLF line ends. */
export function writeCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
): string {
  const lines = [header.map(toCsvCell).join(','), ...rows.map((row) => row.map(toCsvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
