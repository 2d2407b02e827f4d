#!/usr/bin/env bash
# One command from a fresh machine to every test: install, build, run ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh -DCONCORD_TESTS=ON
ctest --test-dir build --output-on-failure --timeout 300 -j"$(nproc)"
