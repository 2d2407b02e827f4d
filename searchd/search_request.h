// What the engine is asked: a search, similar documents, a match; decoded from HTTP or built by
// an embedding program.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace concord::search {

enum class Sort { kRelevance, kDateAscending, kDateDescending };

struct SearchRequest {
  std::string q;  // empty: every document
  /// Facet field → accepted values; values of one field OR together, fields AND together.
  /// Fields: the names of indexer::schema::kFields.
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

inline constexpr int kMaxPerPage = 100;
inline constexpr int kMaxResultWindow = 10000;  // page × per_page, as Elasticsearch's default

/// "Documents like this one": for GET /v1/documents/{id}/similar.
struct SimilarRequest {
  std::string id;
  /// Filters, paging, ui_lang and xlang (glossary concepts in every language) as in a search;
  /// `q`, `sort` and `facets` are ignored.
  SearchRequest options;
};

struct MatchRequest {
  std::string text;  // required
  std::string lang;  // "" to detect it
  /// A field of schema::kFields marked match_filter (country, theme, match_type, region) →
  /// accepted values (OR within a field, AND across).
  /// A country matches where a document works or, for offers, whom it is open to.
  std::map<std::string, std::vector<std::string>> filters;
  std::string ui_lang = "en";
  int per_group = 5;
};

inline constexpr int kMaxPerGroup = 50;
inline constexpr std::size_t kMaxNeedBytes = 64 * 1024;
inline constexpr int kMaxSuggestions = 50;

}  // namespace concord::search
