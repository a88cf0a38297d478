import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

/** The dataset the Python client uploads uv scripts to, unless told another. */
export const UV_SCRIPTS_REPO = 'hf-cli-jobs-uv-run-scripts';

const README = `---
tags:
- hf-cli-jobs-uv-script
- ephemeral
viewer: false
---

Scripts uploaded by \`hfjobs uv run\` (and the Python \`hf jobs uv run\`) for Hugging Face Jobs to download and run.
`;

export interface UploadTarget {
  endpoint: string;
  token: string;
  namespace: string;
  /** a dataset name or namespace/name; default: {namespace}/hf-cli-jobs-uv-run-scripts */
  repo?: string | undefined;
  fetch: typeof globalThis.fetch;
}

/**
 * Uploads a local script to a dataset on the Hub (created private when missing), as the Python
 * client does, with @huggingface/hub; returns the URL of that exact revision of the file.
 */
export async function uploadUvScript(path: string, target: UploadTarget): Promise<{ url: string; repo: string }> {
  // loaded only here: it is large, and only uploads need it (the CLI starts ~20 ms faster without it)
  const { createRepo, repoExists, uploadFile } = await import('@huggingface/hub');
  const name = target.repo ? (target.repo.includes('/') ? target.repo : `${target.namespace}/${target.repo}`) : `${target.namespace}/${UV_SCRIPTS_REPO}`;
  const hub = { hubUrl: target.endpoint, accessToken: target.token, fetch: target.fetch };
  const repo = { type: 'dataset' as const, name };
  if (!(await repoExists({ repo, ...hub }))) await createRepo({ repo, private: true, ...hub });
  const filename = basename(path);
  const uploaded = await uploadFile({ repo, file: { path: filename, content: new Blob([await readFile(path)]) }, commitTitle: `Upload ${filename} for a uv Job`, ...hub });
  await uploadFile({ repo, file: { path: 'README.md', content: new Blob([README]) }, commitTitle: 'Describe the uv Job scripts', ...hub });
  const oid = uploaded?.commit.oid;
  if (!oid) throw new Error(`the upload of ${filename} to ${name} returned no commit`);
  return { url: `${target.endpoint}/datasets/${name}/resolve/${oid}/${encodeURIComponent(filename)}`, repo: name };
}
