#include "searchd/http_server.h"

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>

#include "searchd/handlers.h"
#include "searchd/http_errors.h"

namespace concord::search {

namespace {

using Clock = std::chrono::steady_clock;

// cpp-httplib runs a request's pre-routing hook, handler and logger on one worker thread.
thread_local Clock::time_point request_started;

bool origin_allowed(const ServerConfig& config, const std::string& origin) {
  return std::find(config.cors_origins.begin(), config.cors_origins.end(), origin) !=
         config.cors_origins.end();
}

void log_request(const Request& req, const Response& res, double seconds) {
  char line[512];
  std::snprintf(line, sizeof line, "%s %s %s %d %zu %.2fms\n", req.remote_addr.c_str(),
                req.method.c_str(), req.path.substr(0, 200).c_str(), res.status, res.body.size(),
                seconds * 1000);
  std::clog << line;
}

}  // namespace

HttpServer::HttpServer(Engine& engine, indexer::LiveWriter* writer, const ServerConfig& config)
    : config_(config),
      services_(std::make_unique<Services>(Services{engine, writer, metrics_, config_})),
      server_(std::make_unique<httplib::Server>()) {
  const int threads = config_.threads;
  server_->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server_->set_tcp_nodelay(true);
  server_->set_keep_alive_max_count(1000);
  server_->set_keep_alive_timeout(5);
  server_->set_read_timeout(config_.read_timeout_seconds);
  server_->set_write_timeout(config_.read_timeout_seconds);
  server_->set_payload_max_length(config_.max_body_bytes);
  server_->set_default_headers({{"X-Content-Type-Options", "nosniff"},
                                {"Content-Security-Policy", "default-src 'self'"},
                                {"Referrer-Policy", "no-referrer"}});
  register_routes();
  register_hooks();
}

HttpServer::~HttpServer() = default;

void HttpServer::register_routes() {
  Services& services = *services_;
  auto bound = [&services](auto handler) {
    return [&services, handler](const Request& req, Response& res) { handler(services, req, res); };
  };
  server_->Get("/v1/search", bound(handle_search_get));
  server_->Post("/v1/search", bound(handle_search_post));
  server_->Get(R"(/v1/documents/([^/]+))", bound(handle_document));
  server_->Put("/v1/documents", bound(handle_put_documents));
  server_->Delete(R"(/v1/documents/([^/]+))", bound(handle_delete_document));
  server_->Get("/v1/themes", bound(handle_themes));
  server_->Post("/v1/analyze", bound(handle_analyze));
  server_->Get("/healthz", bound(handle_health));
  server_->Get("/readyz", bound(handle_ready));
  server_->Get("/metrics", bound(handle_metrics));
  server_->Get(R"(/v1/documents/([^/]+)/similar)", bound(handle_similar));
  server_->Post("/v1/match", bound(handle_match));
  server_->Get("/v1/suggest", bound(handle_suggest));
  server_->Get("/v1/openapi.json", bound(handle_openapi));
  if (!config_.web_dir.empty()) {
    server_->set_mount_point("/", config_.web_dir, {{"Cache-Control", "no-cache"}});
  }
}

void HttpServer::register_hooks() {
  const ServerConfig& config = config_;
  // CORS: only configured origins get the headers; a preflight from any other is refused.
  server_->set_pre_routing_handler([&config](const Request& req, Response& res) {
    request_started = Clock::now();
    const std::string origin = req.get_header_value("Origin");
    const bool allowed = !origin.empty() && origin_allowed(config, origin);
    if (allowed) {
      res.set_header("Access-Control-Allow-Origin", origin);
      res.set_header("Vary", "Origin");
    }
    if (req.method != "OPTIONS") return httplib::Server::HandlerResponse::Unhandled;
    if (!allowed) {
      send_error(res, make_error(ErrorCode::kForbidden, "origin not allowed"));
      return httplib::Server::HandlerResponse::Handled;
    }
    res.status = 204;
    res.set_header("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS");
    res.set_header("Access-Control-Allow-Headers", "Content-Type, Authorization");
    res.set_header("Access-Control-Max-Age", "600");
    return httplib::Server::HandlerResponse::Handled;
  });

  // Fill in a JSON body for errors that no handler wrote (unknown routes, 413, 400 from the
  // parser); a body already written by a handler is left as it is.
  server_->set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&,
                                                                     httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    const ErrorCode code = res.status == 404 ? ErrorCode::kNotFound : ErrorCode::kInvalidParameter;
    const std::string message = res.status == 404 ? "no such resource"
                                : res.status == 413
                                    ? "request body too large"
                                    : "bad request (" + std::to_string(res.status) + ")";
    const int status = res.status;
    send_error(res, make_error(code, message));
    if (status >= 400) res.status = status;
    return httplib::Server::HandlerResponse::Handled;
  }));
  server_->set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "unknown error";
        try {
          std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        std::cerr << "concord-searchd: internal error: " << what << "\n";
        send_error(res, make_error(ErrorCode::kInternal, "internal error"));
      });
  Metrics& metrics = metrics_;
  const bool access_log = config_.access_log;
  server_->set_logger([&metrics, access_log](const Request& req, const Response& res) {
    const double seconds = std::chrono::duration<double>(Clock::now() - request_started).count();
    metrics.observe(Metrics::route_of(req.method, req.path), res.status, seconds);
    if (access_log) log_request(req, res, seconds);
  });
}

Result<int> HttpServer::bind() {
  const int port = config_.port == 0
                       ? server_->bind_to_any_port(config_.host)
                       : (server_->bind_to_port(config_.host, config_.port) ? config_.port : -1);
  if (port < 0) {
    return make_error(ErrorCode::kIoError,
                      "cannot listen on " + config_.host + ":" + std::to_string(config_.port));
  }
  return port;
}

void HttpServer::run() {
  server_->listen_after_bind();
}

void HttpServer::stop() {
  server_->stop();
}

}  // namespace concord::search
