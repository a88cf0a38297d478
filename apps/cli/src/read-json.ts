import { readFileSync } from 'node:fs';
import { UsageError } from './cli-error.js';

async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Whether a FILE argument means standard input (`-` or absent). */
function isStdin(file: string | undefined): boolean {
  return file === undefined || file === '-';
}

/** How messages name the input: the file, or `stdin`. */
export function inputName(file: string | undefined): string {
  return isStdin(file) ? 'stdin' : (file as string);
}

/**
 * Reads a JSON document from FILE, or from stdin when FILE is `-` or absent.
 * Errors are UsageErrors that name the file but never echo its content (it may hold secrets).
 */
export async function readJsonInput(file: string | undefined, stdin: NodeJS.ReadableStream = process.stdin): Promise<unknown> {
  const name = inputName(file);
  let text: string;
  try {
    text = isStdin(file) ? await readStdin(stdin) : readFileSync(name, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file: ${name}` : `cannot read ${name} (${code ?? 'error'})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UsageError(`${name} is not valid JSON`);
  }
}
