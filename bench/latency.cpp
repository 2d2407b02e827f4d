#include "bench/latency.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <numeric>
#include <stdexcept>

namespace concord::bench {
namespace {

double nearest_rank(const std::vector<double>& sorted, double percent) {
  const auto rank = static_cast<std::size_t>(std::ceil(percent / 100.0 * sorted.size()));
  return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

}  // namespace

LatencySummary summarize(std::vector<double> samples_ms) {
  LatencySummary s;
  if (samples_ms.empty()) return s;
  std::sort(samples_ms.begin(), samples_ms.end());
  s.count = samples_ms.size();
  s.mean_ms = std::accumulate(samples_ms.begin(), samples_ms.end(), 0.0) / s.count;
  s.p50_ms = nearest_rank(samples_ms, 50);
  s.p95_ms = nearest_rank(samples_ms, 95);
  s.p99_ms = nearest_rank(samples_ms, 99);
  s.max_ms = samples_ms.back();
  return s;
}

nlohmann::json to_json(const LatencySummary& s) {
  return {{"count", s.count},   {"mean_ms", s.mean_ms}, {"p50_ms", s.p50_ms},
          {"p95_ms", s.p95_ms}, {"p99_ms", s.p99_ms},   {"max_ms", s.max_ms}};
}

std::vector<std::string> read_query_texts(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<std::string> texts;
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const auto object = nlohmann::json::parse(line, nullptr, false);
    if (!object.is_object() || !object.contains("text") || !object["text"].is_string()) {
      throw std::runtime_error(path + ": a line without a \"text\" string");
    }
    texts.push_back(object["text"].get<std::string>());
  }
  if (texts.empty()) throw std::runtime_error(path + ": no queries");
  return texts;
}

}  // namespace concord::bench
