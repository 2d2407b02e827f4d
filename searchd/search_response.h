// What the engine answers: hits, exact totals and facet counts, similar documents, matches,
// suggestions and the fields a request can filter on.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace concord::search {

/// Another member of a result's translation group.
struct Translation {
  std::string id;
  std::string lang;
  bool operator==(const Translation&) const = default;
};

struct Hit {
  std::string id;
  double score = 0;
  std::string title_html;                 // HTML-escaped title with <mark>ed matches
  std::string snippet;                    // HTML-escaped passage with <mark>ed matches
  nlohmann::json source;                  // the stored document
  std::vector<Translation> translations;  // grouped results: the group's other members
};

struct FacetValue {
  std::string value;
  std::string label;
  std::size_t count = 0;
};

struct SearchResponse {
  std::size_t total = 0;  // exact; with grouping, the number of translation groups
  int page = 1;
  int per_page = 10;
  double took_ms = 0;
  std::vector<Hit> hits;
  std::map<std::string, std::vector<FacetValue>> facets;
  std::optional<std::string> suggestion;  // a corrected query, when few documents match
  bool phrases_as_words = false;  // no document held a "quoted phrase": its words were searched
};

struct ExplainedHit {
  Hit hit;
  std::vector<std::string> why;  // the terms it shares with the source
  std::string explanation;       // a short sentence, for matchmaking
};

struct SimilarResponse {
  std::string id;
  std::size_t total = 0;
  double took_ms = 0;
  std::vector<std::string> terms;  // what made documents similar, strongest first
  std::vector<ExplainedHit> hits;
};

struct MatchResponse {
  double took_ms = 0;
  std::vector<ExplainedHit> offers;
  std::vector<ExplainedHit> profiles;  // providers, and the owners of the offers found
  std::vector<ExplainedHit> stories;
};

struct Suggestion {
  std::string text;
  std::string type;  // "title", "theme" or "glossary"
  std::string id;    // the document or theme id; "" for glossary terms
  std::string lang;
};

/// A field a request can filter on and count (schema::kFields), for clients that build filters.
struct FieldDescription {
  std::string name;
  bool multi_valued = false;
  /// The field's values with labels in the reader's language, for fields whose values are a
  /// known list (themes, kinds, languages, regions, …); empty for open ones (country, year).
  std::vector<FacetValue> values;
};

}  // namespace concord::search
