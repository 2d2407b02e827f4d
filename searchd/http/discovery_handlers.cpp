// Handlers of the discovery endpoints: similar documents, matchmaking, suggestions, OpenAPI.
#include <algorithm>
#include <charconv>

#include "analyzers/language_tag.h"
#include "searchd/http/handlers.h"
#include "searchd/http/http_errors.h"
#include "searchd/http/openapi.h"
#include "searchd/http/wire/discovery_decoder.h"
#include "searchd/http/wire/discovery_encoder.h"
#include "searchd/http/wire/request_decoder.h"

namespace concord::search {

void handle_similar(Services& services, const Request& req, Response& res) {
  Params params(req.params.begin(), req.params.end());
  // Similar documents are found across languages unless the caller says otherwise.
  const bool xlang_given =
      std::any_of(params.begin(), params.end(), [](const auto& p) { return p.first == "xlang"; });
  auto options = decode_search_request(params);
  if (!options) return send_error(res, options.error());
  if (!xlang_given) options->xlang = true;
  auto response = services.engine.similar({req.matches[1].str(), *options});
  if (!response) return send_error(res, response.error());
  send_json(res, encode_similar_response(*response));
}

void handle_match(Services& services, const Request& req, Response& res) {
  auto body = decode_json_body(req.body);
  if (!body) return send_error(res, body.error());
  auto request = decode_match_request(*body);
  if (!request) return send_error(res, request.error());
  auto response = services.engine.match(*request);
  if (!response) return send_error(res, response.error());
  send_json(res, encode_match_response(*response));
}

void handle_suggest(Services& services, const Request& req, Response& res) {
  const std::string q = req.get_param_value("q");
  if (!is_valid_utf8(q)) {
    return send_error(res, make_error(ErrorCode::kInvalidParameter, "q: not valid UTF-8", "q"));
  }
  int limit = 8;
  if (req.has_param("limit")) {
    const std::string value = req.get_param_value("limit");
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), limit);
    if (ec != std::errc() || end != value.data() + value.size()) {
      return send_error(
          res, make_error(ErrorCode::kInvalidParameter, "limit: must be a whole number", "limit"));
    }
  }
  const std::string ui_lang =
      analyzers::primary_language(req.has_param("ui_lang") ? req.get_param_value("ui_lang") : "en");
  auto suggestions = services.engine.suggest(q, ui_lang, limit);
  if (!suggestions) return send_error(res, suggestions.error());
  send_json(res, encode_suggestions(q, *suggestions));
}

void handle_openapi(Services&, const Request&, Response& res) {
  res.status = 200;
  res.set_content(served_openapi_document(), "application/json");
}

}  // namespace concord::search
