/**
 * Writes the reference pages of the site from their sources, at build time (the pages are not
 * committed): one page per schema in schemas/ (fields, links, examples from the conformance
 * vectors), the hardware flavors, and the CLI reference from the CLI's own command definitions.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command, Option, Argument } from 'commander';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

export interface PageSources {
  schemasDir: string;
  vectorsDir: string;
  outDir: string;
  /** the CLI's command tree; omitted, no CLI page is written */
  program?: Command;
}

interface Vector {
  description: string;
  op: string;
  input: Json;
  output?: Json;
  error?: { code: string; pointer?: string };
}

const here = dirname(fileURLToPath(import.meta.url));
const fence = (value: Json) => ['```json', JSON.stringify(value, null, 2), '```'].join('\n');
// a table cell: pipes escaped, one line, and < > as entities (help texts such as "<namespace>" are not HTML)
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// inside `code` markdown shows < > as they are (entities would print literally): escape pipes only
const codeCell = (text: string) => text.replace(/\|/g, '\\|');
const schemaName = (file: string) => file.replace(/\.schema\.json$/, '');

function loadSchemas(dir: string): Map<string, Schema> {
  const schemas = new Map<string, Schema>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort()) {
    schemas.set(schemaName(file), JSON.parse(readFileSync(join(dir, file), 'utf8')) as Schema);
  }
  return schemas;
}

function loadVectors(dir: string): Vector[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Vector[]);
}

/** A link to the page of the type a `$ref` names (`job-status.schema.json`, `date-time.schema.json#/definitions/optional`). */
function refLink(ref: string, schemas: Map<string, Schema>): string {
  const [file = '', fragment = ''] = ref.split('#');
  const name = schemaName(file);
  const target = schemas.get(name);
  const def = fragment ? fragment.split('/').filter(Boolean).reduce<Json | undefined>((node, key) => (node && typeof node === 'object' && !Array.isArray(node) ? node[key] : undefined), target) : target;
  const title = def && typeof def === 'object' && !Array.isArray(def) && typeof def.title === 'string' ? def.title : name;
  return `[${title}](./${name}.md)`;
}

/** The type of a property, in words, with links to referenced types. */
function typeOf(prop: Schema, schemas: Map<string, Schema>): string {
  if (typeof prop.$ref === 'string') return refLink(prop.$ref, schemas);
  const then = prop.then as Schema | undefined;
  const types = Array.isArray(prop.type) ? (prop.type as string[]) : typeof prop.type === 'string' ? [prop.type] : [];
  const words = types.map((t) => {
    const grouped = (inner: string) => (inner.includes(' or ') ? `(${inner})` : inner);
    if (t === 'array' && prop.items && typeof prop.items === 'object') return `list of ${grouped(typeOf(prop.items as Schema, schemas))}`;
    if (t === 'object' && then && typeof then.$ref === 'string') return refLink(then.$ref, schemas);
    if (t === 'object' && prop.additionalProperties && typeof prop.additionalProperties === 'object') {
      return `map of ${grouped(typeOf(prop.additionalProperties as Schema, schemas))}`;
    }
    if (t === 'object' && typeof prop.title === 'string') return `object (${prop.title})`;
    return t;
  });
  if (typeof prop.tsType === 'string' && /HardwareFlavor/.test(prop.tsType)) words[0] = '[HardwareFlavor](./hardware-flavor.md)';
  return words.length ? words.join(' or ') : 'any JSON value';
}

function constraints(prop: Schema): string {
  const parts: string[] = [];
  if (Array.isArray(prop.enum)) parts.push(`one of ${prop.enum.map((v) => `\`${JSON.stringify(v)}\``).join(', ')}`);
  if (typeof prop.format === 'string') parts.push(`format ${prop.format}`);
  if (typeof prop.minimum === 'number') parts.push(`≥ ${prop.minimum}`);
  if (typeof prop.maximum === 'number') parts.push(`≤ ${prop.maximum}`);
  if (prop.minLength === 1) parts.push('not empty');
  if (typeof prop.pattern === 'string') parts.push(`matches \`${prop.pattern}\``);
  if (prop.then && typeof prop.then === 'object' && (prop.then as Schema).format) parts.push(`format ${String((prop.then as Schema).format)} (when not empty)`);
  return parts.join('; ') || '—';
}

function aliasNote(name: string, properties: Schema): string {
  const camel = name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  if (camel !== name && camel in properties) return `alias of \`${camel}\``;
  const snake = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  if (snake !== name && snake in properties) return `also read as \`${snake}\``;
  return '—';
}

function fieldTable(schema: Schema, schemas: Map<string, Schema>): string {
  const properties = (schema.properties ?? {}) as Schema;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const header = ['field', 'type', 'required', 'wire alias', 'description', 'allowed values', 'default'];
  const rows = Object.entries(properties).map(([name, raw]) => {
    const prop = raw as Schema;
    const def = prop.default === undefined ? '—' : `\`${JSON.stringify(prop.default)}\``;
    return [`\`${name}\``, cell(typeOf(prop, schemas)), required.has(name) ? 'yes' : 'no', aliasNote(name, properties), cell(String(prop.description ?? '')), cell(constraints(prop)), def];
  });
  if (rows.length === 0) return '';
  // a column that says "—" on every row of this page says nothing: leave it out
  const kept = header.map((_, i) => i).filter((i) => i < 3 || i === 4 || rows.some((row) => row[i] !== '—'));
  const line = (cells: string[]) => `| ${kept.map((i) => cells[i]).join(' | ')} |`;
  const extra = schema.additionalProperties === false ? 'Closed: any other key is an error.' : 'Open: other keys are allowed and ignored.';
  return ['## Fields', '', extra, '', line(header), `|${kept.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

function knownValues(schema: Schema): string {
  const defs = (schema.definitions ?? {}) as Record<string, Schema>;
  const lists = Object.values(defs).filter((d) => Array.isArray(d.enum));
  if (lists.length === 0) return '';
  return [
    '## Known values',
    '',
    'Any string is valid; these are the values hfjobs knows and types.',
    '',
    ...lists.flatMap((d) => [`**${String(d.title)}**: ${String(d.description ?? '')}`, '', (d.enum as string[]).map((v) => `\`${v}\``).join(', '), '']),
  ].join('\n');
}

function examples(name: string, vectors: Vector[]): string {
  const own = vectors.filter((v) => v.op === `validate:${name}`);
  const valid = own.filter((v) => v.output === true).slice(0, 3);
  const invalid = own.filter((v) => v.error).slice(0, 4);
  const parseOp = name === 'job-info' ? 'parse-job-info' : name === 'scheduled-job-info' ? 'parse-scheduled-job-info' : undefined;
  const parsed = parseOp ? vectors.filter((v) => v.op === parseOp && v.output !== undefined).slice(0, 1) : [];
  if (valid.length + invalid.length + parsed.length === 0) return '';
  const out = ['## Examples', '', 'Taken from the conformance vectors, so each one is checked by the test suite.', ''];
  for (const v of valid) out.push(`### Valid: ${v.description}`, '', fence(v.input), '');
  for (const v of invalid) {
    out.push(`### Invalid: ${v.description}`, '', fence(v.input), '', `Error \`${v.error?.code}\` at \`${v.error?.pointer || '(the value itself)'}\`.`, '');
  }
  for (const v of parsed) out.push(`### Parsed: ${v.description}`, '', fence(v.input), '', 'becomes', '', fence(v.output as Json), '');
  return out.join('\n');
}

function schemaPage(name: string, schema: Schema, schemas: Map<string, Schema>, vectors: Vector[]): string {
  const title = String(schema.title ?? name);
  return [
    `# ${title}`,
    '',
    `\`${name}.schema.json\` · validate with \`validate${title}\` or \`hfjobs validate ${name}\``,
    '',
    String(schema.description ?? ''),
    '',
    typeof schema.type === 'string' && !schema.properties ? `Type: ${typeOf(schema, schemas)}.` : '',
    '',
    fieldTable(schema, schemas),
    '',
    knownValues(schema),
    '',
    examples(name, vectors),
  ]
    .filter((part, i, all) => part !== '' || all[i - 1] !== '')
    .join('\n');
}

function flavorsPage(schema: Schema): string {
  const defs = schema.definitions as Record<string, Schema>;
  const known = (defs.known?.enum ?? []) as string[];
  const legacy = (defs.legacy?.enum ?? []) as string[];
  const group = (flavor: string) => (flavor.startsWith('cpu') ? 'CPU' : 'GPU');
  return [
    '# Hardware flavors',
    '',
    String(schema.description ?? ''),
    '',
    '`cpu-basic` is the default. An unknown flavor is sent as given (the service decides); `hfjobs spec` warns about it.',
    '',
    '| flavor | kind | status |',
    '|---|---|---|',
    ...known.map((f) => `| \`${f}\` | ${group(f)} | offered (2026) |`),
    ...legacy.map((f) => `| \`${f}\` | ${f.startsWith('zero') ? 'ZeroGPU' : group(f)} | legacy (seed era) |`),
    '',
    'See the [HardwareFlavor schema](./schemas/hardware-flavor.md).',
  ].join('\n');
}

function optionRow(option: Option): string {
  const defaultValue = option.defaultValue === undefined || (Array.isArray(option.defaultValue) && option.defaultValue.length === 0) ? '—' : `\`${JSON.stringify(option.defaultValue)}\``;
  return `| \`${codeCell(option.flags)}\` | ${cell(option.description)} | ${defaultValue} |`;
}

function argumentText(argument: Argument): string {
  const name = `${argument.name()}${argument.variadic ? '…' : ''}`;
  return argument.required ? `<${name}>` : `[${name}]`;
}

function commandSection(command: Command, path: string[]): string[] {
  const full = [...path, command.name()];
  const args = (command.registeredArguments ?? []) as Argument[];
  const options = command.options as Option[];
  const lines = [`## \`${full.join(' ')}\``, '', command.description(), ''];
  if (args.length || options.length) lines.push('```sh', [...full, options.length ? '[options]' : '', ...args.map(argumentText)].filter(Boolean).join(' '), '```', '');
  if (args.length) {
    lines.push('| argument | description |', '|---|---|', ...args.map((a) => `| \`${argumentText(a)}\` | ${cell(a.description)} |`), '');
  }
  if (options.length) lines.push('| option | description | default |', '|---|---|---|', ...options.map(optionRow), '');
  const children = command.commands as Command[];
  return [...lines, ...children.filter((c) => c.name() !== 'help').flatMap((child) => commandSection(child, full))];
}

function cliPage(program: Command): string {
  return [
    '# CLI reference',
    '',
    `Written from the command definitions of the \`hfjobs\` CLI itself. ${program.description()}`,
    '',
    'Exit codes: 0 success; 1 a failed check or call (an invalid document); 2 bad input (flags, files, JSON). Errors are one line on stderr.',
    '',
    ...(program.commands as Command[]).filter((c) => c.name() !== 'help').flatMap((c) => commandSection(c, ['hfjobs'])),
  ].join('\n');
}

/** Writes every generated page; returns the files written, relative to outDir. */
export function generatePages(sources: PageSources): string[] {
  const schemas = loadSchemas(sources.schemasDir);
  const vectors = loadVectors(sources.vectorsDir);
  const pages = new Map<string, string>();
  for (const [name, schema] of schemas) pages.set(`schemas/${name}.md`, schemaPage(name, schema, schemas, vectors));
  pages.set(
    'schemas/index.md',
    ['# Schemas', '', 'One JSON Schema (draft-07) per Jobs type, the source of every type, validator and page here.', '', '| schema | type | description |', '|---|---|---|', ...[...schemas].map(([name, s]) => `| [\`${name}\`](./${name}.md) | ${String(s.title)} | ${cell(String(s.description ?? '').split('. ')[0] ?? '')}. |`)].join('\n'),
  );
  const flavor = schemas.get('hardware-flavor');
  if (flavor) pages.set('hardware-flavors.md', flavorsPage(flavor));
  if (sources.program) pages.set('cli.md', cliPage(sources.program));
  rmSync(sources.outDir, { recursive: true, force: true });
  for (const [file, content] of pages) {
    mkdirSync(dirname(join(sources.outDir, file)), { recursive: true });
    // v-pre: text from schemas and the CLI (e.g. "{{.id}}" in a --format help) is data, not a Vue template
    writeFileSync(join(sources.outDir, file), `<!-- generated by apps/docs/scripts/generate-pages.ts: edit the sources, not this file -->\n\n::: v-pre\n${content.trim()}\n:::\n`);
  }
  return [...pages.keys()];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { buildProgram } = await import('../../cli/src/program.js');
  const repo = resolve(here, '../../..');
  const written = generatePages({
    schemasDir: join(repo, 'schemas'),
    vectorsDir: join(repo, 'schemas/conformance'),
    outDir: resolve(here, '../reference'),
    program: buildProgram(),
  });
  console.log(`docs: wrote ${written.length} reference pages`);
}
