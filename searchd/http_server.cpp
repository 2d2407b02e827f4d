#include "searchd/http_server.h"

#include <httplib.h>

#include <iostream>

#include "searchd/http_errors.h"
#include "searchd/json_encoder.h"
#include "searchd/request_decoder.h"

namespace concord::search {
namespace {

void send_json(httplib::Response& res, const nlohmann::json& body) {
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json");
}

void search(Engine& engine, const Params& params, httplib::Response& res) {
  auto request = decode_search_request(params);
  if (!request) return send_error(res, request.error());
  auto response = engine.search(*request);
  if (!response) return send_error(res, response.error());
  send_json(res, encode_search_response(*response));
}

void handle_search_get(Engine& engine, const httplib::Request& req, httplib::Response& res) {
  search(engine, Params(req.params.begin(), req.params.end()), res);
}

void handle_search_post(Engine& engine, const httplib::Request& req, httplib::Response& res) {
  const nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
  if (body.is_discarded()) {
    return send_error(res, make_error(ErrorCode::kInvalidParameter, "body is not valid JSON"));
  }
  auto params = params_from_json(body);
  if (!params) return send_error(res, params.error());
  search(engine, *params, res);
}

void handle_document(Engine& engine, const httplib::Request& req, httplib::Response& res) {
  auto document = engine.document(req.matches[1].str());
  if (!document) return send_error(res, document.error());
  send_json(res, *document);
}

void handle_analyze(Engine& engine, const httplib::Request& req, httplib::Response& res) {
  const nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
  if (!body.is_object() || !body.contains("text") || !body["text"].is_string() ||
      (body.contains("lang") && !body["lang"].is_string())) {
    return send_error(res, make_error(ErrorCode::kInvalidParameter,
                                      "body must be {\"text\": string, \"lang\": string}"));
  }
  auto analysis = engine.analyze(body["text"].get<std::string>(), body.value("lang", ""));
  if (!analysis) return send_error(res, analysis.error());
  send_json(res, encode_analysis(*analysis));
}

void handle_themes(Engine& engine, const httplib::Request&, httplib::Response& res) {
  auto themes = engine.themes();
  if (!themes) return send_error(res, themes.error());
  send_json(res, encode_themes(*themes));
}

void handle_health(Engine& engine, const httplib::Request&, httplib::Response& res) {
  auto status = engine.status();
  if (!status) return send_error(res, status.error());
  send_json(res, encode_status(*status));
}

}  // namespace

HttpServer::HttpServer(Engine& engine, const ServerConfig& config)
    : engine_(engine), config_(config), server_(std::make_unique<httplib::Server>()) {
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
}

HttpServer::~HttpServer() = default;

void HttpServer::register_routes() {
  Engine& engine = engine_;
  auto bound = [&engine](auto handler) {
    return [&engine, handler](const httplib::Request& req, httplib::Response& res) {
      handler(engine, req, res);
    };
  };
  server_->Get("/v1/search", bound(handle_search_get));
  server_->Post("/v1/search", bound(handle_search_post));
  server_->Get(R"(/v1/documents/([^/]+))", bound(handle_document));
  server_->Get("/v1/themes", bound(handle_themes));
  server_->Post("/v1/analyze", bound(handle_analyze));
  server_->Get("/healthz", bound(handle_health));
  if (!config_.web_dir.empty()) {
    server_->set_mount_point("/", config_.web_dir, {{"Cache-Control", "no-cache"}});
  }

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
  server_->set_logger([](const httplib::Request& req, const httplib::Response& res) {
    std::clog << req.method << ' ' << req.path << ' ' << res.status << ' ' << res.body.size()
              << '\n';
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
