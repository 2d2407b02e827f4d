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

/// Thread-safe. Routes are patterns ("/v1/documents/{id}"), never raw paths, so the number of
/// series stays bounded whatever clients send.
class Metrics {
 public:
  void observe(std::string_view route, int status, double seconds);
  std::string render(const Gauges& gauges) const;

  /// The route pattern of a request path.
  static std::string route_of(std::string_view method, std::string_view path);

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
