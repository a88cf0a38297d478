#!/usr/bin/env bash
# Checks the packages as users get them: publint and attw on each package's tarball, then a
# smoke test that installs the tarballs with plain npm into an empty project outside the workspace.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
PACKAGES=(schemas packages/core packages/spec-builder packages/client apps/cli)
tarballs=$(mktemp -d)
project=$(mktemp -d)
trap 'rm -rf "$tarballs" "$project"' EXIT

for dir in "${PACKAGES[@]}"; do
  (cd "$dir" && pnpm pack --pack-destination "$tarballs" >/dev/null)
  (cd "$dir" && "$root/node_modules/.bin/publint" --strict | tail -n 1 | sed "s|^|publint $dir: |")
  if node -e "process.exit(require('./$dir/package.json').types ? 0 : 1)"; then
    tarball=$(ls "$tarballs"/*.tgz -t | head -n 1)
    "$root/node_modules/.bin/attw" "$tarball" --profile esm-only --format ascii >/dev/null && echo "attw $dir: no problems (esm-only)"
  else
    echo "attw $dir: not applicable (the package ships no types: $(node -p "require('./$dir/package.json').bin ? 'a bin' : 'JSON files'"))"
  fi
done

version=$(node -p "require('./packages/core/package.json').version")
cd "$project"
npm init -y >/dev/null
npm install --no-audit --no-fund --loglevel=error "$tarballs"/*.tgz
echo "installed: $(ls node_modules/@hfjobs | tr '\n' ' ')hfjobs"

cat > smoke.mjs <<'JS'
import assert from 'node:assert/strict';
import { parseJobInfo, VERSION } from '@hfjobs/core';
import { createJobSpec } from '@hfjobs/spec-builder';
import { JobsClient } from '@hfjobs/client';
assert.equal(new JobsClient({ endpoint: 'http://127.0.0.1:9/', token: false, env: {} }).endpoint, 'http://127.0.0.1:9');
const job = parseJobInfo({ id: 'x', owner: { id: '1', name: 'me', type: 'user' }, status: { stage: 'RUNNING' }, createdAt: '2025-07-22T16:06:25.079Z' });
assert.equal(job.url, 'https://huggingface.co/jobs/me/x');
assert.ok(job.createdAt instanceof Date);
assert.deepEqual(createJobSpec({ image: 'hf.co/spaces/u/app', command: ['ls'], timeout: '1.5h' }), {
  command: ['ls'], arguments: [], environment: {}, flavor: 'cpu-basic', timeoutSeconds: 5400, spaceId: 'u/app',
});
console.log(`smoke.mjs: ok (core ${VERSION})`);
JS
node smoke.mjs

cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "module": "nodenext", "moduleResolution": "nodenext", "target": "es2022", "strict": true, "noEmit": true, "skipLibCheck": false, "types": [] }, "files": ["smoke.ts"] }
JSON
cat > smoke.ts <<'TS'
import { parseJobInfo, validateCreateJobRequest, type ParsedJobInfo, type HardwareFlavor } from '@hfjobs/core';
import { createJobSpec, JobSpecError, type JobSpecInput } from '@hfjobs/spec-builder';
import { parseEnvFile } from '@hfjobs/spec-builder/node';
const job: ParsedJobInfo = parseJobInfo({});
const stage: string = job.status.stage;
const flavor: HardwareFlavor = 'a10g-small';
const input: JobSpecInput = { image: 'ubuntu', command: ['echo'], flavor, timeout: '1h' };
const body = createJobSpec(input);
const result = validateCreateJobRequest(body);
if (result.ok) { const seconds: number | undefined = result.value.timeoutSeconds; void seconds; }
// @ts-expect-error the types resolve: a command is a list of strings
createJobSpec({ image: 'ubuntu', command: 'echo' });
void [stage, JobSpecError, parseEnvFile];
TS
node "$root/node_modules/typescript/bin/tsc" -p tsconfig.json && echo "smoke.ts: type-checks with tsc --noEmit"

test "$(npx --no-install hfjobs --version)" = "$version" && echo "npx hfjobs --version: $version"
npx --no-install hfjobs spec ubuntu echo hi | node -e "const b = JSON.parse(require('fs').readFileSync(0, 'utf8')); if (b.dockerImage !== 'ubuntu' || b.command.join(' ') !== 'echo hi') process.exit(1)" && echo "hfjobs spec ubuntu echo hi: ok"
npx --no-install hfjobs conformance --quiet | sed 's/^/installed hfjobs conformance: /'
