#include "searchd/http/wire/request_decoder.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <set>

#include "analyzers/language_tag.h"
#include "indexer/json_limits.h"
#include "indexer/schema.h"
#include "searchd/query/filter_values.h"

namespace concord::search {
namespace {

constexpr std::size_t kMaxQueryBytes = 4096;
// Each word becomes a few query terms, and a query's cost grows with its terms: a limit keeps
// every query fast. Far above what people type or paste into a search box.
constexpr std::size_t kMaxQueryWords = 256;

std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

Error bad(const std::string& param, const std::string& message) {
  return make_error(ErrorCode::kInvalidParameter, param + ": " + message, param);
}

Result<int> parse_int(const std::string& param, const std::string& value, int min, int max) {
  int n = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || end != value.data() + value.size()) {
    return bad(param, "must be a whole number");
  }
  if (n < min || n > max) {
    return bad(param, "must be between " + std::to_string(min) + " and " + std::to_string(max));
  }
  return n;
}

// YYYY-MM-DD or YYYY → YYYYMMDD; a bare year means its first or last day.
Result<std::string> parse_date(const std::string& param, const std::string& value, bool end) {
  auto digits = [&](std::size_t from, std::size_t n) {
    return std::all_of(value.begin() + static_cast<long>(from),
                       value.begin() + static_cast<long>(from + n),
                       [](char c) { return c >= '0' && c <= '9'; });
  };
  if (value.size() == 4 && digits(0, 4)) return value + (end ? "1231" : "0101");
  if (value.size() == 10 && digits(0, 4) && value[4] == '-' && digits(5, 2) && value[7] == '-' &&
      digits(8, 2)) {
    const std::chrono::year_month_day ymd{
        std::chrono::year(std::stoi(value.substr(0, 4))),
        std::chrono::month(static_cast<unsigned>(std::stoi(value.substr(5, 2)))),
        std::chrono::day(static_cast<unsigned>(std::stoi(value.substr(8, 2))))};
    if (!ymd.ok()) return bad(param, "is not a calendar date");
    return value.substr(0, 4) + value.substr(5, 2) + value.substr(8, 2);
  }
  return bad(param, "must be a date YYYY-MM-DD or a year YYYY");
}

Result<Ok> apply_query(SearchRequest& r, const std::string& key, const std::string& value) {
  if (value.size() > kMaxQueryBytes) return bad(key, "longer than 4096 bytes");
  if (count_words(value) > kMaxQueryWords) {
    return bad(key, "more than " + std::to_string(kMaxQueryWords) + " words");
  }
  r.q = value;
  return Ok{};
}

Result<Ok> apply_sort(SearchRequest& r, const std::string& key, const std::string& value) {
  if (value == "relevance") {
    r.sort = Sort::kRelevance;
  } else if (value == "date") {
    r.sort = Sort::kDateAscending;
  } else if (value == "-date") {
    r.sort = Sort::kDateDescending;
  } else {
    return bad(key, "must be relevance, date or -date");
  }
  return Ok{};
}

// A comma list of fields of schema::kFields, each once.
Result<Ok> apply_facets(SearchRequest& r, const std::string& key, const std::string& value) {
  r.facets.clear();
  std::size_t start = 0;
  while (start <= value.size() && !value.empty()) {
    std::size_t end = std::min(value.find(',', start), value.size());
    std::string field = value.substr(start, end - start);
    if (indexer::schema::find_field(field) == nullptr) {
      return bad(key, "unknown facet \"" + field + "\"");
    }
    if (std::find(r.facets.begin(), r.facets.end(), field) == r.facets.end()) {
      r.facets.push_back(field);
    }
    start = end + 1;
  }
  return Ok{};
}

Result<Ok> apply_ui_lang(SearchRequest& r, const std::string& key, const std::string& value) {
  // Only code-shaped values: each distinct language keeps an analyzer alive per thread.
  std::string primary = analyzers::primary_language(value);
  if (!analyzers::is_language_code(primary)) {
    return bad(key, "must be a language code such as \"fr\" or \"zh-Hant\"");
  }
  r.ui_lang = primary;
  return Ok{};
}

Result<Ok> apply_flag(SearchRequest& r, const std::string& key, const std::string& value) {
  if (value != "true" && value != "1" && value != "false" && value != "0") {
    return bad(key, "must be true or false");
  }
  (key == "highlight" ? r.highlight
   : key == "xlang"   ? r.xlang
                      : r.group) = value == "true" || value == "1";
  return Ok{};
}

Result<Ok> apply_single(SearchRequest& r, const std::string& key, const std::string& value) {
  if (key == "q") return apply_query(r, key, value);
  if (key == "sort") return apply_sort(r, key, value);
  if (key == "facets") return apply_facets(r, key, value);
  if (key == "ui_lang") return apply_ui_lang(r, key, value);
  if (key == "highlight" || key == "xlang" || key == "group") return apply_flag(r, key, value);
  if (key == "page" || key == "per_page") {
    auto n = parse_int(key, value, 1, key == "page" ? kMaxResultWindow : kMaxPerPage);
    if (!n) return n.error();
    (key == "page" ? r.page : r.per_page) = *n;
    return Ok{};
  }
  if (key == "date_from" || key == "date_to") {
    auto date = parse_date(key, value, key == "date_to");
    if (!date) return date.error();
    (key == "date_from" ? r.date_from : r.date_to) = *date;
    return Ok{};
  }
  return bad(key, "unknown parameter");
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t n = 0;
    std::uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    }
    if ((c & 0xE0) == 0xC0) {
      n = 1;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      n = 2;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      n = 3;
      cp = c & 0x07;
    } else
      return false;
    if (i + n >= text.size()) return false;
    for (std::size_t k = 1; k <= n; ++k) {
      const auto cc = static_cast<unsigned char>(text[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    static constexpr std::uint32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n + 1;
  }
  return true;
}

Result<SearchRequest> decode_search_request(const Params& params) {
  SearchRequest request;
  request.group = true;  // readers see one result per translation group unless they ask
  std::set<std::string> seen;
  for (const auto& [key, raw] : params) {
    if (!is_valid_utf8(key) || !is_valid_utf8(raw)) {
      return bad(is_valid_utf8(key) ? key : "?", "not valid UTF-8");
    }
    if (const auto* field = indexer::schema::find_field(key)) {
      std::string value = raw;
      if (std::string why = check_filter_value(*field, value); !why.empty()) return bad(key, why);
      auto& values = request.filters[key];
      if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
      continue;
    }
    if (!seen.insert(key).second) return bad(key, "given more than once");
    if (auto applied = apply_single(request, key, raw); !applied) return applied.error();
  }
  if (static_cast<long>(request.page) * request.per_page > kMaxResultWindow) {
    return bad("page", "page × per_page must not exceed " + std::to_string(kMaxResultWindow));
  }
  if (!request.date_from.empty() && !request.date_to.empty() &&
      request.date_from > request.date_to) {
    return bad("date_from", "is after date_to");
  }
  return request;
}

Result<Params> params_from_json(const nlohmann::json& body) {
  if (!body.is_object()) return bad("body", "must be a JSON object");
  Params params;
  auto scalar = [](const nlohmann::json& v) -> std::optional<std::string> {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
    return std::nullopt;
  };
  for (const auto& [key, value] : body.items()) {
    const auto& items = value.is_array() ? value : nlohmann::json::array({value});
    for (const auto& item : items) {
      auto s = scalar(item);
      if (!s) return bad(key, "must be a string, a whole number, a boolean or a list of them");
      params.emplace_back(key, *s);
    }
  }
  return params;
}

Result<nlohmann::json> decode_json_body(std::string_view body) {
  nlohmann::json json = indexer::parse_untrusted_json(body);
  if (!json.is_discarded()) return json;
  const std::string message =
      indexer::json_depth_within(body)
          ? "body: not valid JSON"
          : "body: nests more than " + std::to_string(indexer::kMaxJsonDepth) + " levels deep";
  return make_error(ErrorCode::kInvalidParameter, message, "body");
}

}  // namespace concord::search
