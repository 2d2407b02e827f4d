// Country names in the reader's language, from ICU: what facets, cards and explanations show.
#include "analyzers/display_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace concord::analyzers {
namespace {

struct NameCase {
  std::string code;
  std::string ui_lang;
  std::string name;
};

TEST(DisplayNamesTest, CountriesByTheirNameInTheReadersLanguage) {
  const std::vector<NameCase> cases = {
      {"MA", "fr", "Maroc"},
      {"MA", "zh", "摩洛哥"},
      {"MA", "ar", "المغرب"},
      {"MA", "ru", "Марокко"},
      {"MA", "es", "Marruecos"},
      {"MA", "pt", "Marrocos"},
      {"MA", "en", "Morocco"},
      {"QA", "zh", "卡塔尔"},
      {"KG", "ru", "Киргизия"},
      {"TL", "fr", "Timor oriental"},
      // The index stores upper case; a request may not.
      {"ma", "fr", "Maroc"},
      // A tag counts by its primary language, as ui_lang does everywhere.
      {"MA", "fr-CA", "Maroc"},
      {"MA", "zh-Hant", "摩洛哥"},
  };
  for (const NameCase& c : cases) {
    EXPECT_EQ(country_name(c.code, c.ui_lang), c.name) << c.code << " in " << c.ui_lang;
  }
}

TEST(DisplayNamesTest, AnUnknownCodeKeepsItsCode) {
  const std::vector<NameCase> cases = {
      {"XY", "fr", "XY"},  // two letters ICU names nothing
      {"xy", "ar", "xy"},  // as it was given, not upper-cased
      {"MAR", "fr", "MAR"}, {"M1", "fr", "M1"}, {"", "fr", ""},
  };
  for (const NameCase& c : cases) {
    EXPECT_EQ(country_name(c.code, c.ui_lang), c.name) << c.code << " in " << c.ui_lang;
  }
}

// Without the English fallback ICU answers in the process's default locale: the server's LANG.
TEST(DisplayNamesTest, ALanguageWithoutNamesGivesTheEnglishName) {
  EXPECT_EQ(country_name("MA", "xx"), "Morocco");
  EXPECT_EQ(country_name("MA", ""), "Morocco");
  EXPECT_EQ(country_name("MA", "../x"), "Morocco");
}

}  // namespace
}  // namespace concord::analyzers
