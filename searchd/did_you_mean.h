// "Did you mean": a spelling correction for a query in an alphabetic script that found little.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "searchd/searcher_pool.h"

namespace concord::search {

/// Searches with fewer matches than this offer a correction.
inline constexpr std::size_t kFewResults = 3;

/// The query with each word that no document holds replaced by the closest word of the index's
/// spelling data (Xapian's, edit distance ≤ 2), or nothing when no word changes or the query is
/// Chinese, Japanese or Korean.
std::optional<std::string> did_you_mean(Searcher& searcher, std::string_view q);

}  // namespace concord::search
