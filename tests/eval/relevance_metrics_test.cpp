#include "eval/relevance_metrics.h"

#include <gtest/gtest.h>

#include <cmath>

namespace concord::eval {
namespace {

struct Case {
  const char* name;
  std::vector<std::string> ranked;
  Judgments judgments;
  QueryScores expected;
};

TEST(RelevanceMetricsTest, HandComputedRankings) {
  const double log3 = std::log2(3.0);
  std::vector<std::string> hundred_and_one;
  for (int i = 0; i < 101; ++i) hundred_and_one.push_back("x" + std::to_string(i));
  const std::vector<Case> cases = {
      {"perfect", {"a", "b"}, {{"a", 2}, {"b", 1}}, {1.0, 1.0, 1.0}},
      {"swapped grades",
       {"b", "a"},
       {{"a", 2}, {"b", 1}},
       {(1 + 2 / log3) / (2 + 1 / log3), 1.0, 1.0}},
      {"first relevant at rank 3", {"x", "y", "a"}, {{"a", 1}}, {0.5, 1.0 / 3, 1.0}},
      {"relevant only at rank 11",
       {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "a"},
       {{"a", 1}},
       {0.0, 0.0, 1.0}},
      {"half the relevant found", {"a"}, {{"a", 1}, {"b", 1}}, {1 / (1 + 1 / log3), 1.0, 0.5}},
      {"zero grades are not relevant", {"a", "b"}, {{"a", 0}, {"b", 1}}, {1 / log3, 0.5, 1.0}},
      {"nothing relevant judged", {"a"}, {{"a", 0}}, {0.0, 0.0, 0.0}},
      {"relevant at rank 101 is past recall@100", hundred_and_one, {{"x100", 1}}, {0, 0, 0}},
      {"empty ranking", {}, {{"a", 3}}, {0.0, 0.0, 0.0}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const QueryScores s = score_ranking(c.ranked, c.judgments);
    EXPECT_NEAR(s.ndcg_at_10, c.expected.ndcg_at_10, 1e-9);
    EXPECT_NEAR(s.mrr_at_10, c.expected.mrr_at_10, 1e-9);
    EXPECT_NEAR(s.recall_at_100, c.expected.recall_at_100, 1e-9);
  }
}

}  // namespace
}  // namespace concord::eval
