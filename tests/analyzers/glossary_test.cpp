// The shipped glossary: complete in every language, and found in text the way users write it.
#include "analyzers/glossary.h"

#include <gtest/gtest.h>

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

TEST(GlossaryTest, FindsConceptsInTextAsWritten) {
  struct Case {
    std::string lang, text, concept_id;
  };
  const std::vector<Case> cases = {
      {"fr", "Les brevets des coopératives", "patent"},
      {"en", "Filing patents abroad", "patent"},
      {"zh", "绿色创新的实践", "theme:green-innovation"},
      {"zh", "綠色創新的實踐", "theme:green-innovation"},  // Traditional folds like the index
      {"fr", "Une innovation verte au Sahel", "theme:green-innovation"},
      {"ru", "Патенты на изобретения", "patent"},
  };
  const Glossary& glossary = builtin_glossary();
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const Analyzer analyzer(c.lang);
    bool found = false;
    for (std::size_t concept_index : glossary.find(analyzer.analyze(c.text), c.lang)) {
      found = found || glossary.id(concept_index) == c.concept_id;
    }
    EXPECT_TRUE(found);
  }
}

TEST(GlossaryTest, MalformedDataIsRefused) {
  EXPECT_THROW(Glossary("id\ten\tfr\nx\tonly-one-column"), std::runtime_error);
  const Glossary tiny("id\ten\tfr\nseed\tseed | seeds\tsemence | graine\n");
  EXPECT_EQ(tiny.size(), 1u);
  const Analyzer english("en");
  EXPECT_EQ(tiny.find(english.analyze("improved seeds"), "en"), std::vector<std::size_t>{0});
  EXPECT_TRUE(tiny.find(english.analyze("graine"), "en").empty());  // names count per language
}

}  // namespace
}  // namespace concord::analyzers
