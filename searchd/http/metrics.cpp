#include "searchd/http/metrics.h"

#include <array>
#include <cstdio>

namespace concord::search {
namespace {

constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                             0.05,   0.1,   0.25,   0.5,   1,    5};

std::string format_double(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", v);
  return buffer;
}

}  // namespace

void Metrics::observe(std::string_view route, int status, double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{std::string(route), status}];
  Histogram& h = latency_[{std::string(route), status}];
  if (h.buckets.empty()) h.buckets.assign(kBuckets.size(), 0);
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) {
      ++h.buckets[i];
      break;
    }
  }
  h.sum += seconds;
  ++h.count;
}

std::string Metrics::render(const Gauges& gauges) const {
  std::string out;
  out += "# HELP concord_http_requests_total HTTP requests by route and status.\n";
  out += "# TYPE concord_http_requests_total counter\n";
  std::lock_guard lock(mutex_);
  for (const auto& [key, count] : requests_) {
    out += "concord_http_requests_total{route=\"" + key.first + "\",status=\"" +
           std::to_string(key.second) + "\"} " + std::to_string(count) + "\n";
  }
  out +=
      "# HELP concord_http_request_duration_seconds Time to answer a request, by route and "
      "status.\n";
  out += "# TYPE concord_http_request_duration_seconds histogram\n";
  for (const auto& [key, h] : latency_) {
    std::size_t cumulative = 0;
    const std::string labels =
        "route=\"" + key.first + "\",status=\"" + std::to_string(key.second) + "\"";
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      cumulative += h.buckets[i];
      out += "concord_http_request_duration_seconds_bucket{" + labels + ",le=\"" +
             format_double(kBuckets[i]) + "\"} " + std::to_string(cumulative) + "\n";
    }
    out += "concord_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} " +
           std::to_string(h.count) + "\n";
    out +=
        "concord_http_request_duration_seconds_sum{" + labels + "} " + format_double(h.sum) + "\n";
    out += "concord_http_request_duration_seconds_count{" + labels + "} " +
           std::to_string(h.count) + "\n";
  }
  out += "# HELP concord_index_documents Documents in the live index.\n";
  out += "# TYPE concord_index_documents gauge\n";
  out += "concord_index_documents " + std::to_string(gauges.documents) + "\n";
  out += "# HELP concord_index_last_commit_age_seconds Seconds since the index last changed.\n";
  out += "# TYPE concord_index_last_commit_age_seconds gauge\n";
  out += "concord_index_last_commit_age_seconds " + format_double(gauges.last_commit_age_seconds) +
         "\n";
  out += "# HELP concord_write_queue_depth Changes accepted but not yet applied.\n";
  out += "# TYPE concord_write_queue_depth gauge\n";
  out += "concord_write_queue_depth " + std::to_string(gauges.write_queue_depth) + "\n";
  return out;
}

}  // namespace concord::search
