// Latency samples summarised as the percentiles the benchmark tables report.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace concord::bench {

struct LatencySummary {
  std::size_t count = 0;
  double mean_ms = 0;
  double p50_ms = 0;
  double p95_ms = 0;
  double p99_ms = 0;
  double max_ms = 0;
};

/// Nearest-rank percentiles (the value below which p% of the samples fall); all zero when empty.
LatencySummary summarize(std::vector<double> samples_ms);

nlohmann::json to_json(const LatencySummary& s);

/// Query texts from a JSON Lines file whose lines hold a "text" member (the data sets' format).
std::vector<std::string> read_query_texts(const std::string& path);

}  // namespace concord::bench
