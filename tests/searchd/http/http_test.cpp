// concord-searchd over HTTP: the real binary on a free loopback port, as clients see it.
#include <gtest/gtest.h>
#include <httplib.h>

#include <algorithm>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "tests/searchd/support/corpus_index.h"
#include "tests/searchd/support/searchd_process.h"

namespace concord::testing {
namespace {

using nlohmann::json;

class HttpTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new SearchdProcess(
        {"--index", corpus_index_path(), "--web", std::string(CONCORD_SOURCE_DIR) + "/web"});
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static httplib::Client client() {
    httplib::Client c("127.0.0.1", server_->port());
    c.set_read_timeout(10);
    return c;
  }
  static json get_json(const std::string& target, int expected_status) {
    auto res = client().Get(target);
    EXPECT_TRUE(res) << target;
    if (!res) return {};
    EXPECT_EQ(res->status, expected_status) << target << " → " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json") << target;
    return json::parse(res->body, nullptr, false);
  }
  static void expect_error_shape(const json& body, const std::string& code) {
    ASSERT_TRUE(body.contains("error")) << body.dump();
    EXPECT_EQ(body["error"]["code"], code);
    EXPECT_TRUE(body["error"]["message"].is_string());
    EXPECT_FALSE(body["error"]["message"].get<std::string>().empty());
  }

  static SearchdProcess* server_;
};

SearchdProcess* HttpTest::server_ = nullptr;

TEST_F(HttpTest, HealthReportsTheIndex) {
  const json body = get_json("/healthz", 200);
  EXPECT_EQ(body["status"], "ok");
  EXPECT_EQ(body["documents"], 497);
  EXPECT_EQ(body["schema_version"], 6);
}

TEST_F(HttpTest, ServesTheSearchPage) {
  auto res = client().Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->get_header_value("Content-Type").find("text/html"), std::string::npos);
  EXPECT_NE(res->body.find("Concord"), std::string::npos);
  EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
  auto js = client().Get("/js/main.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  EXPECT_EQ(js->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
}

TEST_F(HttpTest, StaticFilesRevalidateWithAnETag) {
  auto first = client().Get("/style.css");
  ASSERT_TRUE(first);
  EXPECT_EQ(first->get_header_value("Cache-Control"), "no-cache");
  const std::string etag = first->get_header_value("ETag");
  ASSERT_FALSE(etag.empty());
  auto same = client().Get("/style.css", {{"If-None-Match", etag}});
  ASSERT_TRUE(same);
  EXPECT_EQ(same->status, 304);
  EXPECT_TRUE(same->body.empty());
  auto other = client().Get("/style.css", {{"If-None-Match", "\"0\""}});
  ASSERT_TRUE(other);
  EXPECT_EQ(other->status, 200);
  EXPECT_EQ(other->body.size(), first->body.size());
}

TEST_F(HttpTest, SearchReturnsTheDesignShape) {
  const json body = get_json("/v1/search?q=%E7%9F%A5%E8%AF%86%E4%BA%A7%E6%9D%83&per_page=3", 200);
  for (const char* key : {"total", "page", "per_page", "took_ms", "hits", "facets", "suggestion"}) {
    EXPECT_TRUE(body.contains(key)) << key;
  }
  ASSERT_EQ(body["hits"].size(), 3u);
  const json& hit = body["hits"][0];
  EXPECT_EQ(hit["lang"], "zh");
  for (const char* key : {"id", "kind", "lang", "title", "score", "snippet", "themes", "date"}) {
    EXPECT_TRUE(hit.contains(key)) << key;
  }
  EXPECT_NE(hit["snippet"].get<std::string>().find("<mark>知识产权</mark>"), std::string::npos);
  for (const char* facet : {"theme", "kind", "lang", "region", "year"}) {
    EXPECT_TRUE(body["facets"].contains(facet)) << facet;
  }
}

TEST_F(HttpTest, TraditionalQueryOverHttpEqualsSimplified) {
  httplib::Params simplified{{"q", "绿色创新"}, {"per_page", "50"}};
  httplib::Params traditional{{"q", "綠色創新"}, {"per_page", "50"}};
  auto a = client().Get("/v1/search", simplified, {});
  auto b = client().Get("/v1/search", traditional, {});
  ASSERT_TRUE(a && b);
  const json ja = json::parse(a->body);
  const json jb = json::parse(b->body);
  EXPECT_GT(ja["total"], 0);
  EXPECT_EQ(ja["total"], jb["total"]);
  for (std::size_t i = 0; i < ja["hits"].size(); ++i) {
    EXPECT_EQ(ja["hits"][i]["id"], jb["hits"][i]["id"]);
  }
}

TEST_F(HttpTest, ThemeFilterIsConsistentWithFacetCounts) {
  const json all = get_json("/v1/search?facets=theme,kind", 200);
  for (const json& theme : all["facets"]["theme"]) {
    const std::string value = theme["value"];
    // Facets count what the total counts: translation groups, as results are grouped.
    const json filtered = get_json("/v1/search?facets=theme,kind&theme=" + value, 200);
    EXPECT_EQ(filtered["total"], theme["count"]) << value;
    int kinds = 0;
    for (const json& kind : filtered["facets"]["kind"]) kinds += kind["count"].get<int>();
    EXPECT_EQ(kinds, filtered["total"]) << value;
  }
}

TEST_F(HttpTest, PostSearchTakesAJsonBody) {
  auto res = client().Post("/v1/search", R"({"q": "brevets", "kind": ["decision"], "per_page": 5})",
                           "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  const json body = json::parse(res->body);
  EXPECT_GT(body["total"], 0);
  for (const json& hit : body["hits"]) EXPECT_EQ(hit["kind"], "decision");
  auto bad = client().Post("/v1/search", "{not json", "application/json");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  expect_error_shape(json::parse(bad->body), "invalid_parameter");
}

TEST_F(HttpTest, DocumentsAndThemes) {
  const json doc = get_json("/v1/documents/story-en-a01", 200);
  EXPECT_EQ(doc["id"], "story-en-a01");
  expect_error_shape(get_json("/v1/documents/no-such-document", 404), "not_found");
  expect_error_shape(get_json("/v1/documents/bad%20id", 400), "invalid_parameter");
  const json themes = get_json("/v1/themes", 200);
  ASSERT_GE(themes["themes"].size(), 12u);
  for (const json& theme : themes["themes"]) {
    for (const char* lang : {"ar", "zh", "en", "fr", "ru", "es", "pt"}) {
      EXPECT_TRUE(theme["labels"].contains(lang)) << theme["id"] << " " << lang;
    }
  }
}

TEST_F(HttpTest, MalformedRequestsGetA4xxJsonErrorNeverA500) {
  const std::vector<std::string> targets = {
      "/v1/search?q=%",
      "/v1/search?q=%ZZ%",
      "/v1/search?q=%FF%FE",
      "/v1/search?page=abc",
      "/v1/search?page=-1",
      "/v1/search?per_page=0",
      "/v1/search?sort=best",
      "/v1/search?q=%22unclosed",
      "/v1/search?q=-",
      "/v1/search?q=AND%20OR",
      "/v1/search?&&&=",
      "/v1/search?q[]=x",
      "/v1/search?theme=nope",
      "/v1/search?date_to=2020-13-45",
      "/v1/search?page=999999999999",
      "/v1/nothing-here",
      "/v1/documents/",
  };
  for (const std::string& target : targets) {
    SCOPED_TRACE(target);
    auto res = client().Get(target);
    ASSERT_TRUE(res);
    EXPECT_LT(res->status, 500);
    if (res->status >= 400) {
      expect_error_shape(json::parse(res->body, nullptr, false),
                         res->status == 404 ? "not_found" : "invalid_parameter");
    }
  }
}

TEST_F(HttpTest, AnalyzeShowsWordsAndTermsAsIndexed) {
  auto res =
      client().Post("/v1/analyze", R"({"text": "中國農業發展銀行支持知識產權", "lang": "zh"})",
                    "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const json body = json::parse(res->body);
  const auto& words = body["words"];
  const auto& terms = body["terms"];
  EXPECT_NE(std::find(words.begin(), words.end(), "知识产权"), words.end()) << body.dump();
  EXPECT_EQ(std::find(words.begin(), words.end(), "农业"), words.end()) << body.dump();
  EXPECT_NE(std::find(terms.begin(), terms.end(), "农业"), terms.end()) << body.dump();

  auto detected = client().Post(
      "/v1/analyze", R"({"text": "Les brevets protègent l'innovation verte dans les pays du Sud"})",
      "application/json");
  ASSERT_TRUE(detected);
  const json french = json::parse(detected->body);
  EXPECT_EQ(french["lang"], "fr");
  EXPECT_TRUE(french["detected"]);
  const auto& french_terms = french["terms"];
  EXPECT_NE(std::find(french_terms.begin(), french_terms.end(), "Zbrevet"), french_terms.end());
  EXPECT_NE(std::find(french_terms.begin(), french_terms.end(), "XZbrev"), french_terms.end());

  // Every term the indexer writes: accent-free stems and their heads too.
  EXPECT_NE(std::find(french_terms.begin(), french_terms.end(), "Zprotegent"), french_terms.end())
      << french.dump();

  // A BCP 47 tag is analysed as its language.
  auto tagged = client().Post("/v1/analyze", R"({"text": "Os brevets", "lang": "fr-CA"})",
                              "application/json");
  ASSERT_TRUE(tagged);
  EXPECT_EQ(tagged->status, 200) << tagged->body;
  EXPECT_EQ(json::parse(tagged->body)["lang"], "fr");

  for (const char* bad : {R"({"lang": "zh"})", R"({"text": 3})", R"({"text": "x", "lang": "../x"})",
                          R"({"text": "x", "lang": "-fr"})", "not json"}) {
    auto r = client().Post("/v1/analyze", bad, "application/json");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << bad;
    expect_error_shape(json::parse(r->body), "invalid_parameter");
  }
}

TEST_F(HttpTest, FieldsListTheSchemaWithLabels) {
  const json body = get_json("/v1/fields?ui_lang=fr-CA", 200);
  std::map<std::string, json> by_name;
  for (const json& field : body["fields"]) by_name[field["name"]] = field;
  for (const char* name : {"theme", "kind", "lang", "region", "country", "year", "org_type",
                           "cooperation", "match_type", "ip_right", "court"}) {
    ASSERT_TRUE(by_name.contains(name)) << name;
  }
  EXPECT_EQ(by_name.size(), 11u);
  EXPECT_TRUE(by_name["theme"]["multi_valued"]);
  EXPECT_FALSE(by_name["kind"]["multi_valued"]);
  EXPECT_TRUE(by_name["country"]["values"].empty());
  // The same label a French facet shows for a story.
  const json facets = get_json("/v1/search?q=&facets=kind&ui_lang=fr", 200)["facets"]["kind"];
  std::string facet_label;
  for (const json& v : facets) {
    if (v["value"] == "story") facet_label = v["label"];
  }
  std::string field_label;
  for (const json& v : by_name["kind"]["values"]) {
    if (v["value"] == "story") field_label = v["label"];
  }
  EXPECT_FALSE(field_label.empty());
  EXPECT_EQ(field_label, facet_label);
  EXPECT_EQ(by_name["theme"]["values"].size(), get_json("/v1/themes", 200)["themes"].size());
  expect_error_shape(get_json("/v1/fields?ui_lang=../x", 400), "invalid_parameter");
}

TEST_F(HttpTest, StopsCleanlyOnSigterm) {
  SearchdProcess second({"--index", corpus_index_path()});
  EXPECT_EQ(second.stop(), 0);
}

TEST_F(HttpTest, CompressesWithGzipEvenWhenBrotliIsOffered) {
  auto c = client();
  c.set_decompress(false);
  auto both = c.Get("/v1/search?q=patent", {{"Accept-Encoding", "gzip, deflate, br"}});
  ASSERT_TRUE(both);
  EXPECT_EQ(both->status, 200);
  EXPECT_EQ(both->get_header_value("Content-Encoding"), "gzip");
  auto brotli_only = c.Get("/v1/search?q=patent", {{"Accept-Encoding", "br"}});
  ASSERT_TRUE(brotli_only);
  EXPECT_EQ(brotli_only->get_header_value("Content-Encoding"), "");
  EXPECT_TRUE(json::parse(brotli_only->body, nullptr, false).contains("hits"));
}

}  // namespace
}  // namespace concord::testing
