#include "searchd/results/highlighter.h"

#include <gtest/gtest.h>

namespace concord::search {
namespace {

struct Case {
  std::string lang, text;
  MatchTerms terms;
  std::string expected;
};

TEST(HighlighterTest, MarksMatchedWordsPerLanguage) {
  const std::vector<Case> cases = {
      {"en",
       "Green <innovation> & patents",
       {{"green"}, {"patent"}},
       "<mark>Green</mark> &lt;innovation&gt; &amp; <mark>patents</mark>"},
      {"zh", "推动绿色创新发展", {{"绿色", "创新"}, {}}, "推动<mark>绿色创新</mark>发展"},
      {"zh", "推動綠色創新發展", {{"绿色", "创新"}, {}}, "推動<mark>綠色創新</mark>發展"},
      {"ar", "حماية المُلكية الفكرية", {{"الملكيه"}, {}}, "حماية <mark>المُلكية</mark> الفكرية"},
      {"fr", "L'innovation verte", {{"innovation"}, {}}, "<mark>L&#39;innovation</mark> verte"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const analyzers::Analyzer analyzer(c.lang);
    EXPECT_EQ(highlight_text(c.text, analyzer, c.terms), c.expected);
  }
}

TEST(HighlighterTest, PassageCentresOnTheMatchesAndMarksCuts) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "filler words here. ";
  text += "The solar dryer patent was licensed. ";
  for (int i = 0; i < 40; ++i) text += "more filler words. ";
  const analyzers::Analyzer analyzer("en");
  const Passage p = best_passage(text, analyzer, {{}, {"solar", "patent"}}, 120);
  EXPECT_NE(p.html.find("<mark>solar</mark> dryer <mark>patent</mark>"), std::string::npos);
  EXPECT_EQ(p.html.rfind("…", 0), 0u);
  EXPECT_GT(p.score, 0u);
}

TEST(HighlighterTest, PassageNeverSplitsACharacter) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "知识产权保护";
  const analyzers::Analyzer analyzer("zh");
  const Passage p = best_passage(text, analyzer, {{"保护"}, {}}, 50);
  // Valid UTF-8: every byte sequence decodes; a cut inside a character would leave 0x80-0xBF
  // bytes right after the ellipsis or before the end.
  std::size_t chars = 0;
  for (unsigned char c : p.html) chars += (c & 0xC0) != 0x80;
  EXPECT_GT(chars, 0u);
  EXPECT_NE(p.html.find("<mark>保护</mark>"), std::string::npos);
}

// A text longer than the analysed window (64 KB) is analysed around the first place a query
// word appears: a match near the end of a 1 MB decision is still shown, and cut on both sides.
TEST(HighlighterTest, LongTextsShowTheirMatchesWherever) {
  std::string text;
  while (text.size() < (1u << 20) - 1000) text += "本院认为，双方当事人之间的合同关系合法有效。";
  const std::size_t filler = text.size();
  text += "被告侵犯原告的专利权，应当承担赔偿责任。";
  const analyzers::Analyzer zh("zh");
  const Passage p = best_passage(text, zh, {{"专利权"}, {}}, 180);
  EXPECT_NE(p.html.find("<mark>专利权</mark>"), std::string::npos);
  EXPECT_EQ(p.html.rfind("…", 0), 0u);
  EXPECT_GT(p.score, 0u);
  // Nothing written as the query is: the beginning, cut at the end.
  const Passage start = best_passage(text.substr(0, filler), zh, {{"专利权"}, {}}, 180);
  EXPECT_EQ(start.html.rfind("本院认为", 0), 0u);
  EXPECT_TRUE(start.html.ends_with("…"));
  EXPECT_EQ(start.score, 0u);
  // Written in Traditional characters, or in capitals, far into the text: found all the same.
  const Passage traditional =
      best_passage(text.substr(0, filler) + "被告侵犯原告的專利權。", zh, {{"专利权"}, {}}, 180);
  EXPECT_NE(traditional.html.find("<mark>專利權</mark>"), std::string::npos);
  std::string capitals(100000, ' ');
  capitals += "THE PATENTS";
  const Passage upper = best_passage(capitals, analyzers::Analyzer("en"), {{}, {"patent"}}, 180);
  EXPECT_NE(upper.html.find("<mark>PATENTS</mark>"), std::string::npos) << upper.html;
  // A match in the last window ends the passage without an ellipsis.
  std::string english(100000, ' ');
  english += "the patent";
  const Passage last = best_passage(english, analyzers::Analyzer("en"), {{}, {"patent"}}, 180);
  EXPECT_TRUE(last.html.ends_with("<mark>patent</mark>")) << last.html;
}

// Heads alone (MatchTerms::heads_only) mark the words whose stem, or another spelling's stem,
// begins with one of them; terms with words or stems never mark by heads.
TEST(HighlighterTest, HeadsMarkOnlyWhenAskedAlone) {
  const analyzers::Analyzer es("es");
  MatchTerms terms{{"zarzuelero"}, {"zarzueler"}, {"zarz"}};
  EXPECT_EQ(highlight_text("La zarzuela vuelve", es, terms), "La zarzuela vuelve");
  EXPECT_EQ(highlight_text("La zarzuela vuelve", es, terms.heads_only()),
            "La <mark>zarzuela</mark> vuelve");
  // Without accents too (the accent-free stem's head), and only words of the head.
  EXPECT_EQ(highlight_text("Nacion y nada", es, MatchTerms{{}, {}, {"naci"}}),
            "<mark>Nacion</mark> y nada");
  const Passage p = best_passage("El teatro de la zarzuela", es, terms.heads_only(), 180);
  EXPECT_EQ(p.html, "El teatro de la <mark>zarzuela</mark>");
  EXPECT_GT(p.score, 0u);
}

TEST(HighlighterTest, EscapesEverythingOutsideMarks) {
  EXPECT_EQ(escape_html("<script>\"'&"), "&lt;script&gt;&quot;&#39;&amp;");
}

}  // namespace
}  // namespace concord::search
