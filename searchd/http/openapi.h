// The OpenAPI 3.0 document of the HTTP API (searchd/openapi.json, compiled in).
#pragma once

#include <string_view>

namespace concord::search {

std::string_view openapi_document();

}  // namespace concord::search
