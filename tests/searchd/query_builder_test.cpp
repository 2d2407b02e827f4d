#include "searchd/query_builder.h"

#include <gtest/gtest.h>

namespace concord::search {
namespace {

TEST(QueryBuilderTest, LanguagesFollowTheQueryScript) {
  struct Case {
    std::string q, ui_lang;
    std::vector<std::string> expected;
  };
  const std::vector<Case> cases = {
      {"知识产权", "en", {"zh"}},
      {"الملكية", "en", {"ar"}},
      {"патент", "en", {"ru"}},
      {"brevets", "fr", {"en", "fr", "es", "pt"}},
      {"Patent", "de", {"en", "fr", "es", "pt", "de"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.q);
    EXPECT_EQ(query_languages(c.q, c.ui_lang), c.expected);
  }
}

TEST(QueryBuilderTest, MalformedSyntaxIsSearchedAsWords) {
  analyzers::AnalyzerCache analyzers;
  for (const char* q : {"\"unclosed phrase", "-", "- -", "\"\"", "a -", "--x", "\"", "AND OR"}) {
    SCOPED_TRACE(q);
    EXPECT_NO_THROW(build_text_query(q, "en", analyzers));
  }
  const TextQuery q = build_text_query("\"unclosed phrase", "en", analyzers);
  EXPECT_TRUE(q.highlight.words.contains("unclosed"));
  EXPECT_TRUE(q.highlight.words.contains("phrase"));
}

TEST(QueryBuilderTest, EmptyQueryMatchesEverything) {
  analyzers::AnalyzerCache analyzers;
  const TextQuery q = build_text_query("   ", "en", analyzers);
  EXPECT_TRUE(q.highlight.empty());
  EXPECT_EQ(q.query.get_description(), Xapian::Query(Xapian::Query::MatchAll).get_description());
}

TEST(QueryBuilderTest, ExcludedWordsAreNotHighlighted) {
  analyzers::AnalyzerCache analyzers;
  const TextQuery q = build_text_query("solar -diesel", "en", analyzers);
  EXPECT_TRUE(q.highlight.words.contains("solar"));
  EXPECT_FALSE(q.highlight.words.contains("diesel"));
}

}  // namespace
}  // namespace concord::search
