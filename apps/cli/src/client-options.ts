import type { Command } from 'commander';
import { JobsClient } from '@hfjobs/client';
import { CLI_VERSION } from './version.js';

/** `--namespace`, `--token`, `--endpoint`: on every command that talks to the Jobs API. */
export interface ClientFlags {
  namespace?: string;
  token?: string;
  endpoint?: string;
}

export function addClientFlags(command: Command): Command {
  return command
    .option('--namespace <name>', 'the user or organization whose Jobs to use (default: your user; a namespace/id job id wins)')
    .option('--token <token>', 'the Hub token (default: HF_TOKEN, else the token saved by `hf auth login`)')
    .option('--endpoint <url>', 'the Hub (default: HF_ENDPOINT, else https://huggingface.co)');
}

function numberFromEnv(name: string): number | undefined {
  const value = process.env[name];
  return value === undefined || value === '' || Number.isNaN(Number(value)) ? undefined : Number(value);
}

/** A client for one command run. HFJOBS_MAX_RETRIES and HFJOBS_RETRY_BASE_DELAY (ms) tune its retries. */
export function clientFrom(flags: ClientFlags): JobsClient {
  const maxRetries = numberFromEnv('HFJOBS_MAX_RETRIES');
  const retryBaseDelay = numberFromEnv('HFJOBS_RETRY_BASE_DELAY');
  return new JobsClient({
    ...(maxRetries === undefined ? {} : { maxRetries }),
    ...(retryBaseDelay === undefined ? {} : { retryBaseDelay }),
    ...(flags.token ? { token: flags.token } : {}),
    ...(flags.endpoint ? { endpoint: flags.endpoint } : {}),
    ...(flags.namespace ? { namespace: flags.namespace } : {}),
    userAgent: `hfjobs/${CLI_VERSION}`,
  });
}
