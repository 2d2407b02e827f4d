// What a search returns: hits, exact totals and facet counts.
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

}  // namespace concord::search
