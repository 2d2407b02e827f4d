// The discovery endpoints over HTTP (similar documents, matchmaking, suggestions), on the real
// concord-searchd serving the corpus index.
#include <gtest/gtest.h>
#include <httplib.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/searchd/support/corpus_index.h"
#include "tests/searchd/support/searchd_fixture.h"
#include "tests/searchd/support/searchd_process.h"

namespace concord::testing {
namespace {

using nlohmann::json;

class DiscoveryHttpTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new SearchdProcess({"--index", corpus_index_path()}); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static httplib::Client client() {
    httplib::Client c("127.0.0.1", server_->port());
    c.set_read_timeout(20);
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
  static json post_json(const std::string& target, const std::string& body, int expected_status) {
    auto res = client().Post(target, body, "application/json");
    EXPECT_TRUE(res) << target;
    if (!res) return {};
    EXPECT_EQ(res->status, expected_status) << target << " " << body << " → " << res->body;
    return json::parse(res->body, nullptr, false);
  }
  static void expect_error(const json& body, const std::string& code) {
    ASSERT_TRUE(body.contains("error")) << body.dump();
    EXPECT_EQ(body["error"]["code"], code);
    EXPECT_FALSE(body["error"]["message"].get<std::string>().empty());
  }
  static std::vector<std::string> ids(const json& hits) {
    std::vector<std::string> out;
    for (const json& hit : hits) out.push_back(hit["id"].get<std::string>());
    return out;
  }
  static bool contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
  }

  static json suggest(const std::string& q, const std::string& extra = "") {
    return get_json("/v1/suggest?q=" + httplib::detail::encode_query_param(q) + extra, 200);
  }

  static SearchdProcess* server_;
};

SearchdProcess* DiscoveryHttpTest::server_ = nullptr;

TEST_F(DiscoveryHttpTest, SimilarFindsTheDocumentsAboutTheSameThing) {
  const json body = get_json("/v1/documents/need-en-001/similar?per_page=10", 200);
  EXPECT_EQ(body["id"], "need-en-001");
  EXPECT_GT(body["total"].get<int>(), 0);
  EXPECT_TRUE(body["took_ms"].is_number());
  ASSERT_FALSE(body["terms"].empty());
  const std::vector<std::string> terms = body["terms"];
  EXPECT_TRUE(contains(terms, "milk") || contains(terms, "dairy")) << body["terms"].dump();
  ASSERT_EQ(body["hits"].size(), 10u);
  // The solar cold-room financing need: the Cold Chain Window offer and the story of the same
  // cooperative are like it.
  const std::vector<std::string> found = ids(body["hits"]);
  EXPECT_TRUE(contains(found, "offer-en-002")) << body.dump();
  EXPECT_TRUE(contains(found, "story-en-020"));
  for (const json& hit : body["hits"]) {
    for (const char* key : {"id", "score", "title_html", "snippet", "kind", "lang", "title"}) {
      EXPECT_TRUE(hit.contains(key)) << key;
    }
    ASSERT_TRUE(hit["why"].is_array());
    EXPECT_FALSE(hit["why"].empty()) << hit["id"];
    for (const json& term : hit["why"]) EXPECT_TRUE(contains(terms, term.get<std::string>()));
  }
}

TEST_F(DiscoveryHttpTest, SimilarLeavesOutTheDocumentAndItsTranslations) {
  for (const std::string source : {"story-en-a01", "story-zh-a01"}) {
    const json body = get_json("/v1/documents/" + source + "/similar?per_page=100", 200);
    ASSERT_FALSE(body["hits"].empty());
    for (const json& hit : body["hits"]) {
      EXPECT_NE(hit["id"], source);
      EXPECT_NE(hit["id"], "story-en-a01");
      EXPECT_NE(hit.value("translation_of", ""), "story-en-a01") << hit["id"];
    }
  }
}

TEST_F(DiscoveryHttpTest, SimilarCrossesLanguagesThroughTheGlossary) {
  // A Chinese green-innovation story finds French green-innovation stories: only the glossary
  // links the two languages.
  const json body = get_json("/v1/documents/story-zh-001/similar?lang=fr&kind=story", 200);
  ASSERT_FALSE(body["hits"].empty()) << body.dump();
  bool green = false;
  for (const json& hit : body["hits"]) {
    EXPECT_EQ(hit["lang"], "fr");
    EXPECT_EQ(hit["kind"], "story");
    const std::vector<std::string> why = hit["why"];
    green = green || contains(why, "Green innovation");
  }
  EXPECT_TRUE(green) << body.dump();
  // Without the glossary nothing in French shares a word with it.
  const json plain = get_json("/v1/documents/story-zh-001/similar?lang=fr&xlang=false", 200);
  EXPECT_LT(plain["total"].get<int>(), body["total"].get<int>());
}

TEST_F(DiscoveryHttpTest, SimilarTakesTheSearchFilters) {
  const json body = get_json("/v1/documents/need-en-001/similar?kind=offer&region=global", 200);
  ASSERT_FALSE(body["hits"].empty());
  for (const json& hit : body["hits"]) {
    EXPECT_EQ(hit["kind"], "offer");
    EXPECT_EQ(hit["region"], "global");
  }
  const json page2 = get_json("/v1/documents/need-en-001/similar?per_page=2&page=2", 200);
  const json page1 = get_json("/v1/documents/need-en-001/similar?per_page=4", 200);
  ASSERT_EQ(page2["hits"].size(), 2u);
  EXPECT_EQ(page2["hits"][0]["id"], page1["hits"][2]["id"]);
}

TEST_F(DiscoveryHttpTest, SimilarRejectsBadInput) {
  expect_error(get_json("/v1/documents/no-such-doc/similar", 404), "not_found");
  expect_error(get_json("/v1/documents/need-en-001/similar?per_page=0", 400), "invalid_parameter");
  expect_error(get_json("/v1/documents/need-en-001/similar?per_page=abc", 400),
               "invalid_parameter");
  expect_error(get_json("/v1/documents/need-en-001/similar?kind=bogus", 400), "invalid_parameter");
  expect_error(get_json("/v1/documents/bad%20id/similar", 400), "invalid_parameter");
}

TEST_F(DiscoveryHttpTest, MatchReturnsOffersProvidersAndStories) {
  const json need = {
      {"text",
       "Notre coopérative laitière cherche un financement pour des chambres froides solaires"},
      {"filters", {{"match_type", {"financial"}}}},
      {"ui_lang", "fr"},
      {"per_group", 3}};
  const json body = post_json("/v1/match", need.dump(), 200);
  EXPECT_TRUE(body["took_ms"].is_number());
  for (const char* group : {"offers", "profiles", "stories"}) {
    ASSERT_TRUE(body[group].is_array()) << group;
    ASSERT_FALSE(body[group].empty()) << group << " " << body.dump();
    EXPECT_LE(body[group].size(), 3u);
    for (const json& hit : body[group]) {
      for (const char* key : {"id", "score", "title_html", "snippet", "kind", "lang", "title"}) {
        EXPECT_TRUE(hit.contains(key)) << key;
      }
      EXPECT_TRUE(hit["why"].is_array());
      EXPECT_FALSE(hit["explanation"].get<std::string>().empty());
    }
  }
  // The French need finds the English Cold Chain Window offer through the glossary.
  const std::vector<std::string> offers = ids(body["offers"]);
  EXPECT_TRUE(contains(offers, "offer-en-002") || contains(offers, "offer-fr-002"))
      << body["offers"].dump();
  for (const json& hit : body["offers"]) {
    EXPECT_NE(hit["explanation"].get<std::string>().find("financial"), std::string::npos);
  }
  for (const json& hit : body["stories"]) EXPECT_EQ(hit["kind"], "story");
}

TEST_F(DiscoveryHttpTest, MatchRejectsBadInput) {
  expect_error(post_json("/v1/match", "{not json", 400), "invalid_parameter");
  expect_error(post_json("/v1/match", R"({"text": ""})", 400), "invalid_parameter");
  expect_error(post_json("/v1/match", R"({"text": "   "})", 400), "invalid_parameter");
  expect_error(post_json("/v1/match", R"({"lang": "en"})", 400), "invalid_parameter");
  expect_error(post_json("/v1/match", R"({"text": 42})", 400), "invalid_parameter");
  expect_error(post_json("/v1/match", R"({"text": "patent", "per_group": 0})", 400),
               "invalid_parameter");
  expect_error(post_json("/v1/match", R"({"text": "patent", "per_group": "5"})", 400),
               "invalid_parameter");
  expect_error(post_json("/v1/match", R"({"text": "patent", "filters": {"colour": ["red"]}})", 400),
               "invalid_parameter");
  expect_error(post_json("/v1/match", R"({"text": "patent", "filters": {"theme": ["nope"]}})", 400),
               "invalid_parameter");
  expect_error(post_json("/v1/match", R"({"text": "patent", "filters": ["KE"]})", 400),
               "invalid_parameter");
}

TEST_F(DiscoveryHttpTest, SuggestCompletesTitlesThemesAndGlossaryTerms) {
  const json body = suggest("brev", "&ui_lang=fr");
  EXPECT_EQ(body["q"], "brev");
  ASSERT_FALSE(body["suggestions"].empty());
  EXPECT_LE(body["suggestions"].size(), 8u);
  EXPECT_EQ(body["suggestions"][0]["text"], "brevet");
  EXPECT_EQ(body["suggestions"][0]["type"], "glossary");
  // A theme label, found by the start of its second word, with the theme id.
  const json verte = suggest("ver", "&ui_lang=fr&limit=50");
  bool theme = false;
  for (const json& s : verte["suggestions"]) {
    if (s["type"] == "theme" && s["text"] == "Innovation verte") {
      theme = true;
      EXPECT_EQ(s["id"], "green-innovation");
      EXPECT_EQ(s["lang"], "fr");
    }
  }
  EXPECT_TRUE(theme) << verte.dump();
  // Titles carry their document id.
  const json title = suggest("Green Technology Exchange");
  ASSERT_FALSE(title["suggestions"].empty());
  EXPECT_EQ(title["suggestions"][0]["type"], "title");
  EXPECT_EQ(title["suggestions"][0]["id"], "profile-en-a10");
}

TEST_F(DiscoveryHttpTest, SuggestFoldsCaseAccentsAndChineseScripts) {
  EXPECT_EQ(suggest("PROPRIETE IND", "&ui_lang=fr")["suggestions"][0]["text"],
            "propriété industrielle");
  const json simplified = suggest("知识");
  const json traditional = suggest("知識");
  ASSERT_FALSE(simplified["suggestions"].empty());
  EXPECT_EQ(simplified["suggestions"], traditional["suggestions"]);
  for (const json& s : simplified["suggestions"]) {
    EXPECT_TRUE(s["text"].get<std::string>().starts_with("知识")) << s.dump();
  }
  EXPECT_EQ(suggest("пат")["suggestions"][0]["text"], "патент");
  EXPECT_TRUE(suggest("xyzqw")["suggestions"].empty());
}

TEST_F(DiscoveryHttpTest, SuggestPrefersTheReadersLanguage) {
  EXPECT_EQ(suggest("pat", "&ui_lang=en")["suggestions"][0]["lang"], "en");
  EXPECT_EQ(suggest("pat", "&ui_lang=fr")["suggestions"][0]["lang"], "fr");
  EXPECT_EQ(suggest("pat", "&limit=3")["suggestions"].size(), 3u);
}

TEST_F(DiscoveryHttpTest, SuggestRejectsBadInput) {
  expect_error(get_json("/v1/suggest", 400), "invalid_parameter");
  expect_error(get_json("/v1/suggest?q=", 400), "invalid_parameter");
  expect_error(get_json("/v1/suggest?q=pat&limit=0", 400), "invalid_parameter");
  expect_error(get_json("/v1/suggest?q=pat&limit=51", 400), "invalid_parameter");
  expect_error(get_json("/v1/suggest?q=pat&limit=x", 400), "invalid_parameter");
}

TEST_F(DiscoveryHttpTest, SearchWithFewResultsSuggestsASpelling) {
  const auto suggestion = [](const std::string& q) {
    return get_json("/v1/search?q=" + httplib::detail::encode_query_param(q), 200)["suggestion"];
  };
  EXPECT_EQ(suggestion("patnet"), "patent");
  EXPECT_EQ(suggestion("brevte"), "brevet");
  EXPECT_EQ(suggestion("патетн"), "патент");
  EXPECT_EQ(suggestion("licensng agreemnt"), "licensing agreement");
  // A query that finds enough gets none; nor does Chinese, which has no spelling to correct.
  EXPECT_TRUE(suggestion("patent").is_null());
  EXPECT_TRUE(suggestion("brevet").is_null());
  EXPECT_TRUE(suggestion("专立").is_null());
}

// The suggestion table follows the index: a committed write is offered at once.
class SuggestAfterWriteTest : public SearchdFixture {};

TEST_F(SuggestAfterWriteTest, NewTitlesAreSuggestedAfterTheirCommit) {
  start(base_config());
  const auto first = [&](const std::string& q) {
    const json body = get_json("/v1/suggest?q=" + q, 200);
    return body["suggestions"].empty() ? json() : body["suggestions"][0];
  };
  EXPECT_TRUE(first("quokka").is_null());
  const json doc = {{"id", "story-en-990"}, {"kind", "story"},
                    {"lang", "en"},         {"title", "Quokka breeders license a new sheep design"},
                    {"summary", "x"},       {"body", "A story."}};
  auto res =
      client().Put("/v1/documents?wait=true", auth(), doc.dump() + "\n", "application/x-ndjson");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const json suggestion = first("quokka");
  ASSERT_FALSE(suggestion.is_null());
  EXPECT_EQ(suggestion["id"], "story-en-990");
  EXPECT_EQ(suggestion["type"], "title");
}

}  // namespace
}  // namespace concord::testing
