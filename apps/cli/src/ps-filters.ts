/** `-f key=value` filters of `ps`, with the Python CLI's rules. */
export interface RowFilter {
  key: string;
  value: string;
  matches: (text: string) => boolean;
}

function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'is');
}

/**
 * Reads `key=value` filters: the key is lower-cased; a value with `*` or `?` is a glob matched
 * whole and case-insensitively, any other value a case-insensitive substring. A filter without
 * `=` is reported through `warn` and ignored.
 */
export function parseFilters(specs: readonly string[], warn: (message: string) => void): RowFilter[] {
  const filters: RowFilter[] = [];
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    if (eq === -1) {
      warn(`ignoring filter "${spec}": expected key=value`);
      continue;
    }
    const key = spec.slice(0, eq).trim().toLowerCase();
    const value = spec.slice(eq + 1);
    const glob = /[*?]/.test(value) ? globToRegExp(value) : undefined;
    filters.push({ key, value, matches: (text) => (glob ? glob.test(text) : text.toLowerCase().includes(value.toLowerCase())) });
  }
  return filters;
}

/** Whether a row passes every filter; a key the row does not have hides the row (as in the Python CLI). */
export function passes(row: Readonly<Record<string, string>>, filters: readonly RowFilter[]): boolean {
  return filters.every((filter) => filter.key in row && filter.matches(row[filter.key] as string));
}
