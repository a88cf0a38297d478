import { VALIDATORS } from '@hfjobs/core';
import { CheckFailed } from '../cli-error.js';
import { inputName, readJsonInput } from '../read-json.js';
import { schemaType } from '../schema-type.js';

export interface ValidateOptions {
  json?: boolean;
}

/** `hfjobs validate TYPE [FILE|-]`: exit 0 and one line when valid; one line per error and exit 1 when not. */
export async function validateCommand(type: string, file: string | undefined, options: ValidateOptions): Promise<void> {
  const name = schemaType(type);
  const value = await readJsonInput(file);
  const result = VALIDATORS[name](value);
  const source = inputName(file);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(result.ok ? { valid: true, type: name } : { valid: false, type: name, errors: result.errors })}\n`);
  } else if (result.ok) {
    process.stdout.write(`valid ${name}: ${source}\n`);
  } else {
    process.stderr.write(result.errors.map((e) => `${source}: ${e.message} [${e.keyword}]\n`).join(''));
  }
  if (!result.ok) throw new CheckFailed();
}
