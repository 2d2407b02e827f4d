// The HTTP layer: the routes of routes.h, limits, headers, CORS, logging and metrics around an
// Engine.
#pragma once

#include <memory>

#include "indexer/live_writer.h"
#include "indexer/result.h"
#include "searchd/engine.h"
#include "searchd/http/metrics.h"
#include "searchd/http/server_config.h"

namespace httplib {
class Server;
}

namespace concord::search {

struct Services;

class HttpServer {
 public:
  /// `writer` may be null: the write API then answers 403.
  HttpServer(Engine& engine, indexer::LiveWriter* writer, const ServerConfig& config);
  ~HttpServer();

  /// Binds the configured address; returns the port, which tells a free port when 0 was asked.
  Result<int> bind();
  /// Serves until stop(); requests in flight finish first.
  void run();
  void stop();

 private:
  void register_routes();
  void register_hooks();

  ServerConfig config_;
  Metrics metrics_;
  std::unique_ptr<Services> services_;
  std::unique_ptr<httplib::Server> server_;
};

}  // namespace concord::search
