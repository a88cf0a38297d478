import { parseFilters, passes } from './ps-filters.js';
import { fillTemplate, printJson, terminalColumns } from './output.js';
import { formatTable } from './table.js';

/** The flags every listing (`ps`, `scheduled ps`) takes. */
export interface ListingFlags {
  all?: boolean;
  filter: string[];
  format?: string;
  json?: boolean;
  quiet?: boolean;
}

export interface Listing<T> {
  items: T[];
  /** hidden unless --all */
  hidden: (item: T) => boolean;
  /** the values offered to --format, by key */
  row: (item: T) => Record<string, string>;
  /** the keys `-f key=value` may use (any other key hides every row, as in the Python CLI) */
  filterKeys: readonly string[];
  id: (item: T) => string;
  /** the table's header, and its cells for an item */
  columns: readonly string[];
  cells: (item: T) => string[];
  /** e.g. "No jobs found" */
  empty: string;
}

/** Filters and prints a listing as JSON, ids (-q), a --format template, or a table. */
export function printListing<T>(listing: Listing<T>, flags: ListingFlags): void {
  const filters = parseFilters(flags.filter, (message) => process.stderr.write(`hfjobs: warning: ${message}\n`));
  const filterable = (item: T) => {
    const row = listing.row(item);
    return Object.fromEntries(listing.filterKeys.map((key) => [key, row[key] ?? '']));
  };
  const shown = listing.items.filter((item) => (flags.all || !listing.hidden(item)) && passes(filterable(item), filters));
  if (flags.json) return printJson(shown);
  if (flags.quiet) {
    process.stdout.write(shown.map((item) => `${listing.id(item)}\n`).join(''));
    return;
  }
  if (shown.length === 0) {
    const matching = filters.length ? ` matching filters: ${filters.map((f) => `${f.key}=${f.value}`).join(', ')}` : '';
    process.stdout.write(`${listing.empty}${matching}\n`);
    return;
  }
  if (flags.format) {
    process.stdout.write(shown.map((item) => `${fillTemplate(flags.format as string, listing.row(item))}\n`).join(''));
    return;
  }
  process.stdout.write(`${formatTable(listing.columns, shown.map(listing.cells), terminalColumns())}\n`);
}
