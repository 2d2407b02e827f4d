// Handlers for operators: liveness, readiness and metrics.
#include <chrono>
#include <filesystem>

#include "indexer/index_location.h"
#include "searchd/http/handlers.h"
#include "searchd/http/http_errors.h"
#include "searchd/http/wire/json_encoder.h"

namespace concord::search {
namespace {

// Seconds since the index last changed: the writer's last commit, or else the time the live
// generation's folder last changed (a build or a commit by another process).
double last_commit_age(Services& services) {
  using namespace std::chrono;
  if (services.writer != nullptr) {
    return duration<double>(system_clock::now() - services.writer->last_commit_time()).count();
  }
  auto live = indexer::resolve_live(services.config.index_path);
  if (!live) return 0;
  std::error_code ec;
  const auto changed = std::filesystem::last_write_time(*live, ec);
  if (ec) return 0;
  return duration<double>(std::filesystem::file_time_type::clock::now() - changed).count();
}

}  // namespace

void handle_ready(Services& services, const Request&, Response& res) {
  auto status = services.engine.status();
  if (!status) return send_error(res, status.error());
  nlohmann::json body = encode_status(*status);
  body["status"] = "ready";
  if (services.writer != nullptr) {
    const auto error = services.writer->last_error();
    body["writer"] = error ? "failing: " + error->message : "ok";
  }
  send_json(res, body);
}

void handle_metrics(Services& services, const Request&, Response& res) {
  Gauges gauges;
  if (auto status = services.engine.status()) gauges.documents = status->documents;
  gauges.last_commit_age_seconds = last_commit_age(services);
  gauges.write_queue_depth = services.writer ? services.writer->queue_depth() : 0;
  res.set_content(services.metrics.render(gauges), "text/plain; version=0.0.4");
}

}  // namespace concord::search
