import { SCHEMA_NAMES, isSchemaName, type SchemaName } from '@hfjobs/core';
import { UsageError } from './cli-error.js';

/** Checks a TYPE argument: a schema's file name without `.schema.json`. */
export function schemaType(type: string, allowed: readonly SchemaName[] = SCHEMA_NAMES): SchemaName {
  if (isSchemaName(type) && allowed.includes(type)) return type;
  throw new UsageError(`unknown TYPE "${type}"; expected one of: ${allowed.join(', ')}`);
}
