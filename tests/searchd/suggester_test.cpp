// Suggestions through the engine; also prints their latency on the corpus (not asserted: a
// timing assertion would fail on a loaded machine, not on a slow suggester).
#include "searchd/suggester.h"

#include <gtest/gtest.h>

#include <chrono>
#include <iostream>

#include "searchd/engine.h"
#include "tests/searchd/corpus_index.h"

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

}  // namespace
}  // namespace concord::search
