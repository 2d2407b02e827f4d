#!/usr/bin/env bash
# Builds the libFuzzer targets into build-fuzz/ (clang, ASan + UBSan) and runs TARGET (or all
# five, one after another) for SECONDS each, seeded from corpus/.
#   scripts/fuzz.sh fuzz_query 600      scripts/fuzz.sh all 60
# Findings (crash-*, leak-*, timeout-*, oom-*) land in build-fuzz/findings/<target>/; the
# grown corpus is kept in build-fuzz/corpus/<target>/ so later runs start from it.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh TARGET|all SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET|all SECONDS}
all=(fuzz_analyzers fuzz_document fuzz_jsonl fuzz_query fuzz_request)
if [[ $target == all ]]; then targets=("${all[@]}"); else targets=("$target"); fi

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DCONCORD_FUZZ=ON -DCONCORD_TESTS=OFF "${launcher[@]}" >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]}"

seeds=build-fuzz/seeds
rm -rf "$seeds"
python3 scripts/fuzz_seeds.py "$seeds"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
for t in "${targets[@]}"; do
  # Inputs larger than a request body or document line we care about just slow the search.
  case $t in
    fuzz_document | fuzz_jsonl) max_len=16384 ;;
    *) max_len=4096 ;;
  esac
  corpus=build-fuzz/corpus/$t findings=build-fuzz/findings/$t
  mkdir -p "$corpus" "$findings"
  echo "== $t: ${seconds}s, -max_len=$max_len"
  build-fuzz/tests/fuzz/$t "$corpus" "$seeds/$t" -max_total_time="$seconds" -max_len="$max_len" \
    -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -artifact_prefix="$findings/" \
    2>&1 | tee "build-fuzz/$t.log" | grep -E '^(#[0-9]+ +(INITED|DONE)|==[0-9]+==ERROR|SUMMARY|stat::)' || true
  if grep -qE '^==[0-9]+==ERROR|^SUMMARY|runtime error|invariant broken|Test unit written' "build-fuzz/$t.log"; then
    echo "$t: FOUND something, see build-fuzz/$t.log and $findings/" >&2
    exit 1
  fi
done
