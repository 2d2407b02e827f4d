# Renders bench/run.sh results as one table: a row per measure, a column per corpus fraction;
# with a baseline, each cell also shows the change from the baseline's same fraction.
def rows: [
  ["documents", "docs", "%.0f"], ["build time (s)", "build_s", "%.1f"],
  ["build CPU time (s)", "build_cpu_s", "%.1f"],
  ["build documents/s", "docs_per_s", "%.0f"], ["build input MB/s", "input_mb_per_s", "%.2f"],
  ["index size (MB)", "index_mb", "%.0f"], ["build peak RSS (MB)", "build_peak_rss_mb", "%.0f"],
  ["in-process p50 (ms)", "inproc_p50_ms", "%.2f"], ["in-process p95 (ms)", "inproc_p95_ms", "%.2f"],
  ["in-process p99 (ms)", "inproc_p99_ms", "%.2f"],
  ["in-process facets p50 (ms)", "inproc_facets_p50_ms", "%.2f"],
  ["in-process facets p95 (ms)", "inproc_facets_p95_ms", "%.2f"],
  ["in-process facets p99 (ms)", "inproc_facets_p99_ms", "%.2f"],
  ["HTTP p50 (ms)", "http_p50_ms", "%.2f"], ["HTTP p95 (ms)", "http_p95_ms", "%.2f"],
  ["HTTP p99 (ms)", "http_p99_ms", "%.2f"],
  ["HTTP facets p50 (ms)", "http_facets_p50_ms", "%.2f"],
  ["HTTP facets p95 (ms)", "http_facets_p95_ms", "%.2f"],
  ["HTTP facets p99 (ms)", "http_facets_p99_ms", "%.2f"],
  ["failed single searches", "http_errors", "%.0f"],
  ["searches/s (facets, N conn.)", "load_searches_per_s", "%.0f"],
  ["p99 under load (ms)", "load_p99_ms", "%.1f"], ["errors under load", "load_errors", "%.0f"],
  ["searchd peak RSS (MB)", "searchd_rss_mb", "%.0f"]
];
def fmt($f): if . == null then "-"
  elif $f == "%.0f" then (. + 0.5 | floor | tostring)
  else (. * 100 + 0.5 | floor) / 100 | tostring end;
def change($old): if $old == null or $old == 0 or . == null then ""
  else " (" + (if . >= $old then "+" else "" end) + ((. - $old) / $old * 100 | floor | tostring) + "%)" end;
def pad($n): tostring | . + ([range(0; $n - length)] | map(" ") | join(""));

. as $r | ($r.runs | keys_unsorted) as $pcts
| (["measure"] + ($pcts | map(. + "% of corpus"))) as $head
| ([rows[] as [$name, $key, $f]
    | [$name] + ($pcts | map(. as $p
        | ($r.runs[$p][$key] | fmt($f)) + ($r.runs[$p][$key] | change($base.runs[$p][$key]?))))]) as $body
| ([$head] + $body) as $all
| [range(0; $head | length) as $i | $all | map(.[$i] | length) | max] as $w
| ($all[] | [range(0; length) as $i | .[$i] | pad($w[$i])] | join(" | ")),
  "machine: \($r.machine.cpus) cores, host \($r.machine.host), commit \($r.machine.commit), \($r.machine.date); load average before/after each fraction: \([$pcts[] as $p | $r.runs[$p].load_average] | tostring)"
  + (if $base.machine? then "; baseline: commit \($base.machine.commit), \($base.machine.date)" else "" end)
