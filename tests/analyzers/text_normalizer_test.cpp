// Word normalisation: the one place that decides when two spellings are the same word.
#include "analyzers/text_normalizer.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace concord::analyzers {
namespace {

struct NormalizeCase {
  std::string input;
  std::string_view lang;
  std::string expected;
};

TEST(TextNormalizerTest, NormalizeWord) {
  const std::vector<NormalizeCase> cases = {
      // Case folding and NFKC compatibility forms.
      {"Patent", "en", "patent"},
      {"PATENTS", "en", "patents"},
      {"ＡＢＣ", "en", "abc"},
      {"ﬁnance", "en", "finance"},
      {"ﬂow", "en", "flow"},
      {"Straße", "de", "strasse"},
      {"①", "en", "1"},
      {"Ⅻ", "en", "xii"},
      {"ПАТЕНТ", "ru", "патент"},
      {"ÉCOLE", "fr", "école"},
      {"Inovação", "pt", "inovação"},
      {"e\xcc\x81"
       "cole",
       "fr", "école"},  // decomposed é is composed
      // The Turkish İ is an i (with its one dot); the dotless ı stays a letter of its own.
      {"İstanbul", "tr", "istanbul"},
      {"İSTANBUL", "en", "istanbul"},
      {"ılık", "tr", "ılık"},
      // Turkish suffixes after an apostrophe; other languages keep the apostrophe.
      {"İstanbul'daki", "tr", "istanbul"},
      {"Ankara’ya", "az", "ankara"},
      {"'daki", "tr", "'daki"},
      {"rock'n'roll", "en", "rock'n'roll"},
      // French elision, with ASCII and typographic apostrophes.
      {"l'innovation", "fr", "innovation"},
      {"L'Innovation", "fr", "innovation"},
      {"d’un", "fr", "un"},
      {"qu'elle", "fr", "elle"},
      {"jusqu'ici", "fr", "ici"},
      {"aujourd'hui", "fr", "aujourd'hui"},
      {"l'", "fr", "l'"},
      {"'innovation", "fr", "'innovation"},
      {"l'innovation", "en", "l'innovation"},
      {"l'innovation", "es", "l'innovation"},
      // Italian articulated prepositions and Catalan articles elide too.
      {"dell'anno", "it", "anno"},
      {"all'estero", "it", "estero"},
      {"un'altra", "it", "altra"},
      {"quest'anno", "it", "anno"},
      {"l'any", "ca", "any"},
      {"dell'anno", "en", "dell'anno"},
      // Romanian ș and ț with a comma below are the cedilla forms Snowball stems.
      {"științifice", "ro", "ştiinţifice"},
      {"ŞTIINŢIFICE", "ro", "ştiinţifice"},
      {"Științifice", "", "ştiinţifice"},
      {"şehir", "tr", "şehir"},
      // Arabic: tatweel, diacritics, alef and yeh variants; teh marbuta is kept here.
      {"العـــربية", "ar", "العربية"},
      {"مَدْرَسَةٌ", "ar", "مدرسة"},
      {"أحمد", "ar", "احمد"},
      {"إسلام", "ar", "اسلام"},
      {"آمن", "ar", "امن"},
      {"ٱلله", "ar", "الله"},
      {"مستشفى", "ar", "مستشفي"},
      {"ایران", "ar", "ايران"},
      {"کتاب", "ar", "كتاب"},
      // Chinese: Traditional folded to Simplified; Simplified unchanged.
      {"綠色", "zh", "绿色"},
      {"創新", "zh", "创新"},
      {"知識產權", "zh", "知识产权"},
      {"绿色创新", "zh", "绿色创新"},
      {"專利", "", "专利"},
      // Nothing to do.
      {"", "en", ""},
      {"2024", "en", "2024"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.lang) + ": " + c.input);
    EXPECT_EQ(normalize_word(c.input, c.lang), c.expected);
  }
}

TEST(TextNormalizerTest, NormalizeWordIsIdempotent) {
  const std::vector<std::pair<std::string_view, std::string_view>> cases = {
      {"L'Innovation", "fr"}, {"ＡＢＣ", "en"},  {"الـعَرَبِيَّة", "ar"},
      {"知識產權", "zh"},     {"ПАТЕНТЫ", "ru"}, {"Inovação", "pt"},
  };
  for (const auto& [word, lang] : cases) {
    SCOPED_TRACE(std::string(lang) + ": " + std::string(word));
    const std::string once = normalize_word(word, lang);
    EXPECT_EQ(normalize_word(once, lang), once);
  }
}

struct FoldCase {
  std::string input;
  std::string expected;
};

TEST(TextNormalizerTest, FoldChineseKeepsByteOffsets) {
  const std::vector<FoldCase> cases = {
      {"綠色創新", "绿色创新"},
      {"知識產權保護", "知识产权保护"},
      {"绿色创新", "绿色创新"},
      {"Patent 專利 office", "Patent 专利 office"},
      {"ＡＢＣ", "ＡＢＣ"},  // only Han characters change
      {"مدرسة", "مدرسة"},
      {"", ""},
      // Ill-formed bytes become one space each, so later offsets do not move.
      {"ab\xff"
       "cd",
       "ab cd"},
      {"綠\xc3", "绿 "},
      {"\xe2\x82(x", "  (x"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.input);
    const std::string folded = fold_chinese(c.input);
    EXPECT_EQ(folded, c.expected);
    EXPECT_EQ(folded.size(), c.input.size());
  }
}

TEST(TextNormalizerTest, FoldChineseMatchesNormalizeWordForHan) {
  for (std::string_view word : {"綠色", "創新", "國際合作", "專利審查", "發展中國家"}) {
    SCOPED_TRACE(std::string(word));
    EXPECT_EQ(fold_chinese(word), normalize_word(word, "zh"));
  }
}

TEST(TextNormalizerTest, UnifyTehMarbuta) {
  const std::vector<FoldCase> cases = {
      {"مدرسة", "مدرسه"},   {"ةةة", "ههه"},   {"مدرسه", "مدرسه"},
      {"patent", "patent"}, {"绿色", "绿色"}, {"", ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.input);
    EXPECT_EQ(unify_teh_marbuta(c.input), c.expected);
  }
}

TEST(TextNormalizerTest, FoldAccents) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"información", "informacion"},
      {"école", "ecole"},
      {"naïve", "naive"},
      {"inovação", "inovacao"},
      {"crème", "creme"},
      {"e\xcc\x81tude", "etude"},
      {"año", "año"},  // ñ is a letter of its own: año and ano are different words
      {"kapı", "kapi"},
      {"ştiinţă", "stiinta"},
      {"patent", "patent"},
      {"", ""},
  };
  for (const auto& [input, expected] : cases) {
    SCOPED_TRACE(input);
    EXPECT_EQ(fold_accents(input), expected);
  }
}

}  // namespace
}  // namespace concord::analyzers
