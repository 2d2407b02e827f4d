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

# Two collections in one index: ids and qids get the folder name, each collection its own row.
cp -r "$data" "$work/tiny2"
out=$("$eval_bin" --together --data "$data" --data "$work/tiny2" --run "$work/both.txt")
echo "$out"
grep -qE 'tiny +8 +3 ' <<<"$out"
grep -qE 'tiny2 +8 +3 ' <<<"$out"
grep -q '^tiny:q1 Q0 tiny:d1 ' "$work/both.txt"
grep -q '^tiny2:q1 Q0 tiny2:d1 ' "$work/both.txt"
# Separately, each collection gets its own index and the hand-computed scores.
out=$("$eval_bin" --data "$data" --data "$work/tiny2")
[ "$(grep -cE ' 4 +3 +0\.5377 +0\.6667 +0\.5000$' <<<"$out")" -eq 2 ]

set +e
"$eval_bin" --together --data "$data" --data "$data" >/dev/null 2>&1
[ $? -eq 1 ] || { echo "two collections with one name should exit 1"; exit 1; }
"$eval_bin" --data "$work/missing" >/dev/null 2>&1
[ $? -eq 1 ] || { echo "missing data should exit 1"; exit 1; }
"$eval_bin" >/dev/null 2>&1
[ $? -eq 2 ] || { echo "usage error should exit 2"; exit 1; }
echo "eval_cli: all checks passed"
