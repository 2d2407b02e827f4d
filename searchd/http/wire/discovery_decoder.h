// Request bodies and parameters of the discovery endpoints → validated requests.
#pragma once

#include <nlohmann/json.hpp>

#include "indexer/result.h"
#include "searchd/discovery/matcher.h"

namespace concord::search {

/// A POST /v1/match body: {"text", "lang"?, "filters"?: {field: [values]}, "ui_lang"?,
/// "per_group"?}. Shapes and types are checked here, values by the matcher.
Result<MatchRequest> decode_match_request(const nlohmann::json& body);

}  // namespace concord::search
