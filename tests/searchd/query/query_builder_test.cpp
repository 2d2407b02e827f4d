#include "searchd/query/query_builder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "analyzers/cjk_bigrams.h"
#include "indexer/document_builder.h"
#include "indexer/schema.h"

namespace concord::search {
namespace {

std::vector<Xapian::docid> matches(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  std::vector<Xapian::docid> out;
  const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
  for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(*it);
  std::sort(out.begin(), out.end());
  return out;
}

// Twenty documents hold the bigram 应当 alone (common: over kCommonFraction of them); one also
// holds the rare bigram 罕见.
TEST(QueryBuilderTest, CommonBigramsRankButDoNotMatchAlone) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (int i = 0; i < 20; ++i) {
    Xapian::Document doc;
    doc.add_term("XB应当");
    if (i == 0) doc.add_term("XB罕见");
    db.add_document(doc);
  }
  analyzers::AnalyzerCache analyzers;
  // The query's words match no document here: only bigrams can.
  const TextQuery plain = build_text_query("罕见应当", "zh", analyzers);
  const TextQuery informed = build_text_query("罕见应当", "zh", analyzers, false, &db);
  EXPECT_EQ(matches(db, plain.query).size(), 20u);
  EXPECT_EQ(matches(db, informed.query), std::vector<Xapian::docid>{1});
}

// The same for CJK words: 应当 is a word of the query as well as a bigram.
TEST(QueryBuilderTest, CommonCjkWordsRankButDoNotMatchAlone) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (int i = 0; i < 20; ++i) {
    Xapian::Document doc;
    doc.add_term("应当");
    doc.add_term("XB应当");
    if (i == 0) {
      doc.add_term("罕见");
      doc.add_term("XB罕见");
    }
    db.add_document(doc);
  }
  analyzers::AnalyzerCache analyzers;
  const TextQuery informed = build_text_query("罕见 应当", "zh", analyzers, false, &db);
  EXPECT_EQ(matches(db, informed.query), std::vector<Xapian::docid>{1});
  // With nothing rare in the query, the common words match.
  const TextQuery common_only = build_text_query("应当", "zh", analyzers, false, &db);
  EXPECT_EQ(matches(db, common_only.query).size(), 20u);
}

// The query's terms but the language bonus's.
std::multiset<std::string> terms(const Xapian::Query& query) {
  std::multiset<std::string> out(query.get_unique_terms_begin(), query.get_unique_terms_end());
  std::erase_if(out,
                [](const std::string& t) { return t.starts_with(indexer::schema::kLangPrefix); });
  return out;
}

// A two-character word is searched as its bigram, once, weighted as word and bigram together;
// longer words keep their own term beside their bigrams.
TEST(QueryBuilderTest, TwoCharacterWordsAreSearchedAsTheirBigram) {
  analyzers::AnalyzerCache analyzers;
  EXPECT_EQ(terms(build_text_query("债务", "zh", analyzers).query),
            (std::multiset<std::string>{"XB债务"}));
  EXPECT_EQ(terms(build_text_query("知识产权", "zh", analyzers).query),
            (std::multiset<std::string>{"XB产权", "XB知识", "XB识产", "知识产权"}));
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::Document both;
  both.add_term("债务");
  both.add_term("XB债务");
  db.add_document(both);
  Xapian::Document bigram_only;  // 债务 across a word boundary
  bigram_only.add_term("XB债务");
  db.add_document(bigram_only);
  Xapian::Enquire enquire(db);
  enquire.set_query(build_text_query("债务", "zh", analyzers, false, &db).query);
  const Xapian::MSet mset = enquire.get_mset(0, 10);
  ASSERT_EQ(mset.size(), 2u);
  // A word the query repeats counts as often as it is written.
  enquire.set_query(build_text_query("债务 债务", "zh", analyzers, false, &db).query);
  EXPECT_DOUBLE_EQ(enquire.get_mset(0, 10).begin().get_weight(), 2 * mset.begin().get_weight());
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

// One language's function word is another's topic: only the query's own language's are dropped.
TEST(QueryBuilderTest, FunctionWordsOfTheQuerysLanguageAreDropped) {
  struct Case {
    std::string q;
    std::vector<std::string> kept, dropped;
  };
  const std::vector<Case> cases = {
      {"the car of the year", {"car", "year"}, {"the", "of"}},  // "car" is French for "because"
      {"el sur de la ciudad y del país", {"sur", "ciudad"}, {"el", "de", "la"}},  // fr "on"
      {"what is the era of the son", {"era", "son"}, {"what", "is", "the"}},
      {"to be or not to be", {"to", "be", "or", "not"}, {}},  // nothing else: keep them all
  };
  analyzers::AnalyzerCache analyzers;
  for (const Case& c : cases) {
    SCOPED_TRACE(c.q);
    const TextQuery q = build_text_query(c.q, "", analyzers);
    for (const std::string& w : c.kept) EXPECT_TRUE(q.highlight.words.contains(w)) << w;
    for (const std::string& w : c.dropped) EXPECT_FALSE(q.highlight.words.contains(w)) << w;
  }
}

// Documents in the query's language get a bonus; a query that does not tell gets none.
TEST(QueryBuilderTest, DocumentsInTheQuerysLanguageArePreferred) {
  struct Case {
    std::string q, ui_lang;
    std::vector<std::string> preferred;
  };
  const std::vector<Case> cases = {
      {"¿Cuál es la capital de Francia?", "en", {"Les"}},
      {"What is the capital of France?", "es", {"Len"}},
      {"知识产权", "en", {"Lzh"}},
      {"الملكية الفكرية", "", {"Lar"}},
      {"Wann wurde die Universität in Berlin gegründet?", "de", {"Lde"}},
      {"Chi era il primo presidente della repubblica?", "it", {"Lit"}},
      {"Cine a fost primul președinte al României?", "ro", {"Lro"}},
      {"भारत का संविधान कब लागू हुआ?", "hi", {"Lhi"}},
      {"Paris", "fr", {"Lfr"}},  // no function word: the reader's language
      {"Paris", "", {}},
  };
  analyzers::AnalyzerCache analyzers;
  for (const Case& c : cases) {
    SCOPED_TRACE(c.q);
    const std::string description =
        build_text_query(c.q, c.ui_lang, analyzers).query.get_description();
    EXPECT_EQ(description.find("FixedWeightPostingSource") != std::string::npos,
              !c.preferred.empty());
    for (const std::string& term : c.preferred) {
      EXPECT_NE(description.find(term), std::string::npos) << description;
    }
  }
}

// Given the database, the bonus is left out where it would reorder nothing: when every
// document is in the query's language, or none is.
TEST(QueryBuilderTest, LanguageBonusOnlyWhereLanguagesAreMixed) {
  const auto bonus = [](const std::vector<std::string>& langs) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const std::string& lang : langs) {
      Xapian::Document doc;
      doc.add_term("L" + lang);
      db.add_document(doc);
    }
    analyzers::AnalyzerCache analyzers;
    const std::string description =
        build_text_query("知识产权", "en", analyzers, false, &db).query.get_description();
    return description.find("FixedWeightPostingSource") != std::string::npos;
  };
  EXPECT_TRUE(bonus({"zh", "en"}));
  EXPECT_FALSE(bonus({"zh", "zh"}));
  EXPECT_FALSE(bonus({"en", "fr"}));
}

// Every stem of a word is one synonym, so a word counts once however many stems match; the
// exact spelling adds a smaller bonus beside it.
TEST(QueryBuilderTest, StemsAreOneSynonymBesideTheSurfaceForm) {
  analyzers::AnalyzerCache analyzers;
  const std::string description =
      build_text_query("información", "es", analyzers).query.get_description();
  EXPECT_NE(description.find("SYNONYM"), std::string::npos) << description;
  EXPECT_NE(description.find("Zinform"), std::string::npos) << description;
  EXPECT_NE(description.find(") OR 0.2999"), std::string::npos) << description;  // 0.3 × word
}

// A long CJK query matches on its kMaxMatchingBigrams rarest bigrams; its words all stay.
TEST(QueryBuilderTest, LongQueriesMatchOnTheirRarestBigrams) {
  const std::string text = "鑫淼焱垚犇骉羴毳猋譶龘灥雥嘂掱飍靐粗虋";  // single-character words
  const std::vector<std::string> bigrams = analyzers::cjk_bigrams(text);
  ASSERT_EQ(bigrams.size(), 18u);
  // The first bigram is in 18 documents, the next in 17, …: the first two are the commonest,
  // though all are rare enough to match (kCommonFraction of 1,000 documents is 50).
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (int d = 0; d < 1000; ++d) {
    Xapian::Document doc;
    doc.add_term("filler");
    for (std::size_t i = 0; i < bigrams.size(); ++i) {
      if (d < static_cast<int>(bigrams.size() - i)) doc.add_term("XB" + bigrams[i]);
    }
    db.add_document(doc);
  }
  analyzers::AnalyzerCache analyzers;
  const auto bigram_terms = [](const Xapian::Query& query) {
    std::set<std::string> out;
    for (const std::string& t : terms(query)) {
      if (t.starts_with("XB")) out.insert(t.substr(2));
    }
    return out;
  };
  EXPECT_EQ(bigram_terms(build_text_query(text, "zh", analyzers).query),
            std::set<std::string>(bigrams.begin(), bigrams.end()));
  const TextQuery informed = build_text_query(text, "zh", analyzers, false, &db);
  EXPECT_EQ(bigram_terms(informed.query),
            std::set<std::string>(bigrams.begin() + 2, bigrams.end()));
  EXPECT_EQ(terms(informed.query).count("鑫"), 1u);
}

// A Chinese query also searches its character bigrams, lighter than its words, so that a
// document segmented differently still matches; function words are left out as bigrams too.
TEST(QueryBuilderTest, ChineseQueriesAddTheirBigramsAtALowerWeight) {
  analyzers::AnalyzerCache analyzers;
  const std::string description =
      build_text_query("什么是伙伴关系", "zh", analyzers).query.get_description();
  EXPECT_NE(description.find("XB伙伴"), std::string::npos) << description;
  EXPECT_NE(description.find("XB关系"), std::string::npos) << description;
  EXPECT_NE(description.find("0.6999"), std::string::npos) << description;  // 0.7 × bigrams
  EXPECT_EQ(description.find("XB什么"), std::string::npos) << description;
  const std::string latin = build_text_query("patent law", "en", analyzers).query.get_description();
  EXPECT_EQ(latin.find("XB"), std::string::npos) << latin;
}

// A quoted phrase matches its words side by side in any inflection, with function words as gaps
// any word fills; words apart or out of order do not match.
TEST(QueryBuilderTest, PhrasesMatchInflectedFormsSideBySide) {
  struct Case {
    std::string lang, query;
    std::vector<std::string> bodies_matched, bodies_not_matched;
  };
  const std::vector<Case> cases = {
      {"en",
       "\"green innovation\"",
       {"Green innovations in Kenya", "the green innovation fund"},
       {"innovation is green", "green energy and innovation"}},
      {"en",
       "\"protection of inventions\"",
       {"protecting an invention early", "the protection of inventions"},
       {"inventions need protection"}},
      {"ru",
       "\"патентный поверенный\"",
       {"услуги патентных поверенных", "патентный поверенный"},
       {"поверенный в патентных делах"}},
      {"ar", "\"الدكتور هو\"", {"سافر الدكتور وحده"}, {"سافر المهندس وحده"}},
      // Hindi inflections and spellings, Romanian comma-below and cedilla letters.
      {"hi", "\"भारतीय लड़कों\"", {"भारतिय लड़के खेलते हैं"}, {"भारतीय खिलाड़ी खेलते हैं"}},
      {"ro", "\"universității tehnice\"", {"universităţile tehnice"}, {"universitatea veche"}},
  };
  analyzers::AnalyzerCache analyzers;
  for (const Case& c : cases) {
    SCOPED_TRACE(c.query);
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    std::vector<std::string> all = c.bodies_matched;
    all.insert(all.end(), c.bodies_not_matched.begin(), c.bodies_not_matched.end());
    for (const std::string& body : all) {
      indexer::Document doc;
      doc.id = std::to_string(db.get_doccount() + 1);
      doc.lang = c.lang;
      doc.body = body;
      db.add_document(indexer::build_xapian_document(doc, analyzers));
    }
    Xapian::Enquire enquire(db);
    enquire.set_query(build_text_query(c.query, c.lang, analyzers).query);
    std::set<std::string> found;
    const Xapian::MSet matches = enquire.get_mset(0, 10);
    for (auto it = matches.begin(); it != matches.end(); ++it) {
      found.insert(all[*it - 1]);
    }
    EXPECT_EQ(found, std::set<std::string>(c.bodies_matched.begin(), c.bodies_matched.end()));
  }
}

// Documents of (lang, body), ids "1", "2", ... in order, then `fillers` unrelated documents in
// the first one's language; returns the bodies `query` finds, best first, asked by a reader of
// `ui_lang`. With the fillers, a term in one or two of the documents is rare (Commonness).
std::vector<std::string> ranked_bodies(const std::vector<std::pair<std::string, std::string>>& docs,
                                       const std::string& query, const std::string& ui_lang,
                                       int fillers = 40) {
  analyzers::AnalyzerCache analyzers;
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  std::vector<std::pair<std::string, std::string>> all = docs;
  for (int i = 0; i < fillers; ++i) all.emplace_back(docs.front().first, "lorem ipsum");
  for (const auto& [lang, body] : all) {
    indexer::Document doc;
    doc.id = std::to_string(db.get_doccount() + 1);
    doc.lang = lang;
    doc.body = body;
    db.add_document(indexer::build_xapian_document(doc, analyzers));
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(build_text_query(query, ui_lang, analyzers, false, &db).query);
  std::vector<std::string> found;
  const Xapian::MSet matches = enquire.get_mset(0, 10);
  for (auto it = matches.begin(); it != matches.end(); ++it) found.push_back(docs[*it - 1].second);
  return found;
}

// A word's derivations share the first letters of its stem (nacionales, nación), below the
// documents that hold the word's own stem; words with other first letters do not match.
TEST(QueryBuilderTest, StemHeadsMatchDerivationsBelowTheStem) {
  const std::vector<std::pair<std::string, std::string>> es = {
      {"es", "la nación celebra su fiesta"},
      {"es", "los intereses nacionales del país"},
      {"es", "la política económica del país"}};
  EXPECT_EQ(ranked_bodies(es, "intereses nacionales", "es"),
            (std::vector<std::string>{es[1].second, es[0].second}));
  const std::vector<std::pair<std::string, std::string>> ru = {{"ru", "экономический рост страны"},
                                                               {"ru", "экономика и государство"},
                                                               {"ru", "банк и государство"}};
  EXPECT_EQ(ranked_bodies(ru, "экономический", "ru"),
            (std::vector<std::string>{ru[0].second, ru[1].second}));
  // Numbers and Arabic words have no heads: 1990s does not find 1995.
  EXPECT_TRUE(ranked_bodies({{"en", "founded in 1995"}}, "1990s", "en").empty());
}

// A head in more than kCommonFraction of the documents (cons in every constitution and
// construction) only ranks what the words matched, as common bigrams do: alone, it would match
// a large part of a collection.
TEST(QueryBuilderTest, CommonStemHeadsRankButDoNotMatchAlone) {
  std::vector<std::pair<std::string, std::string>> docs;
  for (int i = 0; i < 10; ++i) docs.emplace_back("en", "the constitution of the nation");
  docs.emplace_back("en", "farming for the state");
  docs.emplace_back("en", "consultancy for the state");
  // consensus: no document holds its stem; its head is in 11 of 32 documents.
  EXPECT_TRUE(ranked_bodies(docs, "consensus", "en", 20).empty());
  // The other word matches; the common head then ranks the consultancy first.
  EXPECT_EQ(ranked_bodies(docs, "consensus state", "en", 20),
            (std::vector<std::string>{"consultancy for the state", "farming for the state"}));
}

// In an index of several languages, heads match only documents in the query's language: a
// word's first letters are shared by its translations (universidad, university) and by
// unrelated words of other languages (estudiantil, estuary).
TEST(QueryBuilderTest, StemHeadsStayInTheQuerysLanguage) {
  const std::vector<std::pair<std::string, std::string>> docs = {
      {"en", "the estuary floods"}, {"es", "los estudios terminan"}, {"es", "el museo abrió"}};
  EXPECT_EQ(ranked_bodies(docs, "la vida estudiantil", "es"),
            (std::vector<std::string>{docs[1].second}));
  // One language only: every document is in it, so no filter is needed.
  EXPECT_EQ(ranked_bodies({docs[0]}, "la vida estudiantil", "es"),
            (std::vector<std::string>{docs[0].second}));
}

}  // namespace
}  // namespace concord::search
