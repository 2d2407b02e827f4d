#!/usr/bin/env bash
# concord-eval on tests/eval/tiny, whose scores are worked out by hand in tiny/README.md.
set -euo pipefail
eval_bin=$1
data=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

out=$("$eval_bin" --data "$data" --per-query --run "$work/run.txt")
echo "$out"
grep -qP '^q1\t1\.0000\t1\.0000\t1\.0000$' <<<"$out"
grep -qP '^q2\t0\.6131\t1\.0000\t0\.5000$' <<<"$out"
grep -qP '^q3\t0\.0000\t0\.0000\t0\.0000$' <<<"$out"
grep -qE ' 4 +3 +0\.5377 +0\.6667 +0\.5000$' <<<"$out"
grep -q '^q1 Q0 d1 1 ' "$work/run.txt"
grep -q '^q1 Q0 d3 2 ' "$work/run.txt"

set +e
"$eval_bin" --data "$work/missing" >/dev/null 2>&1
[ $? -eq 1 ] || { echo "missing data should exit 1"; exit 1; }
"$eval_bin" >/dev/null 2>&1
[ $? -eq 2 ] || { echo "usage error should exit 2"; exit 1; }
echo "eval_cli: all checks passed"
