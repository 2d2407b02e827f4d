// The OpenAPI document against the server: every route concord-searchd registers is described,
// and real responses carry what the document declares.
#include <gtest/gtest.h>
#include <httplib.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "indexer/schema.h"
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

TEST_F(OpenApiTest, DescribesEveryRegisteredRoute) {
  EXPECT_EQ((*document_)["openapi"].get<std::string>().substr(0, 2), "3.");
  // The routes as http_server.cpp registers them, read from its source so that a route added
  // later without documentation fails here.
  std::ifstream source(std::string(CONCORD_SOURCE_DIR) + "/searchd/http/http_server.cpp");
  std::stringstream text;
  text << source.rdbuf();
  const std::string code = text.str();
  const std::regex route(R"re(server_->(Get|Post|Put|Delete)\((?:R"\((.+?)\)"|"([^"]+)"))re");
  std::size_t routes = 0;
  for (auto it = std::sregex_iterator(code.begin(), code.end(), route);
       it != std::sregex_iterator(); ++it) {
    std::string method = (*it)[1];
    std::transform(method.begin(), method.end(), method.begin(), ::tolower);
    const std::string pattern = (*it)[2].matched ? (*it)[2].str() : (*it)[3].str();
    const std::string path = std::regex_replace(pattern, std::regex(R"(\(\[\^/\]\+\))"), "{id}");
    ++routes;
    ASSERT_TRUE((*document_)["paths"].contains(path)) << path;
    EXPECT_TRUE((*document_)["paths"][path].contains(method)) << method << " " << path;
  }
  EXPECT_GE(routes, 14u);
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
