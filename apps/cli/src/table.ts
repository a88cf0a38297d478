/**
 * A plain-text table as the Python `hf jobs ps` prints it: each column as wide as its longest
 * cell, a row of dashes under the header, one space after each cell. On a terminal narrower than
 * the table, the widest column is halved until it fits and long cells end in "...". Unlike the
 * Python CLI, which crashes when its output is piped, a table without a terminal is printed whole.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], terminalColumns?: number): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  if (terminalColumns !== undefined) {
    const available = Math.max(terminalColumns, 12 * header.length);
    while (widths.reduce((sum, w) => sum + w + 1, 0) > available) {
      const widest = widths.indexOf(Math.max(...widths));
      widths[widest] = Math.max(3, Math.floor((widths[widest] as number) / 2));
    }
  }
  const cell = (text: string, width: number) => (text.length > width ? `${text.slice(0, Math.max(0, width - 3))}...` : text.padEnd(width));
  const line = (cells: readonly string[]) => cells.map((text, i) => `${cell(text, widths[i] as number)} `).join('').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
