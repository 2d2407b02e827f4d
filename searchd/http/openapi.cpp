#include "searchd/http/openapi.h"

#include <nlohmann/json.hpp>

#include "indexer/schema.h"

namespace concord::search {
namespace {

namespace schema = indexer::schema;
using nlohmann::json;

constexpr const char* kMarker = "x-concord-filters";

json value_schema(const schema::Field& field) {
  json s = {{"type", "string"}};
  if (field.values == schema::Values::kVocabulary) {
    s["enum"] = json::array();
    for (std::string_view value : field.vocabulary) s["enum"].push_back(value);
  }
  return s;
}

json query_parameter(const schema::Field& field) {
  return {{"name", field.name},
          {"in", "query"},
          {"required", false},
          {"description",
           "Filter: accepted value of " + std::string(field.name) + "; repeat to OR values"},
          {"schema", value_schema(field)}};
}

void add_query_filters(json& paths) {
  for (auto& [path, operations] : paths.items()) {
    for (auto& [method, operation] : operations.items()) {
      if (!operation.is_object() || !operation.contains(kMarker)) continue;
      operation.erase(kMarker);
      for (const schema::Field& field : schema::kFields) {
        operation["parameters"].push_back(query_parameter(field));
      }
    }
  }
}

void add_match_filters(json& schemas) {
  json& filters = schemas["MatchRequest"]["properties"]["filters"];
  if (!filters.contains(kMarker)) return;
  filters.erase(kMarker);
  for (const schema::Field& field : schema::kFields) {
    if (!field.match_filter) continue;
    filters["properties"][std::string(field.name)] = {{"type", "array"},
                                                      {"items", value_schema(field)}};
  }
}

std::string build() {
  json document = json::parse(openapi_document());
  add_query_filters(document["paths"]);
  add_match_filters(document["components"]["schemas"]);
  return document.dump();
}

}  // namespace

const std::string& served_openapi_document() {
  static const std::string document = build();
  return document;
}

}  // namespace concord::search
