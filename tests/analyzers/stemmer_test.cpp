// Stemmers and the extra stems that let other spellings of a word meet at index time.
#include "analyzers/stemmer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "analyzers/analyzer.h"
#include "analyzers/hindi_stemmer.h"

namespace concord::analyzers {
namespace {

// Every term a word is searched and indexed under: its stem and its extra stems.
std::set<std::string> stems_of(std::string_view text, std::string_view lang) {
  const std::vector<Token> tokens = Analyzer(lang).analyze(text);
  EXPECT_EQ(tokens.size(), 1u) << text;
  if (tokens.empty()) return {};
  std::set<std::string> stems = {tokens[0].stem};
  for (std::string& extra : extra_stems(tokens[0].word, tokens[0].stem, lang)) {
    stems.insert(std::move(extra));
  }
  return stems;
}

bool share_a_stem(std::string_view a, std::string_view b, std::string_view lang) {
  const std::set<std::string> x = stems_of(a, lang);
  const std::set<std::string> y = stems_of(b, lang);
  return std::any_of(x.begin(), x.end(), [&](const std::string& s) { return y.contains(s); });
}

struct PairCase {
  std::string_view lang;
  std::string_view a;
  std::string_view b;
  bool meet;
};

TEST(StemmerTest, SpellingsMeetThroughExtraStems) {
  const std::vector<PairCase> cases = {
      // A single-letter preposition before a word the light stemmer leaves alone.
      {"ar", "بكاليفورنيا", "كاليفورنيا", true},
      {"ar", "لكاليفورنيا", "كاليفورنيا", true},
      {"ar", "وبكاليفورنيا", "كاليفورنيا", true},
      {"ar", "المعلمون", "معلم", true},
      // Accents left out by the writer.
      {"es", "informacion", "información", true},
      {"fr", "ecole", "école", true},
      {"pt", "inovacao", "inovação", true},
      {"es", "ano", "año", false},
      {"en", "patents", "patent", true},
      {"en", "patent", "potent", false},
      // Every Latin-script language with a stemmer, not only the four queries are analysed in.
      {"ro", "stiintifice", "științifice", true},
      {"ro", "universitatii", "universității", true},
      {"tr", "universitesi", "üniversitesi", true},
      {"tr", "KAPI", "kapı", true},  // case folding spells the capital I as i, not ı
      {"de", "Universitaten", "Universitäten", true},
      {"it", "citta", "città", true},
      // Inflections meet once Romanian's comma-below letters are stemmed (universităţii, cedilla,
      // always was).
      {"ro", "universității", "universitatea", true},
      {"ro", "universităţii", "universitatea", true},
      // Hindi: plural and oblique forms, nukta and nasal spellings (hindi_stemmer.h).
      {"hi", "लड़कों", "लड़का", true},
      {"hi", "लड़के", "लडका", true},
      {"hi", "किताबें", "किताब", true},
      {"hi", "किताबों", "किताब", true},
      {"hi", "हिन्दी", "हिंदी", true},
      {"hi", "भारतीय", "भारतिय", true},
      {"hi", "किताब", "कमल", false},
  };
  for (const PairCase& c : cases) {
    SCOPED_TRACE(std::string(c.lang) + ": " + std::string(c.a) + " / " + std::string(c.b));
    EXPECT_EQ(share_a_stem(c.a, c.b, c.lang), c.meet);
  }
}

TEST(StemmerTest, ExtraStemsAreDistinctAndBounded) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"ar", "والبرلمانات"}, {"ar", "بها"},      {"ar", "و"},
      {"es", "información"}, {"fr", "éléphant"}, {"en", "naïveté"},
      {"ru", "ёлка"},        {"zh", "知识产权"}, {"es", std::string(200, 'a') + "é"},
  };
  for (const auto& [lang, text] : cases) {
    SCOPED_TRACE(lang + ": " + text);
    for (const Token& token : Analyzer(lang).analyze(text)) {
      const std::vector<std::string> extras = extra_stems(token.word, token.stem, lang);
      const std::set<std::string> unique(extras.begin(), extras.end());
      EXPECT_EQ(unique.size(), extras.size());
      for (const std::string& extra : extras) {
        EXPECT_FALSE(extra.empty());
        EXPECT_NE(extra, token.stem);
        EXPECT_LE(extra.size(), Analyzer::kMaxTermBytes);
      }
    }
  }
}

TEST(StemmerTest, NoExtraStemsWithoutAStemmerOrForRussian) {
  EXPECT_TRUE(extra_stems("知识", "", "zh").empty());
  EXPECT_TRUE(extra_stems("патентов", "патент", "ru").empty());
  EXPECT_TRUE(extra_stems("patent", "patent", "en").empty());
}

TEST(StemmerTest, StemHeadsAreTheFirstLettersOfAlphabeticStems) {
  EXPECT_EQ(stem_head("nacional"), "naci");
  EXPECT_EQ(stem_head("naci"), "naci");  // as long as its head: the query side skips it
  EXPECT_EQ(stem_head("экономическ"), "экон");
  EXPECT_EQ(stem_head("πολιτικ"), "πολι");
  EXPECT_EQ(stem_head("éducat"), "éduc");  // letters, not bytes
  EXPECT_EQ(stem_head("ştiinţ"), "ştii");
  EXPECT_EQ(stem_head("nac"), "");    // shorter than a head
  EXPECT_EQ(stem_head("1990s"), "");  // numbers are not joined by their first digits
  EXPECT_EQ(stem_head("co2em"), "");
  EXPECT_EQ(stem_head("ابتكار"), "");  // Arabic words are roots in patterns
  EXPECT_EQ(stem_head("किसानों"), "");
  EXPECT_EQ(stem_head("知识产权"), "");
  EXPECT_EQ(stem_head(""), "");
  EXPECT_EQ(stem_head("\xff\xfe\xfd\xfc\xfb"), "");  // not UTF-8
}

// What the heads are for: forms a suffix stemmer leaves apart.
TEST(StemmerTest, StemHeadsJoinWhatStemsLeaveApart) {
  const auto head_of = [](std::string_view word, std::string_view lang) {
    const std::vector<Token> tokens = Analyzer(lang).analyze(word);
    return tokens.size() == 1 ? stem_head(tokens[0].stem) : std::string("?");
  };
  EXPECT_NE(*stems_of("nación", "es").begin(), *stems_of("nacionales", "es").begin());
  EXPECT_EQ(head_of("nación", "es"), head_of("nacionales", "es"));
  EXPECT_NE(*stems_of("экономика", "ru").begin(), *stems_of("экономический", "ru").begin());
  EXPECT_EQ(head_of("экономика", "ru"), head_of("экономический", "ru"));
  EXPECT_EQ(head_of("нация", "ru"), "");  // нац: a stem shorter than a head has none
}

TEST(StemmerTest, HindiLightStem) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"लड़कियों", "लडक"},  // -इयों, nukta dropped
      {"जाएंगे", "जा"},  // -ाएंगे would leave one letter: -एंगे, the root जा (go)
      {"करेंगे", "कर"},     // -ेंगे
      {"सम्बन्ध", "संबंध"},  // dead nasals before a consonant as anusvara
      {"माँ", "मां"},      // chandrabindu as anusvara; two letters left unstemmed
      {"घर", "घर"},      {"patent", "patent"},  // other scripts pass through
  };
  for (const auto& [word, stem] : cases) {
    SCOPED_TRACE(word);
    EXPECT_EQ(hindi_light_stem(word), stem);
  }
  EXPECT_EQ(hindi_normalize("ज़िंदगी"), "जिंदगि");
}

TEST(StemmerTest, ArabicLightStem) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"المعلمون", "معلم"},
      {"والكتاب", "كتاب"},
      {"للبرلمان", "برلم"},
      {"كتب", "كتب"},
  };
  for (const auto& [word, stem] : cases) {
    SCOPED_TRACE(word);
    EXPECT_EQ(arabic_light_stem(word), stem);
  }
}

}  // namespace
}  // namespace concord::analyzers
