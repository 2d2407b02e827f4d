#include "searchd/query/filter_values.h"

#include <algorithm>
#include <cctype>

#include "analyzers/language_tag.h"

namespace concord::search {
namespace {

namespace schema = indexer::schema;

bool all_of(const std::string& value, int (*is)(int)) {
  return std::all_of(value.begin(), value.end(),
                     [is](char c) { return is(static_cast<unsigned char>(c)) != 0; });
}

std::string check_vocabulary(const schema::Field& field, const std::string& value) {
  const auto& known = field.vocabulary;
  if (std::find(known.begin(), known.end(), value) != known.end()) return "";
  return "unknown " + std::string(field.name) + " \"" + value + "\"";
}

// Theme ids come from the index's catalog, which may grow: any id-shaped value is accepted.
std::string check_id(const std::string& value) {
  const bool id_shaped = std::all_of(value.begin(), value.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
  });
  return id_shaped ? "" : "invalid value \"" + value + "\"";
}

}  // namespace

std::string check_filter_value(const schema::Field& field, std::string& value) {
  if (value.empty() || value.size() > kMaxFilterValueBytes) return "must be 1 to 128 bytes";
  switch (field.values) {
    case schema::Values::kVocabulary:
      return check_vocabulary(field, value);
    case schema::Values::kTheme:
      return check_id(value);
    case schema::Values::kLanguage:
      // Documents are filed under their language: pt-BR under pt.
      value = analyzers::primary_language(value);
      return analyzers::is_language_code(value) ? "" : "must be a language code such as \"fr\"";
    case schema::Values::kCountry:
      if (value.size() != 2 || !all_of(value, ::isalpha)) return "must be an ISO 3166 alpha-2 code";
      std::transform(value.begin(), value.end(), value.begin(), ::toupper);
      return "";
    case schema::Values::kYear:
      return value.size() == 4 && all_of(value, ::isdigit) ? "" : "must be a year YYYY";
    case schema::Values::kCourt:
      // A court's name in any script, as the court facet gives it (or as written).
      return all_of(value, [](int c) { return c < 0x20 ? 0 : 1; })
                 ? ""
                 : "must not hold control characters";
  }
  return "";
}

}  // namespace concord::search
