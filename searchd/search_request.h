// What a search asks for, decoded from HTTP or built by an embedding program.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace concord::search {

enum class Sort { kRelevance, kDateAscending, kDateDescending };

struct SearchRequest {
  std::string q;  // empty: every document
  /// Facet field → accepted values; values of one field OR together, fields AND together.
  /// Fields: facet_fields().
  std::map<std::string, std::vector<std::string>> filters;
  std::string date_from;  // YYYYMMDD, inclusive; "" for open
  std::string date_to;    // YYYYMMDD, inclusive; "" for open
  std::vector<std::string> facets = {"theme", "kind", "lang", "region", "year"};
  Sort sort = Sort::kRelevance;
  int page = 1;
  int per_page = 10;
  std::string ui_lang = "en";  // the reader's language: labels, and a hint for the query
  bool highlight = true;
  /// Also match the glossary's names of the concepts in `q` in every language.
  bool xlang = false;
  /// Show translations of one another (translation_of) once, in `ui_lang` when the group has
  /// a member in it that passes the filters; total then counts groups, facets documents.
  /// The engine's default is false; the HTTP API's is true.
  bool group = false;
};

/// Fields that can filter and be counted as facets.
inline const std::vector<std::string>& facet_fields() {
  static const std::vector<std::string> fields = {
      "theme",    "kind",        "lang",       "region",   "country", "year",
      "org_type", "cooperation", "match_type", "ip_right", "court"};
  return fields;
}

inline constexpr int kMaxPerPage = 100;
inline constexpr int kMaxResultWindow = 10000;  // page × per_page, as Elasticsearch's default

}  // namespace concord::search
