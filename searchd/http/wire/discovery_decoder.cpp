#include "searchd/http/wire/discovery_decoder.h"

#include <algorithm>

#include "analyzers/language_tag.h"
#include "searchd/http/wire/request_decoder.h"

namespace concord::search {
namespace {

Error bad(const std::string& field, const std::string& message) {
  return make_error(ErrorCode::kInvalidParameter, field + ": " + message, field);
}

Result<std::string> optional_string(const nlohmann::json& body, const char* name,
                                    std::string fallback) {
  auto it = body.find(name);
  if (it == body.end() || it->is_null()) return fallback;
  if (!it->is_string()) return bad(name, "must be a string");
  return it->get<std::string>();
}

}  // namespace

Result<MatchRequest> decode_match_request(const nlohmann::json& body) {
  if (!body.is_object()) return bad("body", "must be a JSON object");
  MatchRequest request;
  auto text = body.find("text");
  if (text == body.end() || !text->is_string()) return bad("text", "required string");
  request.text = text->get<std::string>();
  if (!is_valid_utf8(request.text)) return bad("text", "is not valid UTF-8");
  auto lang = optional_string(body, "lang", "");
  if (!lang) return lang.error();
  request.lang = analyzers::primary_language(*lang);  // pt-BR is analysed as pt
  if (!lang->empty() && !analyzers::is_language_code(request.lang)) {
    return bad("lang", "want a language code such as \"fr\"");
  }
  auto ui_lang = optional_string(body, "ui_lang", "en");
  if (!ui_lang) return ui_lang.error();
  request.ui_lang = analyzers::primary_language(*ui_lang);
  if (auto it = body.find("per_group"); it != body.end() && !it->is_null()) {
    if (!it->is_number_integer()) return bad("per_group", "must be a whole number");
    const auto n = it->get<long long>();
    if (n < 1 || n > kMaxPerGroup) {
      return bad("per_group", "must be between 1 and " + std::to_string(kMaxPerGroup));
    }
    request.per_group = static_cast<int>(n);
  }
  if (auto it = body.find("filters"); it != body.end() && !it->is_null()) {
    if (!it->is_object()) return bad("filters", "must be an object of value lists");
    for (const auto& [name, values] : it->items()) {
      std::vector<std::string>& out = request.filters[name];
      if (values.is_string()) {
        out.push_back(values.get<std::string>());
        continue;
      }
      if (!values.is_array()) return bad("filters." + name, "must be a list of strings");
      for (const auto& v : values) {
        if (!v.is_string()) return bad("filters." + name, "must be a list of strings");
        out.push_back(v.get<std::string>());
      }
    }
  }
  return request;
}

}  // namespace concord::search
