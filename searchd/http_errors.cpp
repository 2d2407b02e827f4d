#include "searchd/http_errors.h"

#include <nlohmann/json.hpp>

namespace concord::search {

int http_status(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidParameter:
    case ErrorCode::kInvalidDocument:
      return 400;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kUnauthorized:
      return 401;
    case ErrorCode::kForbidden:
      return 403;
    case ErrorCode::kIndexUnavailable:
    case ErrorCode::kSchemaMismatch:
      return 503;
    case ErrorCode::kIoError:
    case ErrorCode::kInternal:
      return 500;
  }
  return 500;
}

const char* error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidParameter:
      return "invalid_parameter";
    case ErrorCode::kInvalidDocument:
      return "invalid_document";
    case ErrorCode::kNotFound:
      return "not_found";
    case ErrorCode::kUnauthorized:
      return "unauthorized";
    case ErrorCode::kForbidden:
      return "forbidden";
    case ErrorCode::kIndexUnavailable:
      return "index_unavailable";
    case ErrorCode::kSchemaMismatch:
      return "schema_mismatch";
    case ErrorCode::kIoError:
      return "io_error";
    case ErrorCode::kInternal:
      return "internal";
  }
  return "internal";
}

void send_error(httplib::Response& res, const Error& error) {
  nlohmann::json body = {{"code", error_code_name(error.code)}, {"message", error.message}};
  if (!error.field.empty()) body["field"] = error.field;
  res.status = http_status(error.code);
  res.set_content(nlohmann::json{{"error", std::move(body)}}.dump(), "application/json");
}

}  // namespace concord::search
