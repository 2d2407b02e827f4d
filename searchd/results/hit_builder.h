// A search hit from a match, as every ranked endpoint (search, similar, match) returns it.
#pragma once

#include <xapian.h>

#include "searchd/index/searcher_pool.h"
#include "searchd/query/query_builder.h"
#include "searchd/search_response.h"

namespace concord::search {

/// The hit for `match`: stored document, escaped title and a snippet, with `terms` marked when
/// `highlight` is set.
Hit build_hit(const Xapian::MSetIterator& match, Searcher& searcher, const MatchTerms& terms,
              bool highlight);

}  // namespace concord::search
