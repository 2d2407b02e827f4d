// The terms a text puts in the index are exactly those token_terms and text_terms name, so
// `analyze --terms` and /v1/analyze, which print them, show what the indexer writes.
#include "indexer/index_terms.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "analyzers/analyzer.h"
#include "analyzers/analyzer_cache.h"
#include "indexer/document.h"
#include "indexer/document_builder.h"

namespace concord::indexer {
namespace {

std::set<std::string> named_terms(const std::string& text, const std::string& lang) {
  const analyzers::Analyzer analyzer(lang);
  std::set<std::string> terms;
  for (const analyzers::Token& token : analyzer.analyze(text)) {
    for (const IndexTerm& term : token_terms(token, lang)) terms.insert(term.term);
  }
  for (const std::string& term : text_terms(text)) terms.insert(term);
  return terms;
}

// The document's text terms: every term but the boolean and suggestion ones, whose prefixes
// (capitals) no word, stem, head or bigram term starts with.
std::set<std::string> text_terms_of(const Xapian::Document& xdoc) {
  std::set<std::string> terms;
  for (auto it = xdoc.termlist_begin(); it != xdoc.termlist_end(); ++it) {
    const std::string term = *it;
    const bool ours = term.rfind("Z", 0) == 0 || term.rfind("XZ", 0) == 0 ||
                      term.rfind("XB", 0) == 0 ||
                      !std::isupper(static_cast<unsigned char>(term[0]));
    if (ours) terms.insert(term);
  }
  return terms;
}

struct Case {
  const char* lang;
  const char* title;
};

class IndexTermsTest : public ::testing::TestWithParam<Case> {};

TEST_P(IndexTermsTest, DocumentTermsAreTheNamedTerms) {
  const Case c = GetParam();
  const std::string json = std::string(R"({"id": "t-1", "kind": "story", "lang": ")") + c.lang +
                           R"(", "title": ")" + c.title + R"("})";
  auto doc = parse_document(json, {});
  ASSERT_TRUE(doc) << doc.error().message;
  analyzers::AnalyzerCache cache;
  EXPECT_EQ(text_terms_of(build_xapian_document(*doc, cache)), named_terms(c.title, c.lang));
}

// Accented French words get an accent-free stem too, Arabic words a light stem, Chinese text
// words and bigrams: the terms the old analyze output left out.
INSTANTIATE_TEST_SUITE_P(Languages, IndexTermsTest,
                         ::testing::Values(Case{"fr", "économie des brevets protégés"},
                                           Case{"ar", "البراءات الصناعية"},
                                           Case{"zh", "知识产权保护"},
                                           Case{"en", "Green innovation in agriculture"}));

TEST(IndexTermTest, AccentFreeStemsAndHeadsAreNamed) {
  const std::set<std::string> terms = named_terms("économie", "fr");
  for (const char* term : {"économie", "Zéconom", "Zeconom", "XZécon", "XZecon"}) {
    EXPECT_TRUE(terms.contains(term)) << term;
  }
}

TEST(IndexTermTest, FilterTermsFollowTheField) {
  EXPECT_EQ(filter_term(*schema::find_field("kind"), "Story"), "Kstory");
  EXPECT_EQ(filter_term(*schema::find_field("court"), "High  Court of Delhi "),
            "XJhigh court of delhi");
  EXPECT_EQ(id_term("story-1"), "Qstory-1");
}

}  // namespace
}  // namespace concord::indexer
