// Discovery over HTTP: the new facets, the query syntax and translation grouping as clients see
// them from the real concord-searchd.
#include <gtest/gtest.h>
#include <httplib.h>

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "tests/searchd/support/corpus_index.h"
#include "tests/searchd/support/searchd_process.h"

namespace concord::testing {
namespace {

using nlohmann::json;

class SearchHttpTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new SearchdProcess({"--index", corpus_index_path()}); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static json search(const httplib::Params& params, int expected_status = 200) {
    httplib::Client client("127.0.0.1", server_->port());
    client.set_read_timeout(10);
    auto res = client.Get("/v1/search", params, {});
    EXPECT_TRUE(res);
    if (!res) return {};
    EXPECT_EQ(res->status, expected_status) << res->body;
    return json::parse(res->body, nullptr, false);
  }
  static json facet(const json& body, const std::string& field, const std::string& value) {
    for (const json& v : body["facets"][field]) {
      if (v["value"] == value) return v;
    }
    return {};
  }
  static SearchdProcess* server_;
};

SearchdProcess* SearchHttpTest::server_ = nullptr;

TEST_F(SearchHttpTest, GroupsTranslationsByDefaultInTheReadersLanguage) {
  const json grouped = search({{"per_page", "1"}});
  const json flat = search({{"per_page", "1"}, {"group", "false"}});
  EXPECT_EQ(grouped["total"], 437);
  EXPECT_EQ(flat["total"], 497);
  const json zh = search({{"q", "solar cold rooms dairy"}, {"ui_lang", "zh"}, {"per_page", "1"}});
  ASSERT_EQ(zh["hits"].size(), 1u);
  EXPECT_EQ(zh["hits"][0]["id"], "story-zh-a01");
  EXPECT_EQ(zh["hits"][0]["lang"], "zh");
  ASSERT_EQ(zh["hits"][0]["translations"].size(), 6u);
  for (const json& t : zh["hits"][0]["translations"]) {
    EXPECT_TRUE(t.contains("id") && t.contains("lang"));
    EXPECT_NE(t["lang"], "zh");
  }
  const json bad = search({{"group", "maybe"}}, 400);
  EXPECT_EQ(bad["error"]["field"], "group");
}

TEST_F(SearchHttpTest, NewFacetsFilterAndCarryLabels) {
  const json body = search({{"kind", "decision"},
                            {"ip_right", "patent"},
                            {"ip_right", "plant-variety"},
                            {"court", "最高人民法院"},
                            {"ui_lang", "es"},
                            {"facets", "ip_right,court,org_type"}});
  EXPECT_EQ(body["total"], 3);
  const json court = facet(body, "court", "最高人民法院");
  EXPECT_EQ(court["count"], 3);
  EXPECT_EQ(court["label"], "最高人民法院");
  // Disjunctive: the ip_right counts ignore the ip_right selection, not the court's.
  EXPECT_EQ(facet(body, "ip_right", "patent")["count"], 2);
  EXPECT_EQ(facet(body, "ip_right", "patent")["label"], "Patente");
  EXPECT_EQ(facet(body, "ip_right", "plant-variety")["count"], 1);
  EXPECT_TRUE(body["facets"]["org_type"].empty());
  EXPECT_EQ(search({{"org_type", "startup"}}, 400)["error"]["field"], "org_type");
  EXPECT_EQ(search({{"facets", "court,colour"}}, 400)["error"]["field"], "facets");
}

// Countries are labelled with their name in the reader's language (ICU's), never the code (every
// country of the corpus has a name); the filter still takes the code.
TEST_F(SearchHttpTest, CountryFacetsAreNamedInTheReadersLanguage) {
  const std::map<std::string, std::map<std::string, std::string>> expected = {
      {"fr", {{"MA", "Maroc"}, {"QA", "Qatar"}, {"KG", "Kirghizstan"}, {"TL", "Timor oriental"}}},
      {"ar", {{"MA", "المغرب"}, {"QA", "قطر"}, {"KG", "قيرغيزستان"}, {"TL", "تيمور - ليشتي"}}},
      {"en", {{"MA", "Morocco"}, {"QA", "Qatar"}, {"KG", "Kyrgyzstan"}, {"TL", "Timor-Leste"}}},
  };
  for (const auto& [lang, names] : expected) {
    const json body = search({{"facets", "country"}, {"per_page", "1"}, {"ui_lang", lang}});
    for (const auto& [code, name] : names) {
      EXPECT_EQ(facet(body, "country", code)["label"], name) << code << " in " << lang;
    }
    for (const json& v : body["facets"]["country"]) EXPECT_NE(v["label"], v["value"]) << v;
  }
  const json morocco = search({{"country", "MA"}, {"facets", "country"}, {"ui_lang", "ar"}});
  EXPECT_GT(morocco["total"], 0);
  EXPECT_EQ(facet(morocco, "country", "MA")["label"], "المغرب");
}

TEST_F(SearchHttpTest, QuerySyntaxAndMalformedQueries) {
  EXPECT_EQ(search({{"q", "court:最高人民法院"}})["total"], 3);
  EXPECT_EQ(search({{"q", "court:\"Supreme People's Court\""}})["total"], 1);
  const json either = search({{"q", "solar OR water"}, {"group", "false"}});
  const json solar = search({{"q", "solar"}, {"group", "false"}});
  EXPECT_GT(either["total"].get<int>(), solar["total"].get<int>());
  for (const char* q : {"(solar OR", "court:", "*", "\"unclosed", "AND", "colour:red", "NOT"}) {
    EXPECT_TRUE(search({{"q", q}}).contains("hits")) << q;
  }
}

}  // namespace
}  // namespace concord::testing
