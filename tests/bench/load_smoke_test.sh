#!/usr/bin/env bash
# concord-load against searchd on the bundled corpus for 2 s: searches, facets and writes,
# no failed request, and the JSON report it prints. The long runs (bench/run.sh, soak.sh) are
# not tests.
# Usage: load_smoke_test.sh <build dir> <repo root>
set -euo pipefail
build=$1
root=$2
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"  # start_searchd
work=$(mktemp -d)
SEARCHD_PID=""
cleanup() {
  [ -n "$SEARCHD_PID" ] && kill "$SEARCHD_PID" 2> /dev/null && wait "$SEARCHD_PID" 2> /dev/null
  rm -rf "$work"
}
trap cleanup EXIT

"$build/indexer/concord-indexer" build --index "$work/index" --themes "$root/corpus/themes.json" \
  "$root/corpus/documents" > /dev/null
printf '%s\n' '{"text":"patent"}' '{"text":"专利 许可"}' '{"text":"براءة"}' > "$work/queries.jsonl"
CONCORD_WRITE_TOKEN=smoke-token-0123456789 CONCORD_ACCESS_LOG=false \
  start_searchd "$build/searchd/concord-searchd" "$work/index" "$work/searchd.log"
pid=$SEARCHD_PID
port=$SEARCHD_PORT

"$build/bench/concord-load" --port "$port" --queries "$work/queries.jsonl" --connections 4 \
  --seconds 2 --mix search=2,facets=2,write=1 --token smoke-token-0123456789 --pid "$pid" > "$work/out.json"
cat "$work/out.json"
jq -e '.errors == 0 and .requests > 10 and .ops.write.count > 0 and .ops.facets.count > 0
       and .rss_end_mb > 0 and .latency.p99_ms > 0' "$work/out.json" > /dev/null

# A wrong token must show up as failed requests, or the check above proves nothing.
if "$build/bench/concord-load" --port "$port" --queries "$work/queries.jsonl" --connections 1 \
  --seconds 0.3 --mix write --token wrong > "$work/bad.json"; then
  echo "writes with a wrong token were not counted as errors" >&2
  exit 1
fi
jq -e '.errors > 0 and (.error_samples[0] | contains("401"))' "$work/bad.json" > /dev/null
echo "load smoke test passed"
