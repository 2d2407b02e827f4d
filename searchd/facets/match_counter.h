// Exact totals and facet counts: every match of a query visited once, without weights.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "searchd/facets/facet_counter.h"
#include "searchd/index/searcher_pool.h"
#include "searchd/search_response.h"

namespace concord::search {

/// A query's exact number of matches (of groups, when grouped) and facet counts.
struct Counts {
  std::size_t total = 0;
  std::map<std::string, std::vector<FacetValue>> facets;
};

/// How `searcher` counts: groups when `group`, and what its database allows.
CountMode count_mode(const Searcher& searcher, bool group);

/// The exact total and counts of `fields` over every match of `query`. With `mode.groups` the
/// total and the counts are of translation groups.
Counts count_matches(const Xapian::Database& db, const Xapian::Query& query,
                     const std::vector<std::string>& fields, CountMode mode);

/// Exact counts of one facet field over every match of `query`.
std::vector<FacetValue> count_facet(const Xapian::Database& db, const Xapian::Query& query,
                                    const std::string& field, CountMode mode);

}  // namespace concord::search
