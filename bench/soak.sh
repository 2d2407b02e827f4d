#!/usr/bin/env bash
# Sustained load: 64 connections for 60 s against searchd on the whole zh_laws index, mixing
# searches, faceted searches, suggestions (when the server has /v1/suggest) and writes.
# Passes when no request failed and searchd's memory at the end is within 20% of its level
# after warm-up. Not a ctest test: it takes minutes and needs the data set.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"  # sets here, build_dir, data, work
connections=64
seconds=60
warmup=60
mix="search=5,facets=3,suggest=1,write=1"
from_index=""
while [ $# -gt 0 ]; do
  case $1 in
    --build-dir) build_dir=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --mix) mix=$2; shift 2 ;;
    --from-index) from_index=$2; shift 2 ;;
    *) echo "usage: bench/soak.sh [--build-dir DIR] [--data DIR] [--work DIR] [--connections N] [--seconds S] [--warmup S] [--mix M] [--from-index INDEX]" >&2; exit 2 ;;
  esac
done
mkdir -p "$work"
queries="$data/queries.jsonl"
input="$work/docs-100.jsonl"
index="$work/soak-index"
# The writes change the index: it is a copy (of --from-index, e.g. run.sh's index-100) or its own.
rm -rf "$index" "$index".gen-*
if [ -n "$from_index" ]; then
  cp -a "$(readlink -f "$from_index")" "$index.gen-copy"
  ln -s "$(basename "$index").gen-copy" "$index"
else
  convert_zh_laws "$data" "$input"
  echo "building the index" >&2
  "$build_dir/indexer/concord-indexer" build --index "$index" "$input" >&2
fi

trap stop_searchd EXIT
token="soak-token-$RANDOM$RANDOM$RANDOM"
# Every connection holds a worker thread (cpp-httplib), so the pool must exceed the clients.
CONCORD_WRITE_TOKEN=$token CONCORD_ACCESS_LOG=false \
  start_searchd "$build_dir/searchd/concord-searchd" "$index" "$work/soak-searchd.log" \
  --threads $((connections + 16))
if ! curl -sf "http://127.0.0.1:$SEARCHD_PORT/v1/suggest?q=%E5%90%88" > /dev/null; then
  echo "this searchd has no /v1/suggest: suggestions left out of the mix" >&2
  mix=$(tr ',' '\n' <<< "$mix" | grep -v '^suggest' | paste -sd, -)
fi
load=("$build_dir/bench/concord-load" --port "$SEARCHD_PORT" --queries "$queries"
  --pid "$SEARCHD_PID" --token "$token")
# searchd's memory rises for its first minute under this load (allocator arenas, one searcher per
# concurrent lookup) and then holds (about 270-280 MB from 60 s to 150 s on zh_laws): the
# warm-up covers that rise, so the run measures whether memory keeps growing.
echo "warming up for $warmup s" >&2
"${load[@]}" --connections "$connections" --seconds "$warmup" --mix "$mix" > "$work/soak-warmup.json" || true
echo "$connections connections for $seconds s, mix $mix" >&2
rc=0
"${load[@]}" --connections "$connections" --seconds "$seconds" --mix "$mix" > "$work/soak.json" || rc=$?
stop_searchd
jq -r --arg mix "$mix" '
  "sustained load: \(.connections) connections, \(.seconds | floor) s, mix \($mix)",
  "requests \(.requests), failed \(.errors), \(.requests_per_s | floor)/s; p50 \(.latency.p50_ms * 10 | floor / 10) ms, p99 \(.latency.p99_ms * 10 | floor / 10) ms, max \(.latency.max_ms | floor) ms",
  (.ops | to_entries[] | "  \(.key): \(.value.count) requests, \(.value.errors) failed, p99 \(.value.p99_ms * 10 | floor / 10) ms"),
  "searchd RSS: start \(.rss_start_mb | floor) MB, end \(.rss_end_mb | floor) MB, peak \(.rss_max_mb | floor) MB",
  (.error_samples[] | "  error: \(.)")' "$work/soak.json"
jq -e '.errors == 0 and .rss_end_mb <= .rss_start_mb * 1.2' "$work/soak.json" > /dev/null || rc=1
exit "$rc"
