/**
 * The one AJV configuration: the generator compiles standalone code with it, and the
 * benchmarks compile the same schemas at run time with it as their baseline.
 */
import AjvModule, { type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv and ajv-formats are CommonJS: imported from ESM, the class and plugin sit on `.default`.
const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;
type AjvClass = typeof Ajv;

export const AJV_OPTIONS: Options = {
  allErrors: true,
  // Messages are written by core (validation-result.ts) from keyword and params: smaller code,
  // and never a data value in a message.
  messages: false,
  strict: true,
  // create-job-request's if/else names properties declared beside it, which this check cannot see.
  strictRequired: false,
  allowUnionTypes: true,
  code: { source: true, esm: true },
};

/** An AJV instance holding every schema, with `date-time` in ajv-formats' fast (regex) mode. */
export function createAjv(schemas: object[], options: Options = AJV_OPTIONS): InstanceType<AjvClass> {
  const ajv = new Ajv({ ...options, schemas });
  // fast mode checks the shape; the parsers check the calendar (a 30 February is caught there).
  addFormats(ajv, { mode: 'fast', formats: ['date-time'] });
  // tsType only steers json-schema-to-typescript; it has no meaning for validation.
  ajv.addKeyword({ keyword: 'tsType', schemaType: 'string' });
  return ajv;
}
