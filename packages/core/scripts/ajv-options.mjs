// The one AJV configuration: the generator compiles standalone code with it, and the benchmarks
// compile the same schemas at run time with it as their baseline. Plain JavaScript, so that a
// fresh `node` process can load it without a TypeScript loader.
import AjvModule from 'ajv';
import { fastFormats } from 'ajv-formats/dist/formats.js';

// ajv is CommonJS: imported from ESM, the class sits on `.default`.
const Ajv = AjvModule.default;

/** @type {import('ajv').Options} */
export const AJV_OPTIONS = {
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

/**
 * An AJV instance holding every schema, with ajv-formats' fast `date-time` (a regular expression).
 * @param {object[]} schemas
 * @param {import('ajv').Options} [options]
 */
export function createAjv(schemas, options = AJV_OPTIONS) {
  const ajv = new Ajv({ ...options, schemas });
  // The fast check is a regular expression, which standalone code inlines: no run-time import of
  // ajv-formats (loading it costs ~7 ms at start-up). It checks the shape; the parsers check the
  // calendar (a 30 February is caught there).
  ajv.addFormat('date-time', fastFormats['date-time'].validate);
  // tsType only steers json-schema-to-typescript; it has no meaning for validation.
  ajv.addKeyword({ keyword: 'tsType', schemaType: 'string' });
  return ajv;
}
