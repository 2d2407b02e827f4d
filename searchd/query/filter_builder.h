// Filters of a search request → a boolean Xapian query.
#pragma once

#include <optional>
#include <string>

#include <xapian.h>

#include "searchd/search_request.h"

namespace concord::search {

/// The boolean term of documents whose field `field` (a name of schema::kFields) holds `value`.
std::string facet_filter_term(const std::string& field, const std::string& value);

/// The filter query for the request's facet filters and date range, or nothing when the request
/// has none. Values of one field OR together; fields AND together.
std::optional<Xapian::Query> build_filter(const SearchRequest& request);

}  // namespace concord::search
