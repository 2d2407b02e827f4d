# Shared by run.sh and soak.sh: the data set in Concord's document format, and searchd.
# shellcheck shell=bash

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build_dir="$here/../build"
data=/work/shared/data/zh_laws
work=/tmp/concord-bench

# Writes the first $3 lines (all when empty) of zh_laws as Concord documents to $2.
# The articles carry no platform metadata: they become "decision" documents in Chinese with
# their title, body and date; the other fields (law, chapter, path) are not indexed.
convert_zh_laws() {
  local data=$1 out=$2 lines=${3:-}
  [ -s "$out" ] && return 0
  local head_cmd=(cat)
  [ -n "$lines" ] && head_cmd=(head -n "$lines")
  zcat "$data/docs.jsonl.gz" | "${head_cmd[@]}" |
    jq -c '{id, kind: "decision", lang: "zh", title, body, date}
           | if (.date // "" | test("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")) then . else del(.date) end' \
      > "$out.tmp"
  mv "$out.tmp" "$out"
}

# Starts searchd on a free port; sets SEARCHD_PID and SEARCHD_PORT. Extra arguments go to it.
start_searchd() {
  local bin=$1 index=$2 log=$3
  shift 3
  : > "$log"  # exists before the first read below, which set -e would end the script on
  "$bin" --index "$index" --port 0 "$@" > "$log" 2>&1 &
  SEARCHD_PID=$!
  SEARCHD_PORT=""
  for _ in $(seq 1 600); do
    SEARCHD_PORT=$(sed -n 's|.*listening on http://[^:]*:\([0-9]*\)/.*|\1|p' "$log" | head -1)
    [ -n "$SEARCHD_PORT" ] && return 0
    kill -0 "$SEARCHD_PID" 2> /dev/null || break
    sleep 0.1
  done
  echo "searchd did not start; its log:" >&2
  cat "$log" >&2
  return 1
}

stop_searchd() {
  [ -n "${SEARCHD_PID:-}" ] || return 0
  kill "$SEARCHD_PID" 2> /dev/null || true
  wait "$SEARCHD_PID" 2> /dev/null || true
  SEARCHD_PID=""
}

# The other load on the machine while a benchmark runs: the 1-minute load average.
load_average() { cut -d' ' -f1 /proc/loadavg; }
