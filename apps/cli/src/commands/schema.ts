import { SCHEMAS, SCHEMA_NAMES, SCHEMA_TITLES } from '@hfjobs/core';
import { schemaType } from '../schema-type.js';

/** `hfjobs schema [TYPE]`: lists the schemas, or prints one. */
export function schemaCommand(type: string | undefined): void {
  if (type === undefined) {
    const width = Math.max(...SCHEMA_NAMES.map((n) => n.length));
    process.stdout.write(SCHEMA_NAMES.map((n) => `${n.padEnd(width)}  ${SCHEMA_TITLES[n]}\n`).join(''));
    return;
  }
  process.stdout.write(`${JSON.stringify(SCHEMAS[schemaType(type)], null, 2)}\n`);
}
