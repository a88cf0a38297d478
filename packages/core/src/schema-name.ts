import { SCHEMA_NAMES, type SchemaName } from './generated/schemas.js';

/** Whether `name` is one of the schema names (`job-info`, `create-job-request`, …). */
export function isSchemaName(name: string): name is SchemaName {
  return (SCHEMA_NAMES as readonly string[]).includes(name);
}
