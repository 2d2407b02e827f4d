#!/usr/bin/env bash
# Runs the browser tests: installs playwright-core from the lockfile when it is missing, then
# drives Debian's chromium. Usage: run.sh <concord-searchd> <concord-indexer> <repo root>
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules/playwright-core ]; then
  npm ci --no-audit --no-fund --prefer-offline
fi
if [ ! -x "${CONCORD_CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "chromium not found: run scripts/install-deps.sh (apt-get install chromium)" >&2
  exit 1
fi
exec node --test-reporter=spec run.mjs "$@"
