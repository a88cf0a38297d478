import type { Command } from 'commander';
import { addClientFlags } from './client-options.js';
import { addJobFlags, addScheduleFlags, addUvFlags } from './job-options.js';
import { runCommand } from './commands/run.js';
import { uvRunCommand } from './commands/uv-run.js';
import { psCommand } from './commands/ps.js';
import { scheduledPsCommand } from './commands/scheduled-ps.js';
import { inspectCommand, scheduledInspectCommand } from './commands/inspect.js';
import { logsCommand } from './commands/logs.js';
import { cancelCommand } from './commands/cancel.js';
import { waitCommand } from './commands/wait.js';
import { hardwareCommand } from './commands/hardware.js';
import { scheduledRunCommand, scheduledUvRunCommand } from './commands/scheduled-run.js';
import { scheduledAction } from './commands/scheduled-actions.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function addListingFlags(command: Command, hidden: string): Command {
  return command
    .option('-a, --all', `show all, ${hidden} too`)
    .option('-f, --filter <key=value>', 'keep rows whose key matches: a substring, or a glob with * and ? (repeatable)', collect, [])
    .option('--format <template>', 'print each row with a template such as "{{.id}} {{.status}}"')
    .option('-q, --quiet', 'print only ids')
    .option('--json', 'print the records as JSON');
}

/** The commands that talk to the Jobs API, with the flags of the Python `hf jobs` where they overlap. */
export function addJobsCommands(program: Command, uv: Command): void {
  addClientFlags(
    addJobFlags(
      program
        .command('run')
        .description('Start a Job, print its id and page, then follow its logs until it ends (exit 0 when it COMPLETED).')
        .argument('<image>', 'a Docker image (python:3.12) or a Space (hf.co/spaces/user/app)')
        .argument('[command...]', 'the command to run; put -- before it if it starts with a dash')
        .option('-d, --detach', 'print the id and return at once'),
    ),
  )
    .passThroughOptions()
    .action(runCommand);

  addClientFlags(addListingFlags(program.command('ps').description('List the running Jobs (all with -a) as a table that also works in a pipe.'), 'finished ones')).action(psCommand);

  addClientFlags(
    program
      .command('inspect')
      .description('Print Jobs as JSON, with ISO datetimes.')
      .argument('<ids...>', 'job ids, or namespace/id as the web page shows them')
      .option('-q, --quiet', 'print only ids')
      .option('--json', 'print JSON (the default)'),
  ).action(inspectCommand);

  addClientFlags(
    program
      .command('logs')
      .description('Print what a Job has logged and exit; with -f, follow until it ends.')
      .argument('<id>', 'a job id, or namespace/id')
      .option('-f, --follow', 'keep printing until the Job ends')
      .option('--tail <n>', 'only the last n lines'),
  ).action(logsCommand);

  addClientFlags(program.command('cancel').description('Cancel a Job.').argument('<id>', 'a job id, or namespace/id')).action(cancelCommand);

  addClientFlags(
    program
      .command('wait')
      .description('Wait until a Job ends; exit 0 when it COMPLETED, 1 otherwise, so scripts can chain it.')
      .argument('<id>', 'a job id, or namespace/id')
      .option('--timeout <duration>', 'give up after this long (90, 30m, 2h)')
      .option('--interval <seconds>', 'how often to ask (default 2)'),
  ).action(waitCommand);

  addClientFlags(program.command('hardware').description('List the hardware flavors the service offers, with their prices.').option('--json', 'print JSON')).action(hardwareCommand);

  addClientFlags(
    addJobFlags(
      addUvFlags(
        uv
          .command('run')
          .description('Start a `uv run` Job on a script (a URL, or a local file uploaded to a private dataset first) or a command, then follow it like `run`.')
          .argument('<script>', 'a local script, an http(s) URL of one, or a command such as python')
          .argument('[args...]', 'arguments after the script')
          .option('-d, --detach', 'print the id and return at once')
          .option('--repo <name>', 'the dataset a local script is uploaded to (default: <namespace>/hf-cli-jobs-uv-run-scripts)'),
      ),
    ),
  )
    .passThroughOptions()
    .action(uvRunCommand);

  const scheduled = program.command('scheduled').description('Scheduled Jobs: Jobs started on a schedule.');
  addClientFlags(
    addScheduleFlags(
      addJobFlags(
        scheduled
          .command('run')
          .description('Create a scheduled Job.')
          .argument('<schedule>', '@hourly, @daily, @weekly, @monthly, @yearly, @annually, or 5 CRON fields such as "0 9 * * 1"')
          .argument('<image>', 'a Docker image or a Space')
          .argument('[command...]', 'the command to run'),
      ),
    ),
  )
    .passThroughOptions()
    .action(scheduledRunCommand);
  addClientFlags(addListingFlags(scheduled.command('ps').description('List the scheduled Jobs (suspended ones too with -a).'), 'suspended ones')).action(scheduledPsCommand);
  addClientFlags(
    scheduled
      .command('inspect')
      .description('Print scheduled Jobs as JSON.')
      .argument('<ids...>', 'scheduled job ids, or namespace/id')
      .option('-q, --quiet', 'print only ids')
      .option('--json', 'print JSON (the default)'),
  ).action(scheduledInspectCommand);
  const actions = [
    ['delete', 'Delete a scheduled Job.', 'deleteScheduledJob'],
    ['suspend', 'Pause a scheduled Job.', 'suspendScheduledJob'],
    ['resume', 'Resume a paused scheduled Job.', 'resumeScheduledJob'],
    ['trigger', 'Start a run of a scheduled Job now.', 'triggerScheduledJob'],
  ] as const;
  for (const [name, description, action] of actions) {
    addClientFlags(scheduled.command(name).description(description).argument('<id>', 'a scheduled job id, or namespace/id')).action(scheduledAction(action));
  }
  const scheduledUv = scheduled.command('uv').description('Scheduled uv Jobs.');
  addClientFlags(
    addScheduleFlags(
      addJobFlags(
        addUvFlags(
          scheduledUv
            .command('run')
            .description('Create a scheduled `uv run` Job on a script (a URL, or a local file uploaded first) or a command.')
            .argument('<schedule>', '@hourly, @daily, … or 5 CRON fields')
            .argument('<script>', 'a local script, an http(s) URL of one, or a command')
            .argument('[args...]', 'arguments after the script')
            .option('--repo <name>', 'the dataset a local script is uploaded to (default: <namespace>/hf-cli-jobs-uv-run-scripts)'),
        ),
      ),
    ),
  )
    .passThroughOptions()
    .action(scheduledUvRunCommand);
}
