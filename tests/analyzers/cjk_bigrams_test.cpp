// CJK bigrams: the overlapping character pairs indexed beside the segmenter's words.
#include "analyzers/cjk_bigrams.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace concord::analyzers {
namespace {

using Bigrams = std::vector<std::string>;

TEST(CjkBigramsTest, OverlappingPairsOfEachRun) {
  EXPECT_EQ(cjk_bigrams("中国农业银行"), (Bigrams{"中国", "国农", "农业", "业银", "银行"}));
  // Anything that is not CJK ends a run: spaces, punctuation, digits, Latin letters.
  EXPECT_EQ(cjk_bigrams("安装简单，第50届超级碗 NASA部门"),
            (Bigrams{"安装", "装简", "简单", "届超", "超级", "级碗", "部门"}));
}

TEST(CjkBigramsTest, NothingWithoutTwoCjkCharactersInARow) {
  EXPECT_TRUE(cjk_bigrams("").empty());
  EXPECT_TRUE(cjk_bigrams("patent law").empty());
  EXPECT_TRUE(cjk_bigrams("专 利 a国b").empty());
  EXPECT_TRUE(cjk_bigrams("براءة الاختراع").empty());
}

TEST(CjkBigramsTest, TraditionalIsFoldedToSimplified) {
  EXPECT_EQ(cjk_bigrams("知識產權"), cjk_bigrams("知识产权"));
  EXPECT_EQ(cjk_bigrams("知識產權"), (Bigrams{"知识", "识产", "产权"}));
}

TEST(CjkBigramsTest, KanaAndHangulToo) {
  EXPECT_EQ(cjk_bigrams("特許を"), (Bigrams{"特许", "许を"}));
  EXPECT_EQ(cjk_bigrams("특허권"), (Bigrams{"특허", "허권"}));
}

TEST(CjkBigramsTest, InvalidUtf8EndsARun) {
  EXPECT_EQ(cjk_bigrams("专利\xff商标"), (Bigrams{"专利", "商标"}));
}

}  // namespace
}  // namespace concord::analyzers
