// Segmentation scorer: the arithmetic on small examples worked out by hand.
#include "eval/segmentation_score.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace concord::eval {
namespace {

const std::set<std::string, std::less<>> kDictionary = {"他", "来到", "了", "大厦"};

// Gold 他|来到|了|网易|杭研|大厦 (6 words) against 他|来到|了|网易|杭|研|大厦 (7 words):
// 5 shared spans, so P = 5/7, R = 5/6, F1 = 2·5/(7+6) = 10/13. OOV gold words: 网易 and 杭研,
// of which 网易 is found: OOV recall 1/2.
TEST(SegmentationScoreTest, ScoresOneLineByHand) {
  SegmentationCounts counts;
  ASSERT_TRUE(count_line({"他", "来到", "了", "网易", "杭研", "大厦"},
                         {"他", "来到", "了", "网易", "杭", "研", "大厦"}, kDictionary, counts));
  EXPECT_EQ(counts.gold_words, 6u);
  EXPECT_EQ(counts.predicted_words, 7u);
  EXPECT_EQ(counts.correct_words, 5u);
  EXPECT_EQ(counts.oov_words, 2u);
  EXPECT_EQ(counts.oov_correct, 1u);
  const SegmentationScore s = score(counts);
  EXPECT_DOUBLE_EQ(s.precision, 5.0 / 7.0);
  EXPECT_DOUBLE_EQ(s.recall, 5.0 / 6.0);
  EXPECT_NEAR(s.f1, 10.0 / 13.0, 1e-12);
  EXPECT_DOUBLE_EQ(s.oov_recall, 0.5);
}

// A word with the right characters at the wrong place is not correct: 他来|到 shares no span
// with 他|来到 although 到 and 来到 end together. Totals add over lines before dividing:
// line 1 has 5/7 correct of 6 gold, line 2 has 0/2 of 2, so P = 5/9, R = 5/8,
// F1 = 2·5/(9+8) = 10/17.
TEST(SegmentationScoreTest, AddsLinesBeforeDividing) {
  SegmentationCounts counts;
  ASSERT_TRUE(count_line({"他", "来到", "了", "网易", "杭研", "大厦"},
                         {"他", "来到", "了", "网易", "杭", "研", "大厦"}, kDictionary, counts));
  ASSERT_TRUE(count_line({"他", "来到"}, {"他来", "到"}, kDictionary, counts));
  EXPECT_EQ(counts.correct_words, 5u);
  const SegmentationScore s = score(counts);
  EXPECT_DOUBLE_EQ(s.precision, 5.0 / 9.0);
  EXPECT_DOUBLE_EQ(s.recall, 5.0 / 8.0);
  EXPECT_NEAR(s.f1, 10.0 / 17.0, 1e-12);
  EXPECT_DOUBLE_EQ(s.oov_recall, 0.5);
}

TEST(SegmentationScoreTest, RefusesDifferentTexts) {
  SegmentationCounts counts;
  EXPECT_FALSE(count_line({"他", "来到"}, {"他", "来"}, kDictionary, counts));
  EXPECT_EQ(counts.gold_words, 0u);
}

TEST(SegmentationScoreTest, EmptyCountsScoreZero) {
  const SegmentationScore s = score(SegmentationCounts{});
  EXPECT_EQ(s.precision, 0.0);
  EXPECT_EQ(s.recall, 0.0);
  EXPECT_EQ(s.f1, 0.0);
  EXPECT_EQ(s.oov_recall, 0.0);
}

TEST(SegmentationScoreTest, SplitsGoldLinesOnSpaces) {
  EXPECT_EQ(split_gold_line("共同  创造 美好\t的 \r"),
            (std::vector<std::string>{"共同", "创造", "美好", "的"}));
  EXPECT_TRUE(split_gold_line("   ").empty());
}

}  // namespace
}  // namespace concord::eval
