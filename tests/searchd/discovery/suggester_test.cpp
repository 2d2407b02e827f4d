// Suggestions through the engine; also prints their latency on the corpus (not asserted: a
// timing assertion would fail on a loaded machine, not on a slow suggester).
#include "searchd/discovery/suggester.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <iostream>

#include "indexer/live_writer.h"
#include "indexer/theme_catalog.h"
#include "searchd/engine.h"
#include "tests/searchd/support/corpus_index.h"

namespace concord::search {
namespace {

TEST(SuggesterTest, CompletesInEveryScriptAndReportsLatency) {
  auto engine = Engine::open(testing::corpus_index_path());
  ASSERT_TRUE(engine) << engine.error().message;
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"pat", "patent"},
      {"知识产", "知识产权"},
      {"براء", "براءة"},
      {"Innovation ve", "Innovation verte"}};
  for (const auto& [prefix, expected] : cases) {
    auto list = (*engine)->suggest(prefix, "en", 50);
    ASSERT_TRUE(list) << list.error().message;
    bool found = false;
    for (const Suggestion& s : *list) found = found || s.text.starts_with(expected);
    EXPECT_TRUE(found) << prefix;
  }
  constexpr int kRounds = 200;
  const auto started = std::chrono::steady_clock::now();
  for (int i = 0; i < kRounds; ++i) {
    for (const auto& [prefix, expected] : cases) ASSERT_TRUE((*engine)->suggest(prefix, "fr", 8));
  }
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
          .count() /
      (kRounds * cases.size());
  std::cout << "[ suggest ] mean latency " << ms << " ms per request on the corpus\n";
}

TEST(SuggesterTest, RejectsEmptyPrefixAndBadLimit) {
  auto engine = Engine::open(testing::corpus_index_path());
  ASSERT_TRUE(engine);
  EXPECT_FALSE((*engine)->suggest("", "en", 8));
  EXPECT_FALSE((*engine)->suggest("  ", "en", 8));
  EXPECT_FALSE((*engine)->suggest("pat", "en", 0));
  EXPECT_FALSE((*engine)->suggest("pat", "en", kMaxSuggestions + 1));
}

bool offers(Engine& engine, const std::string& prefix, const std::string& text) {
  auto list = engine.suggest(prefix, "en", kMaxSuggestions);
  EXPECT_TRUE(list) << list.error().message;
  if (!list) return false;
  return std::any_of(list->begin(), list->end(),
                     [&](const Suggestion& s) { return s.text == text; });
}

TEST(SuggesterTest, TitlesFollowEveryCommit) {
  testing::CorpusIndex index;
  auto engine = Engine::open(index.live());
  ASSERT_TRUE(engine) << engine.error().message;
  auto writer = indexer::LiveWriter::start({index.live(), 1, std::chrono::milliseconds(10)});
  ASSERT_TRUE(writer) << writer.error().message;
  const std::string title = "Quixotic Sorghum Breeding Alliance of the Western Sahel Drylands";
  EXPECT_FALSE(offers(**engine, "quixot", title));

  auto doc = indexer::parse_document(
      R"({"id": "suggest-probe", "kind": "story", "lang": "en", "title": ")" + title +
          R"(", "body": "Farmers and breeders share sorghum lines."})",
      indexer::ThemeCatalog{});
  ASSERT_TRUE(doc) << doc.error().message;
  indexer::WriteOp upsert;
  upsert.document = *doc;
  ASSERT_TRUE((*writer)->wait_committed((*writer)->submit({upsert}), std::chrono::seconds(10)));
  EXPECT_TRUE(offers(**engine, "quixot", title));        // the first word
  EXPECT_TRUE(offers(**engine, "Sorghum bree", title));  // a later word, any case
  // A prefix longer than the stored keys (60 bytes) is checked against the title itself.
  EXPECT_TRUE(
      offers(**engine, "quixotic sorghum breeding alliance of the western sahel drylands", title));
  EXPECT_FALSE(
      offers(**engine, "quixotic sorghum breeding alliance of the western sahel drylandz", title));

  indexer::WriteOp remove;
  remove.kind = indexer::WriteOp::Kind::kDelete;
  remove.id = "suggest-probe";
  ASSERT_TRUE((*writer)->wait_committed((*writer)->submit({remove}), std::chrono::seconds(10)));
  EXPECT_FALSE(offers(**engine, "quixot", title));
}

}  // namespace
}  // namespace concord::search
