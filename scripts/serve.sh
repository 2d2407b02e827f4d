#!/usr/bin/env bash
# One command from a fresh machine to the search page: install, build, index corpus/, serve.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
# Only the two programs run below: the tests and benchmarks are test.sh's to build.
bash scripts/build.sh --target concord-indexer concord-searchd
./build/indexer/concord-indexer build --index var/index --themes corpus/themes.json corpus/documents
echo "Open http://127.0.0.1:${PORT:-8080}/ (Ctrl-C stops the server)"
exec ./build/searchd/concord-searchd --index var/index --host 127.0.0.1 --port "${PORT:-8080}" --web web
