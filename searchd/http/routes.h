// The HTTP API's one route table: method, path, metrics label and handler of every route. It
// drives handler registration, the 405 answers and their Allow header, and the metrics labels.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "searchd/http/handlers.h"

namespace concord::search {

using Handler = void (*)(Services&, const Request&, Response&);

struct Route {
  std::string_view method;  // GET, POST, PUT or DELETE; a GET route answers HEAD too
  std::string_view path;    // "/v1/documents/{id}": {id} stands for one non-empty path segment
  Handler handler;
  /// "GET /v1/documents/{id}": made from the table, never from a request, so the number of
  /// metrics series stays bounded whatever clients send.
  std::string label;
};

/// The label of requests no route takes: unknown paths, methods a path does not take, and
/// requests cpp-httplib refuses before routing (an unknown method, a malformed request line).
inline constexpr std::string_view kOtherLabel = "other";
/// The label of files served from the web folder.
inline constexpr std::string_view kStaticLabel = "static";
/// The label of CORS preflights, which the server answers on any path.
inline constexpr std::string_view kPreflightLabel = "OPTIONS";

/// Every route of the API.
const std::vector<Route>& routes();

/// Whether a request `path` is one that the route path `pattern` ("/v1/documents/{id}") names.
bool path_matches(std::string_view pattern, std::string_view path);

/// The regular expression cpp-httplib routes `path` with: literal text escaped, {id} one
/// captured segment (req.matches[1]).
std::string path_regex(std::string_view path);

/// The route that takes `method` on `path` (HEAD as GET), or null.
const Route* find_route(std::string_view method, std::string_view path);

/// The methods the routes at `path` take, for an Allow header ("GET, HEAD, POST"), with OPTIONS
/// when `preflight` (CORS preflights are answered); "" when no route has that path.
std::string allowed_methods(std::string_view path, bool preflight);

/// The metrics label of an answered request: its route's label, kStaticLabel, kPreflightLabel
/// or kOtherLabel.
std::string_view metrics_label(std::string_view method, std::string_view path, int status);

}  // namespace concord::search
