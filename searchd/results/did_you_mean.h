// "Did you mean": a spelling correction for a query in an alphabetic script.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "searchd/index/searcher_pool.h"

namespace concord::search {

/// The query with each word that no document holds replaced by the closest word of the index's
/// spelling data (Xapian's, edit distance ≤ 2), or nothing when no word changes or the query is
/// Chinese, Japanese or Korean. Asked whatever the search found: a misspelt word can still
/// match through its stem head (brevte, brevet) or the query's other words, and the reader
/// should see the spelling the documents use.
std::optional<std::string> did_you_mean(Searcher& searcher, std::string_view q);

}  // namespace concord::search
