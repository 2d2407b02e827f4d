#!/usr/bin/env bash
# One command from a fresh machine to every test: install, build, run ctest; then the same
# suite again built with AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/).
# Prints both ctest summaries; fails when either suite fails or a sanitizer reported anything.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh -DCONCORD_TESTS=ON

run_ctest() {  # run_ctest BUILD_DIR LOG: the suite's output to LOG; its status returned
  set +e
  ctest --test-dir "$1" --output-on-failure --timeout 600 -j"$(nproc)" 2>&1 | tee "$2"
  local status=${PIPESTATUS[0]}
  set -e
  return "$status"
}
summary() {  # the "N% tests passed" line and any failed tests' list
  sed -n '/tests passed/,$p' "$1" | grep -v '^Total Test time' || true
}

normal=0
run_ctest build build/ctest.log || normal=$?

# Debug at -O0: at -O1 GCC 12 with ASan reports false -Wmaybe-uninitialized in <regex>, which
# -Werror turns into a failed build. halt_on_error and -fno-sanitize-recover make every report
# fatal. Reports go to files as well as failing the process that made them, so a
# report from a program a test spawned (concord-searchd, concord-indexer) fails the run even
# when that test only looked at the program's output.
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
asan_start=$(date +%s)
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g" \
  -DCONCORD_SANITIZE=ON -DCONCORD_TESTS=ON "${launcher[@]}" >/dev/null
cmake --build build-asan -j"$(nproc)"
reports=$PWD/build-asan/sanitizer-reports
rm -rf "$reports" && mkdir -p "$reports"
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:abort_on_error=0:log_path=$reports/asan"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$reports/ubsan"
sanitized=0
run_ctest build-asan build-asan/ctest.log || sanitized=$?
if [[ -n $(ls -A "$reports") ]]; then
  echo "== sanitizer reports:"
  cat "$reports"/*
  sanitized=1
fi
asan_seconds=$(($(date +%s) - asan_start))

echo "== build (RelWithDebInfo): $(summary build/ctest.log)"
echo "== build-asan (ASan + UBSan, ${asan_seconds}s to build and test): $(summary build-asan/ctest.log)"
if [[ $normal -ne 0 || $sanitized -ne 0 ]]; then
  echo "FAILED: build ctest status $normal, build-asan status $sanitized" >&2
  exit 1
fi
