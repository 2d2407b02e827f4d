// The OpenAPI 3.0 document of the HTTP API: searchd/http/openapi.json, compiled in, with the
// filter parameters derived from the schema's field table (indexer/schema.h).
#pragma once

#include <string>
#include <string_view>

namespace concord::search {

/// searchd/http/openapi.json as written.
std::string_view openapi_document();

/// The document searchd serves: where openapi.json marks an operation or a schema with
/// `x-concord-filters`, one filter per field of schema::kFields is added (every field for
/// searches, the match_filter fields for matchmaking), so the contract lists the fields the
/// server takes and no hand-kept copy can drift.
const std::string& served_openapi_document();

}  // namespace concord::search
