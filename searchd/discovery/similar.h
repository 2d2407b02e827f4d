// Documents like a given one, across languages where the glossary links them.
#pragma once

#include "indexer/result.h"
#include "searchd/index/searcher_pool.h"
#include "searchd/search_request.h"
#include "searchd/search_response.h"

namespace concord::search {

/// kNotFound for an unknown id. The source and its translations are never among the hits.
Result<SimilarResponse> find_similar(Searcher& searcher, const SimilarRequest& request);

}  // namespace concord::search
