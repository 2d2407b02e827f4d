#include "searchd/http/http_server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <iostream>

#include "searchd/http/handlers.h"
#include "searchd/http/http_errors.h"
#include "searchd/http/routes.h"

namespace concord::search {

namespace {

using Clock = std::chrono::steady_clock;
using HandlerResponse = httplib::Server::HandlerResponse;

// cpp-httplib runs a request's pre-routing hook, handler and logger on one worker thread. The
// logger resets it, so a request refused before routing (whose hook never ran) is not timed
// from an earlier one.
thread_local Clock::time_point request_started;

bool origin_allowed(const ServerConfig& config, const std::string& origin) {
  return std::find(config.cors_origins.begin(), config.cors_origins.end(), origin) !=
         config.cors_origins.end();
}

// Static files are revalidated on every use (Cache-Control: no-cache) so a deploy shows at once,
// and the ETag lets an unchanged file cost a 304 instead of its body. The tag hashes the content
// (FNV-1a), so it survives restarts and is the same on every replica.
std::string content_etag(const std::string& body) {
  std::uint64_t h = 1469598103934665603ULL;
  for (const unsigned char c : body) h = (h ^ c) * 1099511628211ULL;
  char tag[24];
  std::snprintf(tag, sizeof tag, "\"%016llx\"", static_cast<unsigned long long>(h));
  return tag;
}

// A request answered before routing leaves its body unread, and cpp-httplib would read that body
// as the next request on the connection: the answer closes the connection instead.
void close_if_body_unread(const Request& req, Response& res) {
  const bool sized =
      req.has_header("Content-Length") && req.get_header_value("Content-Length") != "0";
  if (sized || req.has_header("Transfer-Encoding")) res.set_header("Connection", "close");
}

// A path of the route table asked with a method none of its routes takes: 405 with the methods
// it does take. Checked before the body, so a PUT to a read-only path hears 405 rather than 411.
// Preflights (OPTIONS) are answered on every path, after this.
bool refuse_method(const Request& req, Response& res, bool preflight) {
  if (req.method == "OPTIONS" || find_route(req.method, req.path) != nullptr) return false;
  const std::string allow = allowed_methods(req.path, preflight);
  if (allow.empty()) return false;  // not a path of the table: a file, or a 404
  // The method is one cpp-httplib knows (it refuses others before this hook); the path is not
  // echoed, as it may not be UTF-8.
  send_error(res, make_error(ErrorCode::kMethodNotAllowed,
                             req.method + " is not allowed here; this path takes " + allow));
  res.set_header("Allow", allow);
  close_if_body_unread(req, res);
  return true;
}

// Runs before cpp-httplib reads a body. A body without a Content-Length (chunked, or until the
// connection closes) is refused: cpp-httplib 0.11 would read it into memory past
// max_body_bytes. A body with a Content-Length over the limit is left to cpp-httplib, which reads
// and discards it (in constant memory) and answers 413.
bool refuse_unbounded_body(const Request& req, Response& res) {
  const bool body_method = req.method == "POST" || req.method == "PUT" || req.method == "PATCH";
  if (!req.has_header("Transfer-Encoding") && (!body_method || req.has_header("Content-Length"))) {
    return false;
  }
  send_error(res, make_error(ErrorCode::kLengthRequired,
                             "send the request body with a Content-Length header"));
  close_if_body_unread(req, res);
  return true;
}

void log_request(const Request& req, const Response& res, double seconds) {
  char line[512];
  std::snprintf(line, sizeof line, "%s %s %s %d %zu %.2fms\n", req.remote_addr.c_str(),
                req.method.c_str(), req.path.substr(0, 200).c_str(), res.status, res.body.size(),
                seconds * 1000);
  std::clog << line;
}

// cpp-httplib answers with brotli whenever a client accepts it (browsers do), at quality 11:
// about 140 ms for an 8 KB search response on a 2-core machine, against under 5 ms with gzip.
// Hiding "br" from it keeps responses compressed without that cost. The request is the
// library's own mutable object; only its Accept-Encoding is touched.
void offer_gzip_only(Request& req) {
  auto [first, last] = req.headers.equal_range("Accept-Encoding");
  for (auto it = first; it != last; ++it) {
    if (it->second.find("br") == std::string::npos) continue;
    std::string kept;
    std::size_t start = 0;
    while (start <= it->second.size()) {
      std::size_t end = it->second.find(',', start);
      if (end == std::string::npos) end = it->second.size();
      std::string coding = it->second.substr(start, end - start);
      coding.erase(0, coding.find_first_not_of(' '));
      if (!coding.empty() && coding.find("br") == std::string::npos) {
        kept += (kept.empty() ? "" : ", ") + coding;
      }
      start = end + 1;
    }
    it->second = kept.empty() ? "identity" : kept;
  }
}

// Every request cpp-httplib could parse comes here first: timing, CORS headers, the refusals
// (a method the path does not take, a body without a length), then CORS preflights. Only
// configured origins get the CORS headers; a preflight from any other is refused.
HandlerResponse before_routing(const ServerConfig& config, const Request& req, Response& res) {
  request_started = Clock::now();
  offer_gzip_only(const_cast<Request&>(req));
  const std::string origin = req.get_header_value("Origin");
  const bool allowed = !origin.empty() && origin_allowed(config, origin);
  if (allowed) {
    res.set_header("Access-Control-Allow-Origin", origin);
    res.set_header("Vary", "Origin");
  }
  if (refuse_method(req, res, !config.cors_origins.empty())) return HandlerResponse::Handled;
  if (refuse_unbounded_body(req, res)) return HandlerResponse::Handled;
  if (req.method != "OPTIONS") return HandlerResponse::Unhandled;
  if (!allowed) {
    send_error(res, make_error(ErrorCode::kForbidden, "origin not allowed"));
    return HandlerResponse::Handled;
  }
  res.status = 204;
  res.set_header("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS");
  res.set_header("Access-Control-Allow-Headers", "Content-Type, Authorization");
  res.set_header("Access-Control-Max-Age", "600");
  return HandlerResponse::Handled;
}

// Fills in a JSON body for errors that no handler wrote (unknown routes, 413, 400 from the
// parser); a body already written by a handler is left as it is.
HandlerResponse fill_error_body(const Request&, Response& res) {
  if (!res.body.empty()) return HandlerResponse::Unhandled;
  const ErrorCode code = res.status == 404   ? ErrorCode::kNotFound
                         : res.status == 413 ? ErrorCode::kPayloadTooLarge
                                             : ErrorCode::kInvalidParameter;
  const std::string message = res.status == 404 ? "no such resource"
                              : res.status == 413
                                  ? "request body too large"
                                  : "bad request (" + std::to_string(res.status) + ")";
  const int status = res.status;
  send_error(res, make_error(code, message));
  if (status >= 400) res.status = status;
  return HandlerResponse::Handled;
}

void answer_exception(const Request&, Response& res, std::exception_ptr ep) {
  std::string what = "unknown error";
  try {
    std::rethrow_exception(ep);
  } catch (const std::exception& e) {
    what = e.what();
  } catch (...) {
  }
  std::cerr << "concord-searchd: internal error: " << what << "\n";
  send_error(res, make_error(ErrorCode::kInternal, "internal error"));
}

void serve_web_folder(httplib::Server& server, const std::string& folder) {
  server.set_mount_point("/", folder, {{"Cache-Control", "no-cache"}});
  for (const auto& [ext, type] : {std::pair{"html", "text/html; charset=utf-8"},
                                  {"js", "text/javascript; charset=utf-8"},
                                  {"css", "text/css; charset=utf-8"},
                                  {"json", "application/json"},
                                  {"svg", "image/svg+xml"}}) {
    server.set_file_extension_and_mimetype_mapping(ext, type);
  }
  server.set_file_request_handler([](const Request& req, Response& res) {
    const std::string etag = content_etag(res.body);
    res.set_header("ETag", etag);
    if (req.get_header_value("If-None-Match") == etag) {
      res.status = 304;
      res.body.clear();
    }
  });
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
  // On every answer, static files and errors included. The widget embeds as a script, never as
  // a frame, so no page of ours may be framed (clickjacking).
  server_->set_default_headers(
      {{"X-Content-Type-Options", "nosniff"},
       {"Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'"},
       {"Referrer-Policy", "no-referrer"},
       {"X-Frame-Options", "DENY"}});
  register_routes();
  register_hooks();
}

HttpServer::~HttpServer() = default;

// Every route of the table (routes.h), each bound to the services.
void HttpServer::register_routes() {
  Services& services = *services_;
  for (const Route& route : routes()) {
    auto handler = [&services, handle = route.handler](const Request& req, Response& res) {
      handle(services, req, res);
    };
    const std::string pattern = path_regex(route.path);
    if (route.method == "GET") {
      server_->Get(pattern, handler);
    } else if (route.method == "POST") {
      server_->Post(pattern, handler);
    } else if (route.method == "PUT") {
      server_->Put(pattern, handler);
    } else if (route.method == "DELETE") {
      server_->Delete(pattern, handler);
    }
  }
  if (!config_.web_dir.empty()) serve_web_folder(*server_, config_.web_dir);
}

void HttpServer::register_hooks() {
  const ServerConfig& config = config_;
  server_->set_pre_routing_handler(
      [&config](const Request& req, Response& res) { return before_routing(config, req, res); });
  server_->set_error_handler(httplib::Server::HandlerWithResponse(fill_error_body));
  server_->set_exception_handler(answer_exception);
  Metrics& metrics = metrics_;
  const bool access_log = config_.access_log;
  server_->set_logger([&metrics, access_log](const Request& req, const Response& res) {
    const double seconds =
        request_started == Clock::time_point{}
            ? 0
            : std::chrono::duration<double>(Clock::now() - request_started).count();
    request_started = {};
    metrics.observe(metrics_label(req.method, req.path, res.status), res.status, seconds);
    if (access_log) log_request(req, res, seconds);
  });
}

Result<int> HttpServer::bind() {
  // Debian's cpp-httplib listens with a backlog of 5: a burst of new connections (a page's
  // parallel requests, a load balancer reconnecting) overflowed it, and the kernel dropped
  // requests the clients had already sent (the sustained-load run lost writes that way). Linux
  // takes a second listen() on the socket as a new backlog, so the socket is kept for it.
  int listening = -1;
  server_->set_socket_options([&listening](socket_t sock) {
    httplib::default_socket_options(sock);
    listening = sock;
  });
  const int port = config_.port == 0
                       ? server_->bind_to_any_port(config_.host)
                       : (server_->bind_to_port(config_.host, config_.port) ? config_.port : -1);
  if (port < 0) {
    server_->set_socket_options(httplib::default_socket_options);
    return make_error(ErrorCode::kIoError,
                      "cannot listen on " + config_.host + ":" + std::to_string(config_.port));
  }
  server_->set_socket_options(httplib::default_socket_options);
  if (listening >= 0) ::listen(listening, SOMAXCONN);
  return port;
}

void HttpServer::run() {
  server_->listen_after_bind();
}

void HttpServer::stop() {
  server_->stop();
}

}  // namespace concord::search
