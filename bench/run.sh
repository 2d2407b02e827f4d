#!/usr/bin/env bash
# Whole-system benchmark on the zh_laws corpus: index build, in-process and HTTP query latency
# with and without facets, and throughput under concurrent connections, at several fractions
# of the corpus. Prints one table; --save writes the results as JSON, --baseline compares.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"  # sets here, build_dir, data, work
fractions="10 30 100"
connections=32
seconds=20
save=""
baseline=""
usage() {
  cat << USAGE
usage: bench/run.sh [--build-dir DIR] [--data DIR] [--work DIR] [--fractions "10 30 100"]
                    [--connections N] [--seconds S] [--save FILE] [--baseline FILE]
  --data       a data set in the zh_laws layout (docs.jsonl.gz, queries.jsonl)
  --work       scratch folder for converted inputs, indexes and logs (kept for reuse)
  --save       write the results as JSON      --baseline  compare with results saved before
USAGE
}
while [ $# -gt 0 ]; do
  case $1 in
    --build-dir) build_dir=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --fractions) fractions=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --save) save=$2; shift 2 ;;
    --baseline) baseline=$2; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
for tool in indexer/concord-indexer searchd/concord-searchd bench/concord-bench-query bench/concord-load; do
  [ -x "$build_dir/$tool" ] || { echo "missing $build_dir/$tool: build it first" >&2; exit 2; }
done
mkdir -p "$work"
queries="$data/queries.jsonl"
total_docs=$(zcat "$data/docs.jsonl.gz" | wc -l)
trap stop_searchd EXIT

# One fraction: prints its results as one JSON object.
run_fraction() {
  local pct=$1 lines input index log
  lines=$((total_docs * pct / 100))
  input="$work/docs-$pct.jsonl"
  index="$work/index-$pct"
  log="$work/log-$pct"
  mkdir -p "$log"
  echo "[$pct%] converting $lines documents" >&2
  convert_zh_laws "$data" "$input" "$lines"
  echo "[$pct%] building the index" >&2
  local load_before
  load_before=$(load_average)
  rm -rf "$index" "$index".*
  /usr/bin/time -v "$build_dir/indexer/concord-indexer" build --index "$index" "$input" \
    > "$log/build.out" 2> "$log/build.time"
  local build_s peak_kb cpu_s index_bytes input_bytes docs
  build_s=$(sed -n 's/.* in \([0-9.]*\) s (.*/\1/p' "$log/build.out")
  docs=$(sed -n 's/^indexed \([0-9]*\) documents.*/\1/p' "$log/build.out")
  peak_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log/build.time")
  # CPU seconds, beside wall time: on a shared machine they show the work whatever the load.
  cpu_s=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$log/build.time")
  index_bytes=$(du -sbL "$index" | cut -f1)
  input_bytes=$(stat -c %s "$input")

  echo "[$pct%] in-process queries" >&2
  "$build_dir/bench/concord-bench-query" --index "$index" --queries "$queries" > "$log/inproc.json"

  echo "[$pct%] HTTP queries" >&2
  start_searchd "$build_dir/searchd/concord-searchd" "$index" "$log/searchd.log"
  local load=("$build_dir/bench/concord-load" --port "$SEARCHD_PORT" --queries "$queries" --pid "$SEARCHD_PID")
  "${load[@]}" --once --connections 1 --mix search > "$log/http-plain.json" || true
  "${load[@]}" --once --connections 1 --mix facets > "$log/http-facets.json" || true
  echo "[$pct%] $connections connections for $seconds s" >&2
  "${load[@]}" --connections "$connections" --seconds "$seconds" --mix facets \
    > "$log/throughput.json" || true
  stop_searchd
  local load_after
  load_after=$(load_average)

  jq -n --argjson pct "$pct" --argjson docs "$docs" --argjson build_s "$build_s" \
    --argjson peak_kb "$peak_kb" --argjson cpu_s "$cpu_s" --argjson index_bytes "$index_bytes" \
    --argjson input_bytes "$input_bytes" --argjson load_before "$load_before" \
    --argjson load_after "$load_after" \
    --slurpfile inproc "$log/inproc.json" --slurpfile plain "$log/http-plain.json" \
    --slurpfile facets "$log/http-facets.json" --slurpfile tp "$log/throughput.json" '{
      docs: $docs, build_s: $build_s, docs_per_s: ($docs / $build_s),
      input_mb_per_s: ($input_bytes / 1e6 / $build_s), index_mb: ($index_bytes / 1e6),
      build_peak_rss_mb: ($peak_kb / 1024), build_cpu_s: $cpu_s,
      inproc_p50_ms: $inproc[0].plain.p50_ms, inproc_p95_ms: $inproc[0].plain.p95_ms,
      inproc_p99_ms: $inproc[0].plain.p99_ms,
      inproc_facets_p50_ms: $inproc[0].facets.p50_ms, inproc_facets_p95_ms: $inproc[0].facets.p95_ms,
      inproc_facets_p99_ms: $inproc[0].facets.p99_ms,
      http_p50_ms: $plain[0].latency.p50_ms, http_p95_ms: $plain[0].latency.p95_ms,
      http_p99_ms: $plain[0].latency.p99_ms,
      http_facets_p50_ms: $facets[0].latency.p50_ms, http_facets_p95_ms: $facets[0].latency.p95_ms,
      http_facets_p99_ms: $facets[0].latency.p99_ms,
      http_errors: ($plain[0].errors + $facets[0].errors + $inproc[0].plain.errors + $inproc[0].facets.errors),
      load_searches_per_s: $tp[0].requests_per_s, load_p99_ms: $tp[0].latency.p99_ms,
      load_errors: $tp[0].errors,
      searchd_rss_mb: ([$plain[0].rss_max_mb, $facets[0].rss_max_mb, $tp[0].rss_max_mb] | max),
      load_average: [$load_before, $load_after]
    }'
}

results="{}"
for pct in $fractions; do
  results=$(jq --arg pct "$pct" --argjson run "$(run_fraction "$pct")" '.[$pct] = $run' <<< "$results")
done
results=$(jq --arg host "$(uname -n)" --arg cpus "$(nproc)" --arg date "$(date -u +%FT%TZ)" \
  --arg commit "$(git -C "$here" rev-parse --short HEAD 2> /dev/null || echo unknown)" \
  '{machine: {host: $host, cpus: ($cpus | tonumber), date: $date, commit: $commit}, runs: .}' \
  <<< "$results")
[ -n "$save" ] && echo "$results" > "$save"

base="{}"
[ -n "$baseline" ] && base=$(cat "$baseline")
jq -r --argjson base "$base" -f "$here/table.jq" <<< "$results"
