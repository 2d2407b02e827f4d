// The shipped glossary: complete in every language, and found in text the way users write it.
#include "analyzers/glossary.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "analyzers/analyzer.h"

namespace concord::analyzers {
namespace {

const std::vector<std::string> kLanguages = {"en", "fr", "es", "pt", "ru", "ar", "zh"};

TEST(GlossaryTest, EveryConceptIsNamedInEveryLanguage) {
  const Glossary& glossary = builtin_glossary();
  ASSERT_GE(glossary.size(), 200u);
  std::set<std::string> ids;
  for (std::size_t c = 0; c < glossary.size(); ++c) {
    SCOPED_TRACE(glossary.id(c));
    EXPECT_TRUE(ids.insert(glossary.id(c)).second) << "duplicate id";
    std::set<std::string> langs;
    for (const GlossaryTerm& term : glossary.terms(c)) langs.insert(term.lang);
    for (const std::string& lang : kLanguages) EXPECT_TRUE(langs.contains(lang)) << lang;
  }
}

// The ids of the concepts `text` names when analysed in `lang`.
std::set<std::string> concepts_in(const Glossary& glossary, const std::string& text,
                                  const std::string& lang) {
  const Analyzer analyzer(lang);
  std::set<std::string> ids;
  for (std::size_t c : glossary.find(text, analyzer.analyze(text), lang)) {
    ids.insert(glossary.id(c));
  }
  return ids;
}

TEST(GlossaryTest, FindsConceptsInTextAsWritten) {
  struct Case {
    std::string lang, text, concept_id;
    bool named;
  };
  const std::vector<Case> cases = {
      {"fr", "Les brevets des coopératives", "patent", true},
      {"en", "Filing patents abroad", "patent", true},
      {"es", "Patentes de invención", "patent", true},
      {"pt", "As patentes da cooperativa", "patent", true},
      {"ru", "Патенты на изобретения", "patent", true},
      {"ar", "براءة اختراع للتعاونية", "patent", true},
      {"zh", "合作社的专利", "patent", true},
      {"zh", "绿色创新的实践", "theme:green-innovation", true},
      {"zh", "綠色創新的實踐", "theme:green-innovation", true},  // Traditional folds like the index
      {"fr", "Une innovation verte au Sahel", "theme:green-innovation", true},
      // Ordinary names match whatever their case, abbreviations only in capitals.
      {"fr", "LES BREVETS", "patent", true},
      {"en", "PCT filings", "pct", true},
      {"en", "pct filings", "pct", false},
      {"en", "Pct filings", "pct", false},
      {"ru", "международная заявка РСТ", "pct", true},
      {"fr", "la PI des coopératives", "intellectual-property", true},
      {"fr", "le nombre pi", "intellectual-property", false},
      {"en", "IP and cooperatives", "intellectual-property", true},
      {"en", "an ip address", "intellectual-property", false},
      {"ru", "ИС кооперативов", "intellectual-property", true},
      {"ru", "ис кооперативов", "intellectual-property", false},
      {"en", "the TKDL", "tk-documentation", true},
      {"en", "the tkdl", "tk-documentation", false},
      {"es", "fondos de I+D", "research", true},
      {"fr", "office de PI", "ip-office", true},
      {"ru", "охрана ис", "ip-protection", true},  // a name partly in capitals is no abbreviation
      // DO (denominación, denominação de origem) is Spanish and Portuguese; only Spanish has no
      // word "do", and Portuguese "do" ("of the") names nothing, even in capitals.
      {"es", "la DO Amboim", "appellation-of-origin", true},
      {"es", "café do Amboim", "appellation-of-origin", false},
      {"pt", "café do Amboim", "appellation-of-origin", false},
      {"pt", "café DO Amboim", "appellation-of-origin", false},
      {"pt", "denominação de origem", "appellation-of-origin", true},
  };
  const Glossary& glossary = builtin_glossary();
  for (const Case& c : cases) {
    SCOPED_TRACE(c.lang + ": " + c.text);
    EXPECT_EQ(concepts_in(glossary, c.text, c.lang).contains(c.concept_id), c.named);
  }
}

TEST(GlossaryTest, MarksAbbreviationsAndFunctionWords) {
  struct Case {
    std::string lang, text;
    bool abbreviation, function_word;
  };
  const std::vector<Case> cases = {
      {"pt", "DO", true, true},  // Portuguese "do"
      {"es", "DO", true, true},  // English and Portuguese "do": one folded term in the index
      {"en", "PDO", true, false},
      {"fr", "AOC", true, false},
      {"en", "appellation of origin", false, false},
  };
  const Glossary& glossary = builtin_glossary();
  std::size_t appellation = glossary.size();
  for (std::size_t c = 0; c < glossary.size(); ++c) {
    if (glossary.id(c) == "appellation-of-origin") appellation = c;
  }
  ASSERT_LT(appellation, glossary.size());
  for (const Case& c : cases) {
    SCOPED_TRACE(c.lang + ": " + c.text);
    const auto& terms = glossary.terms(appellation);
    const auto term = std::find_if(terms.begin(), terms.end(), [&](const GlossaryTerm& t) {
      return t.lang == c.lang && t.text == c.text;
    });
    ASSERT_NE(term, terms.end());
    EXPECT_EQ(term->abbreviation, c.abbreviation);
    EXPECT_EQ(term->function_word, c.function_word);
  }
}

TEST(GlossaryTest, ShortFunctionWordsNameNothingWhateverTheirCase) {
  const Glossary tiny("id\ten\tfr\nx\tthe | it\tla chose\n");
  for (const std::string text : {"the", "The", "THE", "it", "IT"}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(concepts_in(tiny, text, "en").empty());
  }
  EXPECT_EQ(concepts_in(tiny, "la chose", "fr"), std::set<std::string>{"x"});
}

TEST(GlossaryTest, MalformedDataIsRefused) {
  EXPECT_THROW(Glossary("id\ten\tfr\nx\tonly-one-column"), std::runtime_error);
  const Glossary tiny("id\ten\tfr\nseed\tseed | seeds\tsemence | graine\n");
  EXPECT_EQ(tiny.size(), 1u);
  const Analyzer english("en");
  EXPECT_EQ(tiny.find("improved seeds", english.analyze("improved seeds"), "en"),
            std::vector<std::size_t>{0});
  EXPECT_TRUE(tiny.find("graine", english.analyze("graine"), "en").empty());  // per language
}

}  // namespace
}  // namespace concord::analyzers
