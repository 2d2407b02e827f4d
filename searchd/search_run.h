// One search, from request to response: the query, the ranked page and its hits, the exact
// total and facet counts, labels and a spelling suggestion.
#pragma once

#include <functional>
#include <future>
#include <string>
#include <vector>

#include <xapian.h>

#include "indexer/result.h"
#include "searchd/facets/match_counter.h"
#include "searchd/index/searcher_pool.h"
#include "searchd/search_request.h"
#include "searchd/search_response.h"

namespace concord::search {

/// Starts the exact count of a query's matches (count_matches), on another thread or deferred
/// to the future's get().
using CountStarter = std::function<std::future<Counts>(const Xapian::Query& query, bool group,
                                                       const std::vector<std::string>& fields)>;

struct Bm25 {
  double k1 = 1.2;
  double b = 0.75;
};

/// Runs `request` on `searcher`; kInvalidParameter for a theme the index does not know.
Result<SearchResponse> run_search(Searcher& searcher, const SearchRequest& request,
                                  const Bm25& bm25, const CountStarter& count);

}  // namespace concord::search
