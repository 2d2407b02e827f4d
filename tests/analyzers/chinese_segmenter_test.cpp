// Chinese segmentation: the PKU-style words, the compiled-in terms, and the subwords that let a
// query for a part find the whole.
#include "analyzers/chinese_segmenter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "analyzers/analyzer.h"

namespace concord::analyzers {
namespace {

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  for (const Token& t : Analyzer("zh").analyze(text)) {
    if (!t.subword) words.push_back(t.word);
  }
  return words;
}

struct WordsCase {
  std::string_view input;
  std::vector<std::string> expected;
};

TEST(ChineseSegmenterTest, SegmentsInThePkuConvention) {
  const std::vector<WordsCase> cases = {
      // Compiled-in domain terms stay whole, in either script.
      {"知识产权", {"知识产权"}},
      {"知識產權", {"知识产权"}},
      {"技术转让和技术转移", {"技术转让", "和", "技术转移"}},
      {"南南合作", {"南南合作"}},
      {"国家知识产权局", {"国家知识产权局"}},
      {"知识产权局发布", {"知识产权局", "发布"}},
      {"地理标志与集体商标", {"地理标志", "与", "集体商标"}},
      {"植物新品种", {"植物新品种"}},
      {"植物新品種", {"植物新品种"}},
      {"知识产权保护", {"知识产权", "保护"}},
      // Numbers with their date, time and percent units, signs and ordinals.
      {"2001年12月31日", {"2001年", "12月", "31日"}},
      {"二○○一年十二月三十一日", {"二○○一年", "十二月", "三十一日"}},
      {"增长１２．５％", {"增长", "12.5%"}},  // NFKC-folded like every word
      {"增长12.5%", {"增长", "12.5%"}},
      {"气温－5度", {"气温", "-5", "度"}},
      {"第123届", {"第123", "届"}},
      {"1万亿元", {"1万亿", "元"}},
      // A duration is a numeral and a measure word, not a date: 5 年, 一 次.
      {"5年", {"5", "年"}},
      {"一次", {"一", "次"}},
      {"一个", {"一个"}},
      // Particles and adverbs apart from the word ICU glued them to.
      {"新的", {"新", "的"}},
      {"也是", {"也", "是"}},
      // Names: surname apart from the given name; transliterations whole.
      {"江泽民主席", {"江", "泽民", "主席"}},
      {"会见克林顿", {"会见", "克林顿"}},
      // Productive suffixes.
      {"实现现代化", {"实现", "现代化"}},
      {"委员会", {"委员会"}},
      {"我们会", {"我们", "会"}},
      // Latin letters and digits pass through.
      {"WIPO的PCT", {"wipo", "的", "pct"}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.input));
    EXPECT_EQ(words_of(c.input), c.expected);
  }
}

struct RecallCase {
  std::string_view document;
  std::string_view query;
};

// Every word of the query is a term of the document: the query side analyses the query with
// the same analyzer, so a part of a long word must be indexed as a subword.
TEST(ChineseSegmenterTest, QueryForAPartFindsTheWhole) {
  const std::vector<RecallCase> cases = {
      {"中国农业发展银行", "农业"},   {"中国农业发展银行", "发展银行"},
      {"安装简单", "简单"},           {"知识产权", "产权"},
      {"知识产权", "知识"},           {"知識產權局", "知识产权"},
      {"国家知识产权局", "知识产权"}, {"2001年", "2001"},
      {"南南合作", "合作"},           {"中国农业发展银行", "中国农业发展银行"},
  };
  const Analyzer analyzer("zh");
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.document) + " ? " + std::string(c.query));
    std::vector<std::string> terms;
    for (const Token& t : analyzer.analyze(c.document)) terms.push_back(t.word);
    for (const Token& q : analyzer.analyze(c.query)) {
      if (q.subword) continue;
      EXPECT_NE(std::find(terms.begin(), terms.end(), q.word), terms.end()) << q.word;
    }
  }
}

TEST(ChineseSegmenterTest, SubwordsFollowTheirWordInsideItsBytes) {
  const std::string text = "在知識產權局工作";
  const std::vector<Token> tokens = Analyzer("zh").analyze(text);
  ASSERT_GE(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].word, "在");
  EXPECT_EQ(tokens[1].word, "知识产权局");
  EXPECT_FALSE(tokens[1].subword);
  std::vector<std::string> subwords;
  std::size_t i = 2;
  for (; i < tokens.size() && tokens[i].subword; ++i) {
    const Token& t = tokens[i];
    subwords.push_back(t.word);
    EXPECT_EQ(t.position, tokens[1].position);
    EXPECT_GE(t.begin, tokens[1].begin);
    EXPECT_LE(t.end, tokens[1].end);
    EXPECT_LT(t.end - t.begin, tokens[1].end - tokens[1].begin);
  }
  EXPECT_EQ(subwords, (std::vector<std::string>{"知识产权", "知识", "产权"}));
  // Offsets point at the caller's Traditional bytes.
  EXPECT_EQ(text.substr(tokens[2].begin, tokens[2].end - tokens[2].begin), "知識產權");
  ASSERT_LT(i, tokens.size());
  EXPECT_EQ(tokens[i].word, "工作");
  EXPECT_EQ(tokens[i].position, tokens[1].position + 1);
}

TEST(ChineseSegmenterTest, ShortWordsAndOtherLanguagesHaveNoSubwords) {
  for (const auto& [text, lang] : std::vector<std::pair<std::string_view, std::string_view>>{
           {"绿色 创新 专利", "zh"}, {"知识产权", "ja"}, {"technology transfer", "en"}}) {
    SCOPED_TRACE(std::string(lang) + ": " + std::string(text));
    for (const Token& t : Analyzer(lang).analyze(text)) EXPECT_FALSE(t.subword) << t.word;
  }
}

TEST(ChineseSegmenterTest, SpansCoverOnlyWords) {
  const ChineseSegmenter segmenter;
  const std::string text = "南南合作，  技术转移。";
  std::vector<std::string> words;
  for (const WordSpan& w : segmenter.segment(text)) {
    if (!w.subword) words.push_back(text.substr(w.begin, w.end - w.begin));
  }
  EXPECT_EQ(words, (std::vector<std::string>{"南南合作", "技术转移"}));
  EXPECT_TRUE(segmenter.segment("").empty());
  EXPECT_TRUE(segmenter.segment("。，、 ——").empty());
}

// The rules run clause by clause (a long text in one piece list cost seconds): a text gives
// the words its clauses give one by one, numbers, names and listed words included.
TEST(ChineseSegmenterTest, ALongTextSegmentsAsItsClauses) {
  const ChineseSegmenter segmenter;
  const std::vector<std::string> clauses = {"2001年12月31日，", "江泽民会见克林顿。",
                                            "南南合作促进技术转移；", "气温－5℃、增长12.5％！",
                                            "知识产权保护现代化？"};
  std::string text;
  std::vector<WordSpan> expected;
  for (int round = 0; round < 2000; ++round) {
    for (const std::string& clause : clauses) {
      for (WordSpan w : segmenter.segment(clause)) {
        w.begin += static_cast<std::uint32_t>(text.size());
        w.end += static_cast<std::uint32_t>(text.size());
        expected.push_back(w);
      }
      text += clause;
    }
  }
  const std::vector<WordSpan> got = segmenter.segment(text);
  ASSERT_EQ(got.size(), expected.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    ASSERT_EQ(text.substr(got[i].begin, got[i].end - got[i].begin),
              text.substr(expected[i].begin, expected[i].end - expected[i].begin))
        << "word " << i;
    ASSERT_EQ(got[i].subword, expected[i].subword) << "word " << i;
  }
  // A run with no clause punctuation at all is segmented too, in bounded time.
  std::string run;
  for (int i = 0; i < 20000; ++i) run += "技术转移";
  EXPECT_FALSE(segmenter.segment(run).empty());
}

}  // namespace
}  // namespace concord::analyzers
