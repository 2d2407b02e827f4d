// Expected failures as values: an error code with a message, or a value.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace concord {

/// What went wrong, in domain terms; executables map codes to exit statuses or HTTP statuses.
enum class ErrorCode {
  kInvalidParameter,
  kInvalidDocument,
  kNotFound,
  kUnauthorized,  // missing or wrong credentials
  kForbidden,     // a feature that configuration turned off
  kIndexUnavailable,
  kShardUnavailable,  // a remote shard did not answer in time
  kSchemaMismatch,
  kIoError,
  kInternal,
  kPayloadTooLarge,   // a request body over the configured limit
  kLengthRequired,    // a request body without a Content-Length
  kMethodNotAllowed,  // a method the resource does not take
  kOverloaded,        // every search slot stayed busy for the configured wait
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  /// The input field or parameter at fault, when there is one.
  std::string field;
};

/// A value or an Error (std::expected arrives with C++23).
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  const Error& error() const { return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

/// For operations that return nothing on success.
struct Ok {};

inline Error make_error(ErrorCode code, std::string message, std::string field = {}) {
  return {code, std::move(message), std::move(field)};
}

}  // namespace concord
