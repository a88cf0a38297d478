/** Output helpers shared by the commands that talk to the Jobs API. */

/** JSON for machines: the parsed models with ISO datetimes. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Whether to use colors: on a terminal, unless NO_COLOR is set (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  return Boolean(stream.isTTY) && !process.env.NO_COLOR;
}

/** A stage, colored on a terminal: green when COMPLETED, red when it failed, yellow otherwise. */
export function coloredStage(stage: string, stream: NodeJS.WriteStream = process.stdout): string {
  if (!useColor(stream)) return stage;
  const code = stage === 'COMPLETED' ? 32 : stage === 'ERROR' || stage === 'CANCELED' ? 31 : 33;
  return `\u001b[${code}m${stage}\u001b[0m`;
}

/** `2025-07-22 16:06:25` in UTC, or N/A, as the Python CLI prints dates. */
export function formatDate(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 19).replace('T', ' ') : 'N/A';
}

/** A row of a `--format` template: `{{.key}}` replaced by the row's value. */
export function fillTemplate(template: string, row: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*\.(\w+)\s*\}\}/g, (whole, key: string) => row[key] ?? whole);
}

/** The terminal width when stdout is one; undefined in a pipe (then tables print whole). */
export function terminalColumns(): number | undefined {
  return process.stdout.isTTY ? process.stdout.columns : undefined;
}
