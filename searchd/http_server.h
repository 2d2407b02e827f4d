// The HTTP layer: routes, limits and headers around an Engine.
#pragma once

#include <memory>

#include "indexer/result.h"
#include "searchd/engine.h"
#include "searchd/server_config.h"

namespace httplib {
class Server;
}

namespace concord::search {

class HttpServer {
 public:
  HttpServer(Engine& engine, const ServerConfig& config);
  ~HttpServer();

  /// Binds the configured address; returns the port, which tells a free port when 0 was asked.
  Result<int> bind();
  /// Serves until stop(); requests in flight finish first.
  void run();
  void stop();

 private:
  void register_routes();

  Engine& engine_;
  ServerConfig config_;
  std::unique_ptr<httplib::Server> server_;
};

}  // namespace concord::search
