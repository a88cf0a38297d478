#!/usr/bin/env bash
# Regenerates core's committed code and fails when that changes anything (CI's drift check).
set -euo pipefail
cd "$(dirname "$0")/.."
pnpm --filter @hfjobs/core run generate >/dev/null
if ! git diff --exit-code --stat -- packages/core/src/generated; then
  echo "generated code is out of date: run 'pnpm generate' and commit packages/core/src/generated" >&2
  exit 1
fi
echo "generated code is up to date"
