// The engine on the bundled corpus: what a user sees for real queries in several languages.
#include "searchd/engine.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <thread>

#include "tests/searchd/support/corpus_index.h"

namespace concord::search {
namespace {

class EngineTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto opened = Engine::open(testing::corpus_index_path());
    ASSERT_TRUE(opened) << opened.error().message;
    engine_ = std::move(opened).value().release();
  }
  static void TearDownTestSuite() {
    delete engine_;
    engine_ = nullptr;
  }

  static SearchResponse search(SearchRequest request) {
    auto response = engine_->search(request);
    EXPECT_TRUE(response) << response.error().message;
    return response ? std::move(response).value() : SearchResponse{};
  }
  static SearchResponse search(const std::string& q, int per_page = 10) {
    SearchRequest request;
    request.q = q;
    request.per_page = per_page;
    return search(request);
  }
  static std::string text_of(const Hit& hit) {
    std::string text;
    for (const char* field : {"title", "summary", "body"}) {
      if (hit.source.contains(field)) text += hit.source[field].get<std::string>() + "\n";
    }
    return text;
  }
  static bool has_theme(const Hit& hit, const std::string& theme) {
    const auto& themes = hit.source["themes"];
    return std::find(themes.begin(), themes.end(), theme) != themes.end();
  }
  static std::vector<std::string> ids(const SearchResponse& r) {
    std::vector<std::string> out;
    for (const Hit& hit : r.hits) out.push_back(hit.id);
    return out;
  }
  static std::size_t facet_count(const SearchResponse& r, const std::string& field,
                                 const std::string& value) {
    for (const FacetValue& v : r.facets.at(field)) {
      if (v.value == value) return v.count;
    }
    return 0;
  }

  static Engine* engine_;
};

Engine* EngineTest::engine_ = nullptr;

TEST_F(EngineTest, ChineseIpQueryReturnsChineseIpDocumentsFirst) {
  const SearchResponse r = search("知识产权", 5);
  ASSERT_GE(r.hits.size(), 5u);
  for (const Hit& hit : r.hits) {
    SCOPED_TRACE(hit.id);
    EXPECT_EQ(hit.source["lang"], "zh");
    const std::string text = text_of(hit);
    EXPECT_TRUE(text.find("知识产权") != std::string::npos ||
                text.find("知識產權") != std::string::npos);
    // Highlights show the document's own characters, Simplified or Traditional.
    EXPECT_TRUE(hit.snippet.find("<mark>知识产权</mark>") != std::string::npos ||
                hit.snippet.find("<mark>知識產權</mark>") != std::string::npos)
        << hit.snippet;
  }
}

TEST_F(EngineTest, TraditionalAndSimplifiedQueriesFindTheSameDocuments) {
  const SearchResponse simplified = search("绿色创新", 50);
  const SearchResponse traditional = search("綠色創新", 50);
  EXPECT_GT(simplified.total, 0u);
  EXPECT_EQ(simplified.total, traditional.total);
  EXPECT_EQ(ids(simplified), ids(traditional));
}

TEST_F(EngineTest, TraditionalDocumentsAreHighlightedForSimplifiedQueries) {
  const SearchResponse r = search("绿色创新", 50);
  auto traditional = std::find_if(r.hits.begin(), r.hits.end(), [](const Hit& h) {
    return h.source["title"].get<std::string>().find("綠色創新") != std::string::npos;
  });
  ASSERT_NE(traditional, r.hits.end());
  EXPECT_NE(traditional->title_html.find("<mark>綠色創新</mark>"), std::string::npos)
      << traditional->title_html;
}

TEST_F(EngineTest, GreenInnovationRanksGreenInnovationStoriesFirstInEachLanguage) {
  struct Case {
    std::string q, lang;
  };
  for (const Case& c : std::vector<Case>{{"green innovation", "en"}, {"绿色创新", "zh"}}) {
    SCOPED_TRACE(c.q);
    const SearchResponse r = search(c.q, 5);
    ASSERT_EQ(r.hits.size(), 5u);
    for (const Hit& hit : r.hits) {
      SCOPED_TRACE(hit.id);
      EXPECT_EQ(hit.source["lang"], c.lang);
      EXPECT_TRUE(has_theme(hit, "green-innovation"));
    }
    const auto first_story = std::find_if(r.hits.begin(), r.hits.end(),
                                          [](const Hit& h) { return h.source["kind"] == "story"; });
    ASSERT_NE(first_story, r.hits.end());
    EXPECT_LT(first_story - r.hits.begin(), 2);
  }
}

// A hit found only through a stem head (economista: Spanish stem econom, English economista;
// economy: economi) shows the word that brought it, as Elasticsearch marks what matched.
TEST_F(EngineTest, HitsFoundThroughAStemHeadShowTheirWord) {
  const SearchResponse r = search("economista", 20);
  bool economy = false;
  for (const Hit& hit : r.hits) {
    SCOPED_TRACE(hit.id);
    const std::string shown = hit.title_html + hit.snippet;
    if (std::regex_search(shown, std::regex("conom"))) {
      EXPECT_NE(shown.find("<mark>"), std::string::npos) << shown;
    }
    economy = economy || std::regex_search(shown, std::regex("<mark>[Ee]conomy</mark>"));
  }
  EXPECT_TRUE(economy) << "no hit shows economy marked";
}

TEST_F(EngineTest, FrenchPluralMatchesSingularByStemming) {
  const SearchResponse r = search("brevets", 50);
  const std::regex singular_only(R"(\bbrevet\b)");
  const std::regex plural(R"(\bbrevets\b)");
  bool found = false;
  for (const Hit& hit : r.hits) {
    const std::string text = text_of(hit);
    if (hit.source["lang"] == "fr" && std::regex_search(text, singular_only) &&
        !std::regex_search(text, plural)) {
      found = true;
      std::string shown = hit.title_html + hit.snippet;
      std::transform(shown.begin(), shown.end(), shown.begin(), ::tolower);
      EXPECT_NE(shown.find("<mark>brevet"), std::string::npos) << shown;
    }
  }
  EXPECT_TRUE(found) << "no French document with only the singular \"brevet\" matched";
}

TEST_F(EngineTest, ArabicQueryMatchesUnnormalisedArabicText) {
  // Hamza and vowel marks in the query must not matter.
  const SearchResponse plain = search("الملكية الفكرية", 20);
  const SearchResponse marked = search("المِلْكِيَّة الفِكْرِيَّة", 20);
  ASSERT_GT(plain.total, 0u);
  EXPECT_EQ(ids(plain), ids(marked));
  for (const Hit& hit : plain.hits) EXPECT_EQ(hit.source["lang"], "ar") << hit.id;
  EXPECT_NE(plain.hits.front().snippet.find("<mark>"), std::string::npos);
}

TEST_F(EngineTest, ThemeFilterCountsAgreeWithTotals) {
  SearchRequest all;
  all.q = "";
  const SearchResponse everything = search(all);
  EXPECT_EQ(everything.total, 497u);
  for (const FacetValue& theme : everything.facets.at("theme")) {
    SCOPED_TRACE(theme.value);
    SearchRequest filtered = all;
    filtered.filters["theme"] = {theme.value};
    const SearchResponse r = search(filtered);
    EXPECT_EQ(r.total, theme.count);
    EXPECT_EQ(facet_count(r, "theme", theme.value), r.total);
    std::size_t kinds = 0;
    for (const FacetValue& kind : r.facets.at("kind")) kinds += kind.count;
    EXPECT_EQ(kinds, r.total);
  }
}

TEST_F(EngineTest, SelectedFacetCountsIgnoreTheirOwnSelection) {
  SearchRequest selected;
  selected.q = "patent";
  selected.filters["theme"] = {"green-innovation"};
  selected.filters["lang"] = {"en"};
  const SearchResponse r = search(selected);
  ASSERT_GT(r.total, 0u);
  // Each theme's count is what selecting that theme instead would return.
  for (const FacetValue& theme : r.facets.at("theme")) {
    SCOPED_TRACE(theme.value);
    SearchRequest instead = selected;
    instead.filters["theme"] = {theme.value};
    EXPECT_EQ(theme.count, search(instead).total);
  }
  EXPECT_GT(r.facets.at("theme").size(), 1u);
  // Unselected fields count over the results themselves.
  std::size_t kinds = 0;
  for (const FacetValue& kind : r.facets.at("kind")) kinds += kind.count;
  EXPECT_EQ(kinds, r.total);
}

TEST_F(EngineTest, CrossLanguageSearchUsesTheGlossary) {
  struct Case {
    std::string q, lang_filter, expected_text;
  };
  const std::vector<Case> cases = {
      {"brevet", "en", "patent"},
      {"brevet", "zh", "专利"},
      {"绿色创新", "fr", "innovation verte"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.q + " in " + c.lang_filter);
    SearchRequest request;
    request.q = c.q;
    request.filters["lang"] = {c.lang_filter};
    EXPECT_EQ(search(request).total, 0u);  // without xlang: no shared words
    request.xlang = true;
    const SearchResponse r = search(request);
    ASSERT_GT(r.total, 0u);
    for (const Hit& hit : r.hits) {
      std::string text = text_of(hit);
      std::transform(text.begin(), text.end(), text.begin(), ::tolower);
      EXPECT_NE(text.find(c.expected_text), std::string::npos) << hit.id;
    }
  }
}

// Glossary names fold like every word, so "do" read as the abbreviation DO (denominação de
// origem) once brought every document with the word "do" (85 results instead of 7).
TEST_F(EngineTest, CrossLanguageSearchLeavesFunctionWordsAlone) {
  SearchRequest request;
  request.q = "café do Amboim";
  request.ui_lang = "pt";
  const SearchResponse plain = search(request);
  request.xlang = true;
  const SearchResponse cross = search(request);
  // Café still names coffee in every language: a few more documents, not every "do".
  EXPECT_GE(cross.total, plain.total);
  EXPECT_LE(cross.total, plain.total + 5);
  ASSERT_GE(cross.hits.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_NE(text_of(cross.hits[i]).find("Amboim"), std::string::npos) << cross.hits[i].id;
  }
}

TEST_F(EngineTest, CrossLanguageSearchReadsAbbreviationsOnlyInCapitals) {
  struct Case {
    std::string q, lang_filter;
    bool expands;
  };
  const std::vector<Case> cases = {
      {"DO Amboim", "es", true},  {"DO Amboim", "ru", true}, {"do Amboim", "es", false},
      {"do Amboim", "ru", false}, {"PCT", "ar", true},       {"pct", "ar", false},
      {"brevet", "en", true},     {"brevet", "es", true},    {"brevet", "pt", true},
      {"brevet", "ru", true},     {"brevet", "ar", true},    {"Brevet", "zh", true},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.q + " in " + c.lang_filter);
    SearchRequest request;
    request.q = c.q;
    request.ui_lang = "pt";
    request.filters["lang"] = {c.lang_filter};
    const std::size_t plain = search(request).total;
    request.xlang = true;
    const std::size_t cross = search(request).total;
    if (c.expands) {
      EXPECT_GT(cross, plain);
    } else {
      EXPECT_EQ(cross, plain);
    }
  }
}

TEST_F(EngineTest, CrossLanguageMatchesRankBelowTheReadersOwnWords) {
  SearchRequest request;
  request.q = "brevet";
  request.xlang = true;
  request.per_page = 5;
  const SearchResponse r = search(request);
  ASSERT_EQ(r.hits.size(), 5u);
  for (const Hit& hit : r.hits) EXPECT_EQ(hit.source["lang"], "fr") << hit.id;
  EXPECT_GT(r.facets.at("lang").size(), 3u);
}

TEST_F(EngineTest, FiltersCombineWithAndWithinFieldsWithOr) {
  SearchRequest stories;
  stories.filters["kind"] = {"story"};
  SearchRequest needs;
  needs.filters["kind"] = {"need"};
  SearchRequest both;
  both.filters["kind"] = {"story", "need"};
  EXPECT_EQ(search(both).total, search(stories).total + search(needs).total);

  SearchRequest french_stories = stories;
  french_stories.filters["lang"] = {"fr"};
  const SearchResponse r = search(french_stories);
  EXPECT_GT(r.total, 0u);
  EXPECT_EQ(r.total, facet_count(search(stories), "lang", "fr"));
}

TEST_F(EngineTest, DateRangeAndDateSort) {
  SearchRequest request;
  request.date_from = "20200101";
  request.date_to = "20211231";
  request.sort = Sort::kDateDescending;
  request.per_page = 100;
  const SearchResponse r = search(request);
  ASSERT_GT(r.hits.size(), 1u);
  for (std::size_t i = 0; i < r.hits.size(); ++i) {
    const std::string date = r.hits[i].source["date"];
    EXPECT_GE(date, "2020-01-01");
    EXPECT_LE(date, "2021-12-31");
    if (i > 0) {
      EXPECT_GE(r.hits[i - 1].source["date"].get<std::string>(), date);
    }
  }
}

TEST_F(EngineTest, PagesDoNotOverlap) {
  SearchRequest first;
  first.q = "patent";
  first.per_page = 5;
  SearchRequest second = first;
  second.page = 2;
  const auto a = ids(search(first));
  const auto b = ids(search(second));
  ASSERT_EQ(a.size(), 5u);
  for (const std::string& id : b) EXPECT_EQ(std::count(a.begin(), a.end(), id), 0) << id;
}

TEST_F(EngineTest, PhraseAndExclusion) {
  const SearchResponse phrase = search("\"green innovation\"", 50);
  ASSERT_GT(phrase.total, 0u);
  for (const Hit& hit : phrase.hits) {
    std::string text = text_of(hit);
    std::transform(text.begin(), text.end(), text.begin(), ::tolower);
    EXPECT_NE(text.find("green innovation"), std::string::npos) << hit.id;
  }
  const SearchResponse excluded = search("\"green innovation\" -women", 50);
  EXPECT_LT(excluded.total, phrase.total);
}

// A phrase that no document holds is searched as its words rather than answering nothing; a
// phrase that some document holds still must appear.
TEST_F(EngineTest, PhraseNoDocumentHoldsIsSearchedAsWords) {
  const SearchResponse words = search("green innovation", 50);
  const SearchResponse relaxed = search("\"innovation green\"", 50);
  ASSERT_GT(words.total, 0u);
  EXPECT_EQ(ids(relaxed), ids(words));
  EXPECT_TRUE(relaxed.phrases_as_words);  // and says so
  const SearchResponse held = search("\"green innovation\"", 50);
  EXPECT_LT(held.total, words.total);
  EXPECT_FALSE(held.phrases_as_words);
  EXPECT_FALSE(words.phrases_as_words);
}

TEST_F(EngineTest, DocumentsByIdAndUnknownTheme) {
  auto doc = engine_->document("story-en-a01");
  ASSERT_TRUE(doc);
  EXPECT_EQ((*doc)["kind"], "story");
  EXPECT_EQ(engine_->document("story-en-missing").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(engine_->document("bad id!").error().code, ErrorCode::kInvalidParameter);
  SearchRequest request;
  request.filters["theme"] = {"no-such-theme"};
  auto r = engine_->search(request);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidParameter);
}

TEST_F(EngineTest, FacetLabelsFollowTheReadersLanguage) {
  SearchRequest request;
  request.ui_lang = "zh";
  const SearchResponse r = search(request);
  for (const FacetValue& v : r.facets.at("theme")) {
    if (v.value == "green-innovation") {
      EXPECT_EQ(v.label, "绿色创新");
    }
  }
  for (const FacetValue& v : r.facets.at("kind")) {
    if (v.value == "story") {
      EXPECT_EQ(v.label, "成功案例");
    }
  }
}

// Counting on a spare thread changes no answer: totals, facet counts and hits equal those of
// an engine that counts inline, with searches arriving from several threads at once.
TEST_F(EngineTest, CountingOnASpareThreadGivesTheSameAnswers) {
  EngineOptions inline_only;
  inline_only.spare_threads = 0;
  EngineOptions two_spare;
  two_spare.spare_threads = 2;
  auto serial = Engine::open(testing::corpus_index_path(), inline_only);
  auto parallel = Engine::open(testing::corpus_index_path(), two_spare);
  ASSERT_TRUE(serial && parallel);
  std::vector<SearchRequest> requests(7);
  requests[1].q = "patent licensing";
  requests[2].q = "知识产权 合作";
  requests[3].q = "brevet";
  requests[3].filters["theme"] = {"green-innovation"};  // a disjunctive facet as well
  requests[4].q = "innovation";
  requests[4].page = 2;
  requests[4].group = true;
  requests[5].q = "\"public health\" -vaccine";
  requests[5].sort = Sort::kDateDescending;
  requests[6].q = "zzzzunmatched";
  const auto summary = [](const SearchResponse& r) {
    std::string out = std::to_string(r.total) + " |";
    for (const Hit& hit : r.hits) out += " " + hit.id + "=" + std::to_string(hit.score);
    for (const auto& [field, values] : r.facets) {
      out += " | " + field + ":";
      for (const FacetValue& v : values) out += " " + v.value + "=" + std::to_string(v.count);
    }
    return out;
  };
  std::vector<std::string> expected;
  for (const SearchRequest& request : requests) {
    auto r = (*serial)->search(request);
    ASSERT_TRUE(r) << r.error().message;
    expected.push_back(summary(*r));
  }
  constexpr int kThreads = 4;
  constexpr int kRounds = 10;
  std::vector<std::vector<std::string>> seen(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < kRounds; ++round) {
        for (const SearchRequest& request : requests) {
          auto r = (*parallel)->search(request);
          seen[t].push_back(r ? summary(*r) : "error: " + r.error().message);
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (int t = 0; t < kThreads; ++t) {
    for (std::size_t i = 0; i < seen[t].size(); ++i) {
      EXPECT_EQ(seen[t][i], expected[i % requests.size()]) << "thread " << t << ", search " << i;
    }
  }
  // And one at a time, when the spare threads are idle and do count.
  for (std::size_t i = 0; i < requests.size(); ++i) {
    auto r = (*parallel)->search(requests[i]);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(summary(*r), expected[i]);
  }
}

}  // namespace
}  // namespace concord::search
