// The OpenAPI document against the server: every route concord-searchd registers is described,
// real responses carry what the document declares, and other methods get the declared 405.
#include <gtest/gtest.h>
#include <httplib.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "indexer/schema.h"
#include "searchd/http/routes.h"
#include "tests/searchd/support/corpus_index.h"
#include "tests/searchd/support/searchd_process.h"

namespace concord::testing {
namespace {

using nlohmann::json;

// The subset of JSON Schema the document uses: $ref, allOf, type, nullable, required,
// properties, items, additionalProperties, enum. Returns the first violation, or "".
class SchemaChecker {
 public:
  explicit SchemaChecker(const json& document) : document_(document) {}

  std::string check(const json& value, const json& schema, const std::string& at) const {
    if (schema.contains("$ref")) return check(value, resolve(schema["$ref"]), at);
    if (value.is_null() && schema.value("nullable", false)) return "";
    if (schema.contains("allOf")) {
      for (const json& part : schema["allOf"]) {
        if (auto e = check(value, part, at); !e.empty()) return e;
      }
    }
    if (schema.contains("type")) {
      const std::string type = schema["type"];
      const bool ok = type == "object"    ? value.is_object()
                      : type == "array"   ? value.is_array()
                      : type == "string"  ? value.is_string()
                      : type == "integer" ? value.is_number_integer()
                      : type == "number"  ? value.is_number()
                      : type == "boolean" ? value.is_boolean()
                                          : false;
      if (!ok) return at + ": not of type " + type + ": " + value.dump().substr(0, 80);
    }
    if (schema.contains("enum") &&
        std::find(schema["enum"].begin(), schema["enum"].end(), value) == schema["enum"].end()) {
      return at + ": not one of " + schema["enum"].dump();
    }
    if (value.is_object()) {
      for (const json& name : schema.value("required", json::array())) {
        if (!value.contains(name.get<std::string>())) return at + ": missing " + name.dump();
      }
      for (const auto& [name, member] : value.items()) {
        const json properties = schema.value("properties", json::object());
        const json* sub = properties.contains(name) ? &properties[name]
                          : schema.contains("additionalProperties")
                              ? &schema["additionalProperties"]
                              : nullptr;
        if (sub == nullptr || !sub->is_object()) continue;
        if (auto e = check(member, *sub, at + "." + name); !e.empty()) return e;
      }
    }
    if (value.is_array() && schema.contains("items")) {
      for (std::size_t i = 0; i < value.size(); ++i) {
        if (auto e = check(value[i], schema["items"], at + "[" + std::to_string(i) + "]");
            !e.empty()) {
          return e;
        }
      }
    }
    return "";
  }

 private:
  const json& resolve(const std::string& ref) const {
    return document_.at(json::json_pointer(ref.substr(1)));  // "#/components/…"
  }
  const json& document_;
};

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), ::tolower);
  return out;
}

std::string upper(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), ::toupper);
  return out;
}

// The methods (lower case) of a path item's operations; "parameters" is shared, not one.
std::vector<std::string> operations(const json& path_item) {
  std::vector<std::string> methods;
  for (const auto& [key, value] : path_item.items()) {
    if (key != "parameters") methods.push_back(key);
  }
  return methods;
}

class OpenApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new SearchdProcess({"--index", corpus_index_path()});
    httplib::Client c("127.0.0.1", server_->port());
    auto res = c.Get("/v1/openapi.json");
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200);
    document_ = new json(json::parse(res->body));
  }
  static void TearDownTestSuite() {
    delete server_;
    delete document_;
  }

  // Sends a request and checks the response body against the schema the document declares for
  // the operation and status.
  static void expect_conforms(const std::string& method, const std::string& path,
                              const std::string& target, const std::string& body = "") {
    httplib::Client c("127.0.0.1", server_->port());
    c.set_read_timeout(20);
    auto res = method == "get"    ? c.Get(target)
               : method == "post" ? c.Post(target, body, "application/json")
               : method == "put"  ? c.Put(target, body, "application/x-ndjson")
                                  : c.Delete(target);
    ASSERT_TRUE(res) << target;
    const json& operation = (*document_)["paths"][path][method];
    const std::string status = std::to_string(res->status);
    ASSERT_TRUE(operation["responses"].contains(status))
        << method << " " << path << " answered an undocumented " << status << ": " << res->body;
    const json& content = operation["responses"][status]["content"];
    if (!content.contains("application/json")) return;
    const json value = json::parse(res->body, nullptr, false);
    ASSERT_FALSE(value.is_discarded()) << target;
    const std::string error =
        SchemaChecker(*document_)
            .check(value, content["application/json"]["schema"], method + " " + target);
    EXPECT_EQ(error, "") << res->body.substr(0, 300);
  }

  static SearchdProcess* server_;
  static json* document_;
};

SearchdProcess* OpenApiTest::server_ = nullptr;
json* OpenApiTest::document_ = nullptr;

TEST_F(OpenApiTest, DescribesEveryRouteAndNoOther) {
  EXPECT_EQ((*document_)["openapi"].get<std::string>().substr(0, 2), "3.");
  // The route table the server registers from, so that a route added later without
  // documentation, or documentation of a route that does not exist, fails here.
  std::set<std::pair<std::string, std::string>> registered;
  for (const search::Route& route : search::routes()) {
    registered.emplace(lower(route.method), route.path);
  }
  std::set<std::pair<std::string, std::string>> documented;
  for (const auto& [path, item] : (*document_)["paths"].items()) {
    for (const std::string& method : operations(item)) documented.emplace(method, path);
  }
  EXPECT_EQ(registered, documented);
  EXPECT_GE(registered.size(), 14u);
}

// On every documented path, a method the document declares no operation for answers 405 with
// the MethodNotAllowed response: an Allow header naming exactly the declared methods.
TEST_F(OpenApiTest, UndeclaredMethodsAnswerMethodNotAllowed) {
  const json& declared = (*document_)["components"]["responses"]["MethodNotAllowed"];
  ASSERT_TRUE(declared["headers"].contains("Allow"));
  const std::vector<std::string> order = {"get", "post", "put", "delete"};
  for (const auto& [path, item] : (*document_)["paths"].items()) {
    const std::vector<std::string> methods = operations(item);
    std::string allow;
    for (const std::string& method : order) {
      if (std::find(methods.begin(), methods.end(), method) == methods.end()) continue;
      allow += (allow.empty() ? "" : ", ") + upper(method) + (method == "get" ? ", HEAD" : "");
    }
    const std::string target = std::regex_replace(path, std::regex(R"(\{id\})"), "need-en-001");
    for (const std::string& method : order) {
      if (std::find(methods.begin(), methods.end(), method) != methods.end()) continue;
      httplib::Client c("127.0.0.1", server_->port());
      auto res = method == "get"    ? c.Get(target)
                 : method == "post" ? c.Post(target, "{}", "application/json")
                 : method == "put"  ? c.Put(target, "{}", "application/json")
                                    : c.Delete(target);
      ASSERT_TRUE(res) << method << " " << target;
      EXPECT_EQ(res->status, 405) << method << " " << target << ": " << res->body;
      EXPECT_EQ(res->get_header_value("Allow"), allow) << method << " " << target;
      const std::string error =
          SchemaChecker(*document_)
              .check(json::parse(res->body, nullptr, false),
                     declared["content"]["application/json"]["schema"], method + " " + target);
      EXPECT_EQ(error, "") << res->body;
    }
  }
}

TEST_F(OpenApiTest, FiltersAreTheSchemasFields) {
  for (const char* path : {"/v1/search", "/v1/documents/{id}/similar"}) {
    const json& operation = (*document_)["paths"][path]["get"];
    std::set<std::string> parameters;
    for (const json& p : operation["parameters"]) parameters.insert(p["name"]);
    for (const auto& field : indexer::schema::kFields) {
      EXPECT_TRUE(parameters.contains(std::string(field.name))) << path << " " << field.name;
    }
    EXPECT_FALSE(operation.contains("x-concord-filters")) << path;
  }
  std::set<std::string> match_filters;
  for (const auto& [name, _] :
       (*document_)["components"]["schemas"]["MatchRequest"]["properties"]["filters"]["properties"]
           .items()) {
    match_filters.insert(name);
  }
  EXPECT_EQ(match_filters, (std::set<std::string>{"country", "match_type", "region", "theme"}));
}

TEST_F(OpenApiTest, ResponsesHaveTheDeclaredShape) {
  expect_conforms("get", "/v1/fields", "/v1/fields?ui_lang=ar");
  expect_conforms("get", "/v1/search", "/v1/search?q=patent&per_page=3");
  expect_conforms("get", "/v1/search", "/v1/search?q=patnet");
  expect_conforms("get", "/v1/search", "/v1/search?per_page=0");
  expect_conforms("post", "/v1/search", "/v1/search", R"({"q": "brevet", "kind": ["story"]})");
  expect_conforms("get", "/v1/documents/{id}", "/v1/documents/need-en-001");
  expect_conforms("get", "/v1/documents/{id}", "/v1/documents/nope");
  expect_conforms("get", "/v1/documents/{id}/similar", "/v1/documents/need-en-001/similar");
  expect_conforms("get", "/v1/documents/{id}/similar", "/v1/documents/nope/similar");
  expect_conforms("post", "/v1/match", "/v1/match", R"({"text": "solar cold rooms for milk"})");
  expect_conforms("post", "/v1/match", "/v1/match", R"({"text": ""})");
  expect_conforms("get", "/v1/suggest", "/v1/suggest?q=pat");
  expect_conforms("get", "/v1/suggest", "/v1/suggest?q=");
  expect_conforms("get", "/v1/themes", "/v1/themes");
  expect_conforms("post", "/v1/analyze", "/v1/analyze", R"({"text": "brevets", "lang": "fr"})");
  expect_conforms("get", "/v1/openapi.json", "/v1/openapi.json");
  expect_conforms("get", "/healthz", "/healthz");
  expect_conforms("get", "/readyz", "/readyz");
  expect_conforms("get", "/metrics", "/metrics");
  // The write API is off on this server: its refusals are documented too.
  expect_conforms("put", "/v1/documents", "/v1/documents", "{}");
  expect_conforms("delete", "/v1/documents/{id}", "/v1/documents/need-en-001");
}

}  // namespace
}  // namespace concord::testing
