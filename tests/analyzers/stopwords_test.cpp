// Function words per language: what queries leave out and what decides a query's language.
#include "analyzers/stopwords.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analyzers/analyzer.h"

namespace concord::analyzers {
namespace {

struct StopwordCase {
  std::string lang;
  std::string text;  // analysed in `lang`, so the words are index terms
  bool function_word;
};

TEST(StopwordsTest, EachLanguageHasItsOwnFunctionWords) {
  const std::vector<StopwordCase> cases = {
      {"en", "the", true},
      {"en", "patent", false},
      {"fr", "les", true},
      {"es", "cuál", true},
      {"pt", "quais", true},
      {"ru", "который", true},
      {"ar", "التي", true},
      {"zh", "什么", true},
      {"de", "welche", true},
      {"de", "Patent", false},
      {"it", "della", true},
      {"it", "brevetto", false},
      {"nl", "waarom", true},
      {"ro", "și", true},
      {"ro", "şi", true},
      {"ro", "brevet", false},
      {"tr", "nasıl", true},
      {"tr", "patent", false},
      {"vi", "những", true},
      {"id", "bagaimana", true},
      {"el", "ποιος", true},
      {"el", "ΠΟΙΟΣ", true},
      {"el", "δίπλωμα", false},
      {"hi", "क्या", true},
      {"hi", "पेटेंट", false},
      {"th", "อะไร", true},
      {"ja", "どこ", true},
      {"ja", "首都", false},
      {"th", "ประเทศ", false},
      // A word is a function word of its own language only.
      {"en", "die", false},
      {"de", "die", true},
      {"en", "era", false},
  };
  for (const StopwordCase& c : cases) {
    SCOPED_TRACE(c.lang + ": " + c.text);
    const std::vector<Token> tokens = Analyzer(c.lang).analyze(c.text);
    ASSERT_EQ(tokens.size(), 1u);
    EXPECT_EQ(is_stopword(tokens[0].word, c.lang), c.function_word);
  }
}

TEST(StopwordsTest, UnknownLanguagesHaveNone) {
  EXPECT_FALSE(is_stopword("the", ""));
  EXPECT_FALSE(is_stopword("the", "xx"));
}

}  // namespace
}  // namespace concord::analyzers
