#include "searchd/http/http_errors.h"

#include <nlohmann/json.hpp>

namespace concord::search {

namespace {

struct ErrorMapping {
  int status;
  const char* name;
};

// The one table from domain error codes to HTTP statuses and the API's code names.
ErrorMapping mapping(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidParameter:
      return {400, "invalid_parameter"};
    case ErrorCode::kInvalidDocument:
      return {400, "invalid_document"};
    case ErrorCode::kUnauthorized:
      return {401, "unauthorized"};
    case ErrorCode::kForbidden:
      return {403, "forbidden"};
    case ErrorCode::kNotFound:
      return {404, "not_found"};
    case ErrorCode::kIndexUnavailable:
      return {503, "index_unavailable"};
    case ErrorCode::kShardUnavailable:
      return {503, "shard_unavailable"};
    case ErrorCode::kSchemaMismatch:
      return {503, "schema_mismatch"};
    case ErrorCode::kIoError:
      return {500, "io_error"};
    case ErrorCode::kInternal:
      return {500, "internal"};
    case ErrorCode::kPayloadTooLarge:
      return {413, "payload_too_large"};
    case ErrorCode::kLengthRequired:
      return {411, "length_required"};
    case ErrorCode::kMethodNotAllowed:
      return {405, "method_not_allowed"};
    case ErrorCode::kOverloaded:
      return {503, "overloaded"};
  }
  return {500, "internal"};
}

}  // namespace

int http_status(ErrorCode code) {
  return mapping(code).status;
}

const char* error_code_name(ErrorCode code) {
  return mapping(code).name;
}

void send_error(httplib::Response& res, const Error& error) {
  nlohmann::json body = {{"code", error_code_name(error.code)}, {"message", error.message}};
  if (!error.field.empty()) body["field"] = error.field;
  res.status = http_status(error.code);
  res.set_content(nlohmann::json{{"error", std::move(body)}}.dump(), "application/json");
}

}  // namespace concord::search
