// Request counters and latency histograms, rendered in Prometheus text format.
#pragma once

#include <cstddef>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord::search {

/// Values read at scrape time.
struct Gauges {
  std::size_t documents = 0;
  double last_commit_age_seconds = 0;
  std::size_t write_queue_depth = 0;
};

/// Thread-safe. Routes are labels from the route table (routes.h), never a request's own method
/// or path, so the number of series stays bounded whatever clients send.
class Metrics {
 public:
  void observe(std::string_view route, int status, double seconds);
  std::string render(const Gauges& gauges) const;

 private:
  struct Histogram {
    std::vector<std::size_t> buckets;  // cumulative counts are computed when rendering
    double sum = 0;
    std::size_t count = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, std::size_t> requests_;
  std::map<std::pair<std::string, int>, Histogram> latency_;
};

}  // namespace concord::search
