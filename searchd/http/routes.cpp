#include "searchd/http/routes.h"

#include <algorithm>

namespace concord::search {
namespace {

constexpr std::string_view kIdSegment = "{id}";

Route route(std::string_view method, std::string_view path, Handler handler) {
  return {method, path, handler, std::string(method) + " " + std::string(path)};
}

}  // namespace

const std::vector<Route>& routes() {
  static const std::vector<Route> table = {
      route("GET", "/v1/search", handle_search_get),
      route("POST", "/v1/search", handle_search_post),
      route("GET", "/v1/documents/{id}", handle_document),
      route("PUT", "/v1/documents", handle_put_documents),
      route("DELETE", "/v1/documents/{id}", handle_delete_document),
      route("GET", "/v1/documents/{id}/similar", handle_similar),
      route("POST", "/v1/match", handle_match),
      route("GET", "/v1/suggest", handle_suggest),
      route("GET", "/v1/themes", handle_themes),
      route("GET", "/v1/fields", handle_fields),
      route("POST", "/v1/analyze", handle_analyze),
      route("GET", "/v1/openapi.json", handle_openapi),
      route("GET", "/healthz", handle_health),
      route("GET", "/readyz", handle_ready),
      route("GET", "/metrics", handle_metrics),
  };
  return table;
}

bool path_matches(std::string_view pattern, std::string_view path) {
  for (;;) {
    const std::size_t pattern_end = std::min(pattern.find('/'), pattern.size());
    const std::size_t path_end = std::min(path.find('/'), path.size());
    const std::string_view want = pattern.substr(0, pattern_end);
    const std::string_view got = path.substr(0, path_end);
    if (want == kIdSegment ? got.empty() : want != got) return false;
    if (pattern_end == pattern.size() || path_end == path.size()) {
      return pattern_end == pattern.size() && path_end == path.size();
    }
    pattern.remove_prefix(pattern_end + 1);
    path.remove_prefix(path_end + 1);
  }
}

std::string path_regex(std::string_view path) {
  std::string regex;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path.substr(i).starts_with(kIdSegment)) {
      regex += "([^/]+)";
      i += kIdSegment.size() - 1;
    } else {
      // "/v1/openapi.json" must not also route "/v1/openapiXjson".
      if (std::string_view(R"(\^$.|?*+()[]{})").find(path[i]) != std::string_view::npos) {
        regex += '\\';
      }
      regex += path[i];
    }
  }
  return regex;
}

const Route* find_route(std::string_view method, std::string_view path) {
  // cpp-httplib answers HEAD with the GET handler, without the body.
  const std::string_view taken = method == "HEAD" ? "GET" : method;
  for (const Route& route : routes()) {
    if (route.method == taken && path_matches(route.path, path)) return &route;
  }
  return nullptr;
}

std::string allowed_methods(std::string_view path, bool preflight) {
  std::string allow;
  for (const std::string_view method : {"GET", "POST", "PUT", "DELETE"}) {
    if (find_route(method, path) == nullptr) continue;
    allow.append(allow.empty() ? "" : ", ").append(method);
    if (method == "GET") allow += ", HEAD";
  }
  if (preflight && !allow.empty()) allow += ", OPTIONS";
  return allow;
}

std::string_view metrics_label(std::string_view method, std::string_view path, int status) {
  if (method == "OPTIONS") return kPreflightLabel;
  if (const Route* route = find_route(method, path)) return route->label;
  // cpp-httplib answers a GET or HEAD outside the table from the web folder, and only a file
  // found there answers it with success.
  if ((method == "GET" || method == "HEAD") && status < 400) return kStaticLabel;
  return kOtherLabel;
}

}  // namespace concord::search
