// Documents like a given one, across languages where the glossary links them.
#pragma once

#include <string>
#include <vector>

#include "indexer/result.h"
#include "searchd/index/searcher_pool.h"
#include "searchd/search_request.h"
#include "searchd/search_response.h"

namespace concord::search {

struct SimilarRequest {
  std::string id;
  /// Filters, paging, ui_lang and xlang (glossary concepts in every language) as in a search;
  /// `q`, `sort` and `facets` are ignored.
  SearchRequest options;
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

/// kNotFound for an unknown id. The source and its translations are never among the hits.
Result<SimilarResponse> find_similar(Searcher& searcher, const SimilarRequest& request);

}  // namespace concord::search
