import { Command } from 'commander';
import { SCHEMA_NAMES } from '@hfjobs/core';
import { validateCommand } from './commands/validate.js';
import { parseCommand } from './commands/parse.js';
import { schemaCommand } from './commands/schema.js';
import { portCommand } from './commands/port.js';
import { conformanceCommand } from './commands/conformance.js';
import { specCommand } from './commands/spec.js';
import { uvSpecCommand } from './commands/uv-spec.js';
import { addSpecFlags, addUvFlags } from './job-options.js';
import { addJobsCommands } from './jobs-program.js';
import { CLI_VERSION } from './version.js';

/**
 * The whole command tree. The docs site reads it to write the CLI reference, so every
 * command and option carries its description here and nowhere else.
 */
export function buildProgram(): Command {
  const program = new Command('hfjobs')
    .description('Describe, check and run Hugging Face Jobs.')
    .version(CLI_VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .enablePositionalOptions();

  addSpecFlags(
    program
      .command('spec')
      .description('Print the request body that creates a Job (or, with --schedule, a scheduled Job), exactly as the Python client builds it.')
      .argument('<image>', 'a Docker image (python:3.12) or a Space (hf.co/spaces/user/app)')
      .argument('[command...]', 'the command to run; put -- before it if it starts with a dash'),
  )
    .passThroughOptions()
    .action(specCommand);

  const uv = program.command('uv').description('uv Jobs: run Python scripts with their dependencies.');
  addSpecFlags(
    addUvFlags(
      uv
        .command('spec')
        .description('Print the request body of a `uv run` Job on a script URL or a command.')
        .argument('<script>', 'an http(s) URL of a script, or a command such as python')
        .argument('[args...]', 'arguments after the script'),
    ),
  )
    .passThroughOptions()
    .action(uvSpecCommand);

  addJobsCommands(program, uv);

  program
    .command('validate')
    .description('Check a JSON document against a schema: exit 0 when valid, 1 with one line per error when not.')
    .argument('<type>', `the schema: ${SCHEMA_NAMES.join(', ')}`)
    .argument('[file]', 'the JSON file; - or nothing reads stdin')
    .option('--json', 'print the result as JSON on stdout')
    .action(validateCommand);

  program
    .command('parse')
    .description('Read a job-info or scheduled-job-info record (or a list of them) as the Python client does, and print the model as JSON.')
    .argument('<type>', 'job-info or scheduled-job-info')
    .argument('[file]', 'the JSON file; - or nothing reads stdin')
    .option('--endpoint <url>', 'the Hub the record came from, for url (default: HF_ENDPOINT, else https://huggingface.co)')
    .action(parseCommand);

  program
    .command('schema')
    .description('List the schemas, or print one.')
    .argument('[type]', 'the schema to print')
    .action(schemaCommand);

  program
    .command('port')
    .description('Speak the conformance line protocol on stdin/stdout (one JSON request per line, one answer per line).')
    .action(portCommand);

  program
    .command('conformance')
    .description('Run the conformance vectors of @hfjobs/schemas against a port and print "N passed, N failed" (exit 1 when any failed).')
    .option('--port <command>', 'the port to test: a command speaking the line protocol (default: this CLI\'s own `hfjobs port`)')
    .option('--vectors <dir>', 'a folder of vector files (default: the conformance/ folder of @hfjobs/schemas)')
    .option('--filter <text>', 'run only the vectors whose file, op or description contains this text')
    .option('--quiet', 'print only the summary line')
    .action(conformanceCommand);

  return program;
}
