// Exact totals and facet counts: every match of a query visited once, without weights.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "searchd/search_response.h"

namespace concord::search {

/// A query's exact number of matches (of groups, when grouped) and facet counts.
struct Counts {
  std::size_t total = 0;
  std::map<std::string, std::vector<FacetValue>> facets;
};

/// The exact total and counts of `fields` over every match of `query`. With `group`, the total
/// counts translation groups and the facets count documents. `value_streams`: `db` is one local
/// index, whose value streams the counter may walk (facet_counter.h).
Counts count_matches(const Xapian::Database& db, const Xapian::Query& query, bool group,
                     const std::vector<std::string>& fields, bool value_streams);

/// Exact counts of one facet field over every match of `query`.
std::vector<FacetValue> count_facet(const Xapian::Database& db, const Xapian::Query& query,
                                    const std::string& field, bool value_streams);

}  // namespace concord::search
