import { createInterface } from 'node:readline';
import { answer } from '../port/ops.js';

/**
 * `hfjobs port`: the conformance line protocol. Reads `{"op", "input", "options"?}` lines on
 * stdin and writes one JSON line per request, in order, as soon as it is answered.
 */
export async function portCommand(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let request: unknown;
    try {
      request = JSON.parse(line) as unknown;
    } catch {
      process.stdout.write(`${JSON.stringify({ error: { code: 'bad_request', message: 'not a JSON line' } })}\n`);
      continue;
    }
    process.stdout.write(`${JSON.stringify(answer(request))}\n`);
  }
}
