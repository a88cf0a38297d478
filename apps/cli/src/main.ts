#!/usr/bin/env -S node --
// `node --` stops Node from reading our --env-file flag as its own (nodejs/node#54232: Node 20 scans
// all of argv for --env-file and exits when the file is missing).
import { CommanderError } from 'commander';
import { JobsError, ValidationError } from '@hfjobs/core';
import { JobsHttpError } from '@hfjobs/client';
import { buildProgram } from './program.js';
import { CheckFailed, Interrupted, UsageError } from './cli-error.js';

/** Runs the CLI and returns its exit code: 0 ok, 1 a failed check or call, 2 bad input. */
export async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  const output = { writeErr: (text: string) => process.stderr.write(text.startsWith('error:') ? `hfjobs: ${text}` : text) };
  const all = (command: typeof program): (typeof program)[] => [command, ...command.commands.flatMap(all)];
  for (const command of all(program)) command.exitOverride().configureOutput(output);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version end with exit code 0; every other parse error is bad input
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CheckFailed) return 1;
    if (error instanceof Interrupted) return 130;
    if (error instanceof JobsHttpError || (error instanceof ValidationError && error.source?.startsWith('http'))) {
      // the call failed, or the service answered something malformed: not the user's input
      process.stderr.write(`hfjobs: ${error.message}\n`);
      return 1;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`hfjobs: ${error.message}\n`);
      return 2;
    }
    if (error instanceof JobsError) {
      // a document that is not what it should be (parse of an invalid record): bad input
      process.stderr.write(`hfjobs: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`hfjobs: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await run(process.argv);
