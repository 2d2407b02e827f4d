// Matchmaking on the corpus: every hand-marked need → offer pair (corpus/match_pairs) is found.
#include "searchd/discovery/matcher.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include <nlohmann/json.hpp>

#include "searchd/engine.h"
#include "tests/searchd/support/corpus_index.h"

namespace concord::search {
namespace {

class MatcherTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto opened = Engine::open(testing::corpus_index_path());
    ASSERT_TRUE(opened) << opened.error().message;
    engine_ = std::move(opened).value().release();
  }
  static void TearDownTestSuite() {
    delete engine_;
    engine_ = nullptr;
  }
  static MatchResponse match(const MatchRequest& request) {
    auto response = engine_->match(request);
    EXPECT_TRUE(response) << response.error().message;
    return response ? std::move(response).value() : MatchResponse{};
  }
  static std::map<std::string, nlohmann::json> corpus() {
    std::map<std::string, nlohmann::json> docs;
    for (const auto& file : std::filesystem::directory_iterator(testing::corpus_documents_path())) {
      std::ifstream in(file.path());
      for (std::string line; std::getline(in, line);) {
        if (line.empty()) continue;
        nlohmann::json doc = nlohmann::json::parse(line);
        docs[doc["id"].get<std::string>()] = doc;
      }
    }
    return docs;
  }
  static std::vector<std::pair<std::string, std::string>> pairs() {
    std::vector<std::pair<std::string, std::string>> out;
    const auto folder = std::filesystem::path(CONCORD_SOURCE_DIR) / "corpus" / "match_pairs";
    for (const auto& file : std::filesystem::directory_iterator(folder)) {
      std::ifstream in(file.path());
      for (std::string line; std::getline(in, line);) {
        const auto tab = line.find('\t');
        if (tab != std::string::npos) out.emplace_back(line.substr(0, tab), line.substr(tab + 1));
      }
    }
    return out;
  }
  static std::string text_of(const nlohmann::json& doc) {
    return doc.value("title", "") + "\n" + doc.value("summary", "") + "\n" + doc.value("body", "");
  }

  static Engine* engine_;
};

Engine* MatcherTest::engine_ = nullptr;

// The need's text alone (language given, then detected), no filters: the marked offer must come
// first for nearly every need and in the top three for all.
TEST_F(MatcherTest, MarkedCounterpartsComeFirst) {
  const auto docs = corpus();
  const auto marked = pairs();
  ASSERT_GE(marked.size(), 70u);
  for (const bool give_lang : {true, false}) {
    std::size_t first = 0;
    std::size_t top3 = 0;
    for (const auto& [need, offer] : marked) {
      ASSERT_TRUE(docs.contains(need) && docs.contains(offer)) << need << " " << offer;
      const nlohmann::json& doc = docs.at(need);
      MatchRequest request;
      request.text = text_of(doc);
      if (give_lang) request.lang = doc["lang"];
      request.per_group = 10;
      const MatchResponse response = match(request);
      std::size_t rank = 0;
      for (std::size_t i = 0; i < response.offers.size() && rank == 0; ++i) {
        if (response.offers[i].hit.id == offer) rank = i + 1;
      }
      first += rank == 1;
      top3 += rank >= 1 && rank <= 3;
      EXPECT_TRUE(rank >= 1 && rank <= 3) << need << " → " << offer << " at rank " << rank;
    }
    std::cout << "[ matching ] lang " << (give_lang ? "given" : "detected") << ": " << marked.size()
              << " pairs, counterpart at rank 1 for " << first << " ("
              << 100.0 * first / marked.size() << "%), in the top 3 for " << top3 << " ("
              << 100.0 * top3 / marked.size() << "%)\n";
    EXPECT_GE(first * 100, marked.size() * 90);
  }
}

TEST_F(MatcherTest, ExplainsEveryMatch) {
  const auto docs = corpus();
  MatchRequest request;
  request.text = text_of(docs.at("need-en-001"));
  const MatchResponse response = match(request);
  ASSERT_FALSE(response.offers.empty());
  EXPECT_EQ(response.offers.front().hit.id, "offer-en-002");
  for (const auto* group : {&response.offers, &response.profiles, &response.stories}) {
    ASSERT_FALSE(group->empty());
    EXPECT_LE(group->size(), 5u);
    for (const ExplainedHit& hit : *group) EXPECT_FALSE(hit.explanation.empty()) << hit.hit.id;
  }
  for (const ExplainedHit& hit : response.offers) {
    EXPECT_EQ(hit.hit.source["kind"], "offer");
    EXPECT_FALSE(hit.why.empty());
  }
  for (const ExplainedHit& hit : response.stories) EXPECT_EQ(hit.hit.source["kind"], "story");
  // The owner of the best offer is among the providers, named by what it offers.
  const std::string owner = response.offers.front().hit.source["owner"];
  EXPECT_EQ(response.profiles.front().hit.id, owner);
  EXPECT_NE(response.profiles.front().explanation.find("offers"), std::string::npos);
  for (const ExplainedHit& hit : response.profiles) EXPECT_EQ(hit.hit.source["kind"], "profile");
}

TEST_F(MatcherTest, FiltersByCountryThemeAndMatchType) {
  MatchRequest request;
  request.text = "solar cold storage for dairy farmers";
  request.filters = {{"country", {"KE"}}, {"match_type", {"financial"}}};
  const MatchResponse response = match(request);
  ASSERT_FALSE(response.offers.empty());
  for (const ExplainedHit& hit : response.offers) {
    EXPECT_EQ(hit.hit.source["match_type"], "financial");
    std::vector<std::string> where = hit.hit.source.value("countries", std::vector<std::string>{});
    for (const auto& c : hit.hit.source.value("eligible_countries", std::vector<std::string>{})) {
      where.push_back(c);
    }
    EXPECT_NE(std::find(where.begin(), where.end(), "KE"), where.end()) << hit.hit.id;
    // The country by its name in ui_lang (English by default), not its code.
    EXPECT_NE(hit.explanation.find("Kenya"), std::string::npos) << hit.explanation;
  }
  request.ui_lang = "ar";
  const MatchResponse arabic = match(request);
  ASSERT_FALSE(arabic.offers.empty());
  for (const ExplainedHit& hit : arabic.offers) {
    EXPECT_NE(hit.explanation.find("كينيا"), std::string::npos) << hit.explanation;
    EXPECT_EQ(hit.explanation.find("KE"), std::string::npos) << hit.explanation;
  }
  request.filters = {{"theme", {"creative-industries"}}};
  for (const ExplainedHit& hit : match(request).stories) {
    const auto themes = hit.hit.source["themes"].get<std::vector<std::string>>();
    EXPECT_NE(std::find(themes.begin(), themes.end(), "creative-industries"), themes.end());
  }
}

TEST_F(MatcherTest, RejectsBadRequests) {
  MatchRequest request;
  request.text = "  \n";
  EXPECT_FALSE(engine_->match(request));
  request.text = "patent licensing";
  request.per_group = 0;
  EXPECT_FALSE(engine_->match(request));
  request.per_group = 5;
  request.filters = {{"colour", {"red"}}};
  EXPECT_FALSE(engine_->match(request));
  request.filters = {{"theme", {"no-such-theme"}}};
  EXPECT_FALSE(engine_->match(request));
  request.filters = {{"match_type", {"barter"}}};
  EXPECT_FALSE(engine_->match(request));
}

}  // namespace
}  // namespace concord::search
