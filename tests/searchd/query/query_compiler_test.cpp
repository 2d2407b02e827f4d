// The query syntax on the corpus: operators as set operations, fields against the corpus files.
#include "searchd/query/query_compiler.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <regex>
#include <set>

#include "tests/searchd/support/corpus_documents.h"
#include "tests/searchd/support/corpus_engine.h"

namespace concord::search {
namespace {

using Ids = std::set<std::string>;

// Every match of `q`, page by page.
Ids matches(const std::string& q) {
  Ids ids;
  SearchRequest request;
  request.q = q;
  request.per_page = kMaxPerPage;
  for (request.page = 1;; ++request.page) {
    const SearchResponse r = testing::search_corpus(request);
    for (const Hit& hit : r.hits) ids.insert(hit.id);
    if (r.hits.size() < static_cast<std::size_t>(kMaxPerPage)) {
      EXPECT_EQ(ids.size(), r.total) << q;
      break;
    }
  }
  return ids;
}

Ids corpus_where(const std::function<bool(const nlohmann::json&)>& keep) {
  Ids ids;
  for (const nlohmann::json& doc : testing::corpus_documents()) {
    if (keep(doc)) ids.insert(doc["id"].get<std::string>());
  }
  return ids;
}

Ids court_matching(const std::string& pattern) {
  const std::regex re(pattern, std::regex::icase);
  return corpus_where([&](const nlohmann::json& doc) {
    return doc.contains("court") && std::regex_search(doc["court"].get<std::string>(), re);
  });
}

bool has(const nlohmann::json& doc, const char* field, const std::string& value) {
  if (!doc.contains(field)) return false;
  const auto& v = doc[field];
  return v.is_array() ? std::find(v.begin(), v.end(), value) != v.end() : v == value;
}

Ids set_op(const Ids& a, const Ids& b, char op) {
  Ids out;
  for (const std::string& id : a) {
    if ((op == '&') == b.contains(id)) out.insert(id);
  }
  if (op == '|') out.insert(b.begin(), b.end());
  return out;
}

TEST(QueryCompilerTest, OperatorsAreSetOperations) {
  const Ids solar = matches("solar");
  const Ids water = matches("water");
  ASSERT_FALSE(solar.empty());
  ASSERT_FALSE(water.empty());
  EXPECT_EQ(matches("solar OR water"), set_op(solar, water, '|'));
  EXPECT_EQ(matches("solar AND water"), set_op(solar, water, '&'));
  EXPECT_EQ(matches("solar NOT water"), set_op(solar, water, '-'));
  EXPECT_EQ(matches("solar -water"), set_op(solar, water, '-'));
  const Ids patent = matches("patent");
  EXPECT_EQ(matches("(solar OR water) AND patent"), set_op(set_op(solar, water, '|'), patent, '&'));
  EXPECT_EQ(matches("NOT patent").size(), testing::corpus_documents().size() - patent.size());
  EXPECT_FALSE(set_op(solar, water, '&').empty());
}

TEST(QueryCompilerTest, PrefixesFindEveryWordTheyStart) {
  const Ids innov = matches("innov*");
  const std::vector<std::pair<std::string, std::string>> cases = {{"innov*", "innovation"},
                                                                  {"innov*", "innovación"},
                                                                  {"innov*", "innovan"},
                                                                  {"inov*", "inovação"},
                                                                  {"Innov*", "innovation"}};
  for (const auto& [prefix, word] : cases) {
    // The documents holding the word as written, found without the engine.
    const std::regex re("\\b" + word + "\\b", std::regex::icase);
    const Ids exact = corpus_where([&](const nlohmann::json& doc) {
      return std::regex_search(
          doc.value("title", "") + " " + doc.value("summary", "") + " " + doc.value("body", ""),
          re);
    });
    ASSERT_FALSE(exact.empty()) << word;
    const Ids found = matches(prefix);
    EXPECT_TRUE(std::includes(found.begin(), found.end(), exact.begin(), exact.end())) << word;
  }
  // Chinese and Arabic prefixes, on the normalised form (Traditional characters fold; Arabic
  // words also by their stem, without article or attached prepositions).
  const Ids ip = corpus_where([](const nlohmann::json& doc) {
    const std::string text =
        doc.value("title", "") + doc.value("summary", "") + doc.value("body", "");
    return text.find("知识产权") != std::string::npos || text.find("知識產權") != std::string::npos;
  });
  ASSERT_GT(ip.size(), 10u);
  const Ids prefix_zh = matches("知识产*");
  EXPECT_TRUE(std::includes(prefix_zh.begin(), prefix_zh.end(), ip.begin(), ip.end()));
  EXPECT_EQ(matches("知识产*"), matches("知識產*"));
  const Ids patents_ar = matches("براءات");
  ASSERT_FALSE(patents_ar.empty());
  const Ids prefix_ar = matches("براء*");
  EXPECT_TRUE(
      std::includes(prefix_ar.begin(), prefix_ar.end(), patents_ar.begin(), patents_ar.end()));
  // Excluded prefixes take every word they start away.
  EXPECT_EQ(matches("patent -innov*"), set_op(matches("patent"), innov, '-'));
}

TEST(QueryCompilerTest, CourtMatchesTheWordsOfTheCourtsName) {
  EXPECT_EQ(matches("court:\"Supreme People's Court\""), court_matching("supreme people's court"));
  EXPECT_EQ(matches("court:最高人民法院"), court_matching("最高人民法院"));
  EXPECT_EQ(matches("court:\"high court\""), court_matching("\\bhigh court\\b"));
  EXPECT_EQ(matches("court:supreme"), court_matching("\\bsupreme\\b"));
  EXPECT_EQ(matches("court:\"Cour d'appel de Paris\""), court_matching("cour d'appel de paris"));
  EXPECT_EQ(matches("court:\"محكمة التمييز\""), court_matching("محكمة التمييز"));
  EXPECT_EQ(court_matching("\\bhigh court\\b").size(), 7u);
  // With words: decisions of that court about them.
  const Ids spc_patent = matches("court:最高人民法院 专利");
  EXPECT_FALSE(spc_patent.empty());
  EXPECT_TRUE(std::includes(court_matching("最高人民法院").begin(),
                            court_matching("最高人民法院").end(), spc_patent.begin(),
                            spc_patent.end()));
}

TEST(QueryCompilerTest, FieldsFilterLikeFacets) {
  EXPECT_EQ(matches("country:ke"),
            corpus_where([](const nlohmann::json& d) { return has(d, "countries", "KE"); }));
  EXPECT_EQ(matches("theme:green-innovation kind:story"), corpus_where([](const nlohmann::json& d) {
              return has(d, "themes", "green-innovation") && has(d, "kind", "story");
            }));
  EXPECT_EQ(matches("year:2023 OR year:2024"), corpus_where([](const nlohmann::json& d) {
              const std::string year = d.value("date", "").substr(0, 4);
              return year == "2023" || year == "2024";
            }));
  EXPECT_EQ(matches("ip_right:gi lang:fr"), corpus_where([](const nlohmann::json& d) {
              return (has(d, "ip_right", "gi") || has(d, "ip_areas", "gi")) && has(d, "lang", "fr");
            }));
  EXPECT_EQ(matches("org_type:university -country:BR"), corpus_where([](const nlohmann::json& d) {
              return has(d, "org_type", "university") && !has(d, "countries", "BR");
            }));
  const Ids patent = matches("patent");
  const Ids kenyan_patent = matches("patent country:KE");
  EXPECT_FALSE(kenyan_patent.empty());
  EXPECT_EQ(kenyan_patent, set_op(patent, matches("country:KE"), '&'));
}

TEST(QueryCompilerTest, MalformedSyntaxIsSearchedAsWords) {
  EXPECT_EQ(matches("(solar OR water"), matches("solar OR water"));  // the words solar, water
  EXPECT_EQ(matches("solar AND"), matches("solar"));                 // "and" is a function word
  EXPECT_EQ(matches("colour:solar"), matches("colour solar"));
  for (const char* q : {"*", "court:", "\"solar", "()", "NOT", "a*", "court:\"\"", "-", "OR OR"}) {
    SearchRequest request;
    request.q = q;
    EXPECT_TRUE(testing::corpus_engine().search(request)) << q;
  }
}

TEST(QueryCompilerTest, HighlightsTheWordsOfEveryBranch) {
  SearchRequest request;
  request.q = "solar OR water NOT zzzz";
  const SearchResponse r = testing::search_corpus(request);
  ASSERT_FALSE(r.hits.empty());
  bool marked = false;
  for (const Hit& hit : r.hits) {
    marked = marked || hit.snippet.find("<mark>") != std::string::npos ||
             hit.title_html.find("<mark>") != std::string::npos;
  }
  EXPECT_TRUE(marked);
}

// Whether `q` or any of its subqueries is Xapian's static MatchAll object.
bool holds_static_match_all(const Xapian::Query& q) {
  if (q.internal.get() == Xapian::Query::MatchAll.internal.get()) return true;
  for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) {
    if (holds_static_match_all(q.get_subquery(i))) return true;
  }
  return false;
}

// Its reference count is not atomic: concurrent searches copying it corrupted searchd's heap.
TEST(QueryCompilerTest, MatchAllQueriesNeverShareXapiansStaticObject) {
  analyzers::AnalyzerCache analyzers;
  for (const char* q : {"", "NOT solar", "theme:green-innovation", "-solar", "\"\""}) {
    const Xapian::Query query = build_query(q, "en", analyzers).query;
    EXPECT_FALSE(holds_static_match_all(query)) << q << ": " << query.get_description();
  }
  EXPECT_EQ(build_query("", "en", analyzers).query.get_type(), Xapian::Query::LEAF_MATCH_ALL);
}

}  // namespace
}  // namespace concord::search
