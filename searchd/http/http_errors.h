// The one mapping from domain errors to HTTP statuses and the API's JSON error shape.
#pragma once

#include <httplib.h>

#include "indexer/result.h"

namespace concord::search {

int http_status(ErrorCode code);
/// The API's name for an error code, e.g. "invalid_parameter".
const char* error_code_name(ErrorCode code);
/// Writes {"error": {"code": "...", "message": "...", "field": "..."}} with the error's status.
void send_error(httplib::Response& res, const Error& error);

}  // namespace concord::search
