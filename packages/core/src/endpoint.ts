/** The Hub the Python client talks to when HF_ENDPOINT is not set. */
export const DEFAULT_ENDPOINT = 'https://huggingface.co';

/**
 * The Hub endpoint as the Python client computes it: `HF_ENDPOINT` without trailing slashes,
 * else https://huggingface.co. Reads the environment on each call (core stays usable in a
 * browser, where there is no `process`).
 */
export function defaultEndpoint(env: Record<string, string | undefined> | undefined = globalThis.process?.env): string {
  const fromEnv = env?.HF_ENDPOINT?.replace(/\/+$/, '');
  return fromEnv ? fromEnv : DEFAULT_ENDPOINT;
}
