// Engine results → the JSON shapes of the HTTP API (DESIGN.md).
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "indexer/theme_catalog.h"
#include "searchd/engine.h"
#include "searchd/search_response.h"

namespace concord::search {

nlohmann::json encode_search_response(const SearchResponse& response);
nlohmann::json encode_themes(const std::vector<indexer::Theme>& themes);
nlohmann::json encode_status(const IndexStatus& status);
nlohmann::json encode_analysis(const Analysis& analysis);
/// GET /v1/fields: every field a request can filter on, with its known values labelled.
nlohmann::json encode_fields(const std::vector<FieldDescription>& fields);
/// One hit as the search response lists it.
nlohmann::json encode_search_hit(const Hit& hit);

}  // namespace concord::search
