// Matchmaking: a need, as free text in any language, → the offers and providers that fit it and
// the stories of needs like it that were solved.
#pragma once

#include "indexer/result.h"
#include "searchd/index/searcher_pool.h"
#include "searchd/search_request.h"
#include "searchd/search_response.h"

namespace concord::search {

/// kInvalidParameter for an empty or oversized text, unknown filter fields or values (the
/// fields of schema::kFields marked match_filter).
Result<MatchResponse> match_need(Searcher& searcher, MatchRequest request);

}  // namespace concord::search
