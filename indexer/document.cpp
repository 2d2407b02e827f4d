#include "indexer/document.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <span>

#include "analyzers/language_detector.h"
#include "analyzers/language_tag.h"
#include "indexer/json_limits.h"
#include "indexer/schema.h"

namespace concord::indexer {
namespace {

enum class Type {
  kId,
  kIdList,
  kText,
  kTextList,
  kEnum,
  kEnumList,
  kDate,
  kLang,
  kLangList,
  kCountry,
  kCountryList,
  kThemeList
};

using schema::kCooperation;
using schema::kIpRights;
using schema::kMatchTypes;
using schema::kOrgTypes;
constexpr std::array<std::string_view, 3> kRoles = {"seeker", "provider", "both"};
constexpr std::array<std::string_view, 3> kStatuses = {"open", "matched", "closed"};

struct FieldRule {
  std::string_view name;
  Type type;
  std::string_view kinds;  // space-separated kinds allowed; "" for every kind
  std::span<const std::string_view> values = {};
  bool searchable = false;  // goes into extra_text
};

const std::array<FieldRule, 31>& field_rules() {
  static const std::array<FieldRule, 31> rules = {{
      {"id", Type::kId, ""},
      {"kind", Type::kEnum, "", schema::kKinds},
      {"lang", Type::kLang, ""},
      {"title", Type::kText, ""},
      {"summary", Type::kText, ""},
      {"body", Type::kText, ""},
      {"themes", Type::kThemeList, ""},
      {"countries", Type::kCountryList, ""},
      {"region", Type::kEnum, "", schema::kRegions},
      {"date", Type::kDate, ""},
      {"translation_of", Type::kId, ""},
      {"url", Type::kText, ""},
      {"org_type", Type::kEnum, "profile", kOrgTypes},
      {"role", Type::kEnum, "profile", kRoles},
      {"working_languages", Type::kLangList, "profile"},
      {"owner", Type::kId, "need offer"},
      {"match_type", Type::kEnum, "need offer", kMatchTypes},
      {"status", Type::kEnum, "need offer", kStatuses},
      {"ip_areas", Type::kEnumList, "need offer", kIpRights},
      {"eligible_countries", Type::kCountryList, "need offer"},
      {"valid_from", Type::kDate, "need offer"},
      {"valid_to", Type::kDate, "need offer"},
      {"partners", Type::kIdList, "story"},
      {"cooperation", Type::kEnum, "story", kCooperation},
      {"outcome", Type::kText, "story", {}, true},
      {"court", Type::kText, "decision", {}, true},
      {"jurisdiction", Type::kCountry, "decision"},
      {"case_number", Type::kText, "decision", {}, true},
      {"ip_right", Type::kEnum, "decision", kIpRights},
      {"parties", Type::kTextList, "decision", {}, true},
      {"keywords", Type::kTextList, "decision", {}, true},
  }};
  return rules;
}

constexpr std::size_t kMaxTextBytes = 1 << 20;
constexpr std::size_t kMaxTitleBytes = 2000;
constexpr std::size_t kMaxListItems = 100;

bool contains(std::span<const std::string_view> values, std::string_view v) {
  return std::find(values.begin(), values.end(), v) != values.end();
}

bool kind_allows(std::string_view kinds, std::string_view kind) {
  if (kinds.empty()) return true;
  std::size_t start = 0;
  while (start < kinds.size()) {
    std::size_t end = kinds.find(' ', start);
    if (end == std::string_view::npos) end = kinds.size();
    if (kinds.substr(start, end - start) == kind) return true;
    start = end + 1;
  }
  return false;
}

bool is_valid_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  const int y = std::stoi(std::string(s.substr(0, 4)));
  const unsigned m = static_cast<unsigned>(std::stoi(std::string(s.substr(5, 2))));
  const unsigned d = static_cast<unsigned>(std::stoi(std::string(s.substr(8, 2))));
  return std::chrono::year_month_day(std::chrono::year(y), std::chrono::month(m),
                                     std::chrono::day(d))
      .ok();
}

bool is_valid_lang(std::string_view s) {
  // BCP-47 shape: a 2-3 letter primary subtag, then subtags of 1-8 letters or digits.
  std::size_t i = 0;
  while (i < s.size() && s[i] >= 'a' && s[i] <= 'z') ++i;
  if (i < 2 || i > 3) return false;
  while (i < s.size()) {
    if (s[i] != '-') return false;
    std::size_t j = ++i;
    while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j]))) ++j;
    if (j == i || j - i > 8) return false;
    i = j;
  }
  return true;
}

bool is_valid_country(std::string_view s) {
  return s.size() == 2 && std::isupper(static_cast<unsigned char>(s[0])) &&
         std::isupper(static_cast<unsigned char>(s[1]));
}

Error field_error(std::string_view field, const std::string& reason) {
  return make_error(ErrorCode::kInvalidDocument, reason, std::string(field));
}

// Checks one scalar against its type; `what` names it in messages.
std::string check_scalar(const FieldRule& rule, Type type, const nlohmann::json& v,
                         const ThemeCatalog& themes) {
  if (!v.is_string()) return "must be a string";
  const auto& s = v.get_ref<const std::string&>();
  switch (type) {
    case Type::kId:
    case Type::kIdList:
      return is_valid_id(s) ? "" : "invalid id \"" + s + "\" (want [A-Za-z0-9._:-]{1,128})";
    case Type::kText:
    case Type::kTextList:
      if (s.size() > (rule.name == "title" ? kMaxTitleBytes : kMaxTextBytes)) return "too long";
      return "";
    case Type::kEnum:
    case Type::kEnumList:
      return contains(rule.values, s) ? "" : "unknown value \"" + s + "\"";
    case Type::kDate:
      return is_valid_date(s) ? "" : "invalid date \"" + s + "\" (want YYYY-MM-DD)";
    case Type::kLang:
    case Type::kLangList:
      return is_valid_lang(s) ? "" : "invalid language code \"" + s + "\"";
    case Type::kCountry:
    case Type::kCountryList:
      return is_valid_country(s) ? "" : "invalid country \"" + s + "\" (want ISO 3166 alpha-2)";
    case Type::kThemeList:
      if (themes.empty() || themes.contains(s)) return "";
      return "unknown theme \"" + s + "\"";
  }
  return "";
}

bool is_list(Type type) {
  return type == Type::kIdList || type == Type::kTextList || type == Type::kEnumList ||
         type == Type::kLangList || type == Type::kCountryList || type == Type::kThemeList;
}

std::size_t max_items(std::string_view field) {
  if (field == "themes") return schema::kMaxThemes;
  if (field == "countries") return schema::kMaxCountries;
  return kMaxListItems;
}

std::string check_field(const FieldRule& rule, const nlohmann::json& v,
                        const ThemeCatalog& themes) {
  if (!is_list(rule.type)) return check_scalar(rule, rule.type, v, themes);
  if (!v.is_array()) return "must be a list of strings";
  if (v.size() > max_items(rule.name)) {
    return "at most " + std::to_string(max_items(rule.name)) + " values";
  }
  for (const auto& item : v) {
    if (std::string why = check_scalar(rule, rule.type, item, themes); !why.empty()) return why;
  }
  return "";
}

std::vector<std::string> strings(const nlohmann::json& object, const char* field) {
  std::vector<std::string> out;
  if (!object.contains(field)) return out;
  for (const auto& v : object[field]) {
    auto s = v.get<std::string>();
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  }
  return out;
}

std::string string_field(const nlohmann::json& object, const char* field) {
  auto it = object.find(field);
  return it == object.end() ? std::string() : it->get<std::string>();
}

void fill_language(Document& doc) {
  if (doc.source.contains("lang")) {
    const auto& lang = doc.source["lang"].get_ref<const std::string&>();
    doc.lang = analyzers::primary_language(lang);
    return;
  }
  std::string sample = doc.title + "\n" + doc.summary + "\n" + doc.body.substr(0, 2000);
  doc.lang = analyzers::detect_language(sample);
  doc.lang_detected = true;
  if (!doc.lang.empty()) doc.source["lang"] = doc.lang;
}

}  // namespace

bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > 128) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == ':' ||
           c == '-';
  });
}

Result<Document> validate_document(nlohmann::json object, const ThemeCatalog& themes) {
  if (!object.is_object()) return field_error("", "a document must be a JSON object");
  for (const char* required : {"id", "kind", "title"}) {
    if (!object.contains(required)) return field_error(required, "is required");
  }
  if (!object["kind"].is_string()) return field_error("kind", "must be a string");
  const std::string kind = object["kind"].get<std::string>();
  const auto& rules = field_rules();
  for (const auto& item : object.items()) {
    // Named copies, not a structured binding: clang before 16 cannot capture bindings (fuzz build).
    const std::string& name = item.key();
    const nlohmann::json& value = item.value();
    auto rule = std::find_if(rules.begin(), rules.end(),
                             [&](const FieldRule& r) { return r.name == name; });
    if (rule == rules.end()) return field_error(name, "unknown field");
    if (std::string why = check_field(*rule, value, themes); !why.empty()) {
      return field_error(name, why);
    }
    if (!kind_allows(rule->kinds, kind)) {
      return field_error(name, "not a field of kind \"" + kind + "\"");
    }
  }
  Document doc;
  doc.id = object["id"].get<std::string>();
  doc.kind = kind;
  doc.title = object["title"].get<std::string>();
  if (doc.title.find_first_not_of(" \t\r\n") == std::string::npos) {
    return field_error("title", "must not be empty");
  }
  doc.summary = string_field(object, "summary");
  doc.body = string_field(object, "body");
  doc.themes = strings(object, "themes");
  doc.countries = strings(object, "countries");
  doc.region = string_field(object, "region");
  doc.date = string_field(object, "date");
  doc.translation_of = string_field(object, "translation_of");
  for (const FieldRule& rule : rules) {
    if (!rule.searchable || !object.contains(rule.name)) continue;
    const auto& v = object[std::string(rule.name)];
    for (const auto& item : v.is_array() ? v : nlohmann::json::array({v})) {
      doc.extra_text += item.get<std::string>();
      doc.extra_text += '\n';
    }
  }
  doc.source = std::move(object);
  fill_language(doc);
  return doc;
}

Result<Document> parse_document(std::string_view json_text, const ThemeCatalog& themes) {
  if (!json_depth_within(json_text)) {
    return field_error(
        "", "invalid JSON: nested more than " + std::to_string(kMaxJsonDepth) + " levels deep");
  }
  nlohmann::json object;
  try {
    object = nlohmann::json::parse(json_text);
  } catch (const nlohmann::json::exception& e) {
    // Syntax errors, and numbers too large for a double (out_of_range 406, found by
    // fuzz_document: it escaped the build and the write API as an uncaught exception).
    std::string what = e.what();
    // nlohmann prefixes "[json.exception.parse_error.101] "; users need only the reason.
    if (auto pos = what.find("] "); pos != std::string::npos) what = what.substr(pos + 2);
    return field_error("", "invalid JSON: " + what);
  }
  return validate_document(std::move(object), themes);
}

}  // namespace concord::indexer
