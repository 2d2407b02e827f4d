// Query parameters (from a URL or a JSON body) → a validated SearchRequest.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "indexer/result.h"
#include "searchd/search_request.h"

namespace concord::search {

using Params = std::vector<std::pair<std::string, std::string>>;

/// Decodes and checks every parameter; the first bad one gives kInvalidParameter naming it.
Result<SearchRequest> decode_search_request(const Params& params);

/// The parameters of a JSON search body: strings, numbers and booleans as single values,
/// arrays as repeated values.
Result<Params> params_from_json(const nlohmann::json& body);

/// A request body as JSON, parsed once for every route that takes one: kInvalidParameter (field
/// "body") when it is not JSON or nests deeper than indexer::kMaxJsonDepth.
Result<nlohmann::json> decode_json_body(std::string_view body);

/// True when `text` is well-formed UTF-8.
bool is_valid_utf8(std::string_view text);

}  // namespace concord::search
