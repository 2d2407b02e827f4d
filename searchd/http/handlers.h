// The HTTP handlers, one per route; routes.cpp lists them all in one table.
#pragma once

#include <httplib.h>

#include <nlohmann/json.hpp>

#include "indexer/live_writer.h"
#include "searchd/engine.h"
#include "searchd/http/metrics.h"
#include "searchd/http/server_config.h"

namespace concord::search {

/// What handlers may use; the writer is null when the write API is off.
struct Services {
  Engine& engine;
  indexer::LiveWriter* writer;
  Metrics& metrics;
  const ServerConfig& config;
};

using Request = httplib::Request;
using Response = httplib::Response;

void send_json(Response& res, const nlohmann::json& body, int status = 200);

void handle_search_get(Services& services, const Request& req, Response& res);
void handle_search_post(Services& services, const Request& req, Response& res);
void handle_document(Services& services, const Request& req, Response& res);
void handle_analyze(Services& services, const Request& req, Response& res);
void handle_themes(Services& services, const Request& req, Response& res);
void handle_fields(Services& services, const Request& req, Response& res);
void handle_health(Services& services, const Request& req, Response& res);
void handle_ready(Services& services, const Request& req, Response& res);
void handle_metrics(Services& services, const Request& req, Response& res);
void handle_put_documents(Services& services, const Request& req, Response& res);
void handle_delete_document(Services& services, const Request& req, Response& res);
void handle_similar(Services& services, const Request& req, Response& res);
void handle_match(Services& services, const Request& req, Response& res);
void handle_suggest(Services& services, const Request& req, Response& res);
void handle_openapi(Services& services, const Request& req, Response& res);

}  // namespace concord::search
