// Handlers of the read API: decode, call the engine, encode.
#include <httplib.h>

#include <algorithm>

#include "analyzers/language_tag.h"
#include "searchd/http/handlers.h"
#include "searchd/http/http_errors.h"
#include "searchd/http/wire/json_encoder.h"
#include "searchd/http/wire/request_decoder.h"

namespace concord::search {

void send_json(Response& res, const nlohmann::json& body, int status) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json");
}

namespace {

// A theme filter names themes of the index's catalog; any other id is a mistake, not a filter
// that matches nothing.
Result<Ok> check_theme_filter(Engine& engine, const SearchRequest& request) {
  const auto filter = request.filters.find("theme");
  if (filter == request.filters.end()) return Ok{};
  auto themes = engine.themes();
  if (!themes) return themes.error();
  if (themes->empty()) return Ok{};  // an index built without a catalog checks no theme ids
  for (const std::string& id : filter->second) {
    const bool known = std::any_of(themes->begin(), themes->end(),
                                   [&](const indexer::Theme& theme) { return theme.id == id; });
    if (!known) {
      return make_error(ErrorCode::kInvalidParameter, "theme: unknown theme \"" + id + "\"",
                        "theme");
    }
  }
  return Ok{};
}

void search(Engine& engine, const Params& params, httplib::Response& res) {
  auto request = decode_search_request(params);
  if (!request) return send_error(res, request.error());
  if (auto known = check_theme_filter(engine, *request); !known) {
    return send_error(res, known.error());
  }
  auto response = engine.search(*request);
  if (!response) return send_error(res, response.error());
  send_json(res, encode_search_response(*response));
}

}  // namespace

void handle_search_get(Services& services, const httplib::Request& req, httplib::Response& res) {
  search(services.engine, Params(req.params.begin(), req.params.end()), res);
}

void handle_search_post(Services& services, const httplib::Request& req, httplib::Response& res) {
  auto body = decode_json_body(req.body);
  if (!body) return send_error(res, body.error());
  auto params = params_from_json(*body);
  if (!params) return send_error(res, params.error());
  search(services.engine, *params, res);
}

void handle_document(Services& services, const httplib::Request& req, httplib::Response& res) {
  auto document = services.engine.document(req.matches[1].str());
  if (!document) return send_error(res, document.error());
  send_json(res, *document);
}

void handle_analyze(Services& services, const httplib::Request& req, httplib::Response& res) {
  auto parsed = decode_json_body(req.body);
  if (!parsed) return send_error(res, parsed.error());
  const nlohmann::json& body = *parsed;
  if (!body.is_object() || !body.contains("text") || !body["text"].is_string() ||
      (body.contains("lang") && !body["lang"].is_string())) {
    return send_error(res, make_error(ErrorCode::kInvalidParameter,
                                      "body must be {\"text\": string, \"lang\": string}"));
  }
  auto analysis = services.engine.analyze(body["text"].get<std::string>(), body.value("lang", ""));
  if (!analysis) return send_error(res, analysis.error());
  send_json(res, encode_analysis(*analysis));
}

void handle_themes(Services& services, const httplib::Request&, httplib::Response& res) {
  auto themes = services.engine.themes();
  if (!themes) return send_error(res, themes.error());
  send_json(res, encode_themes(*themes));
}

void handle_fields(Services& services, const httplib::Request& req, httplib::Response& res) {
  const std::string ui_lang =
      analyzers::primary_language(req.has_param("ui_lang") ? req.get_param_value("ui_lang") : "en");
  if (!analyzers::is_language_code(ui_lang)) {
    return send_error(res,
                      make_error(ErrorCode::kInvalidParameter,
                                 "ui_lang: must be a language code such as \"fr\"", "ui_lang"));
  }
  auto fields = services.engine.fields(ui_lang);
  if (!fields) return send_error(res, fields.error());
  send_json(res, encode_fields(*fields));
}

void handle_health(Services& services, const httplib::Request&, httplib::Response& res) {
  // Alive means answering; readiness (an index open, its schema accepted) is /readyz.
  nlohmann::json body = {{"status", "ok"}};
  if (auto status = services.engine.status()) body = encode_status(*status);
  send_json(res, body);
}

}  // namespace concord::search
