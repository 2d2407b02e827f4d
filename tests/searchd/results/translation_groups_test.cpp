// Translation grouping on the corpus, whose *-aNN documents are translation groups.
#include "searchd/results/translation_groups.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "indexer/index_builder.h"
#include "tests/searchd/support/corpus_documents.h"
#include "tests/searchd/support/corpus_engine.h"

namespace concord::search {
namespace {

// Group id → (language → member id), from the corpus files.
std::map<std::string, std::map<std::string, std::string>> corpus_groups() {
  std::map<std::string, std::map<std::string, std::string>> groups;
  for (const nlohmann::json& doc : testing::corpus_documents()) {
    const std::string id = doc["id"];
    groups[doc.value("translation_of", id)][doc["lang"]] = id;
  }
  return groups;
}

std::string group_of(const std::string& id) {
  for (const nlohmann::json& doc : testing::corpus_documents()) {
    if (doc["id"] == id) return doc.value("translation_of", id);
  }
  return "";
}

// Every hit of `request`, page by page.
std::vector<Hit> all_hits(SearchRequest request) {
  std::vector<Hit> hits;
  request.per_page = kMaxPerPage;
  for (request.page = 1;; ++request.page) {
    SearchResponse r = testing::search_corpus(request);
    for (Hit& hit : r.hits) hits.push_back(std::move(hit));
    if (r.hits.size() < static_cast<std::size_t>(kMaxPerPage)) {
      EXPECT_EQ(hits.size(), r.total);
      return hits;
    }
  }
}

TEST(TranslationGroupsTest, EveryGroupOnceInTheReadersLanguageWithItsOtherMembers) {
  const auto groups = corpus_groups();
  std::size_t translated = 0;
  for (const auto& [group, members] : groups) translated += members.size() > 1 ? 1 : 0;
  ASSERT_EQ(translated, 10u);
  for (const std::string ui_lang : {"ar", "zh", "en", "fr", "ru", "es", "pt"}) {
    SCOPED_TRACE(ui_lang);
    SearchRequest request;
    request.group = true;
    request.ui_lang = ui_lang;
    const std::vector<Hit> hits = all_hits(request);
    EXPECT_EQ(hits.size(), groups.size());  // total counts groups: 437 of 497 documents
    std::set<std::string> seen;
    for (const Hit& hit : hits) {
      const std::string group = group_of(hit.id);
      EXPECT_TRUE(seen.insert(group).second) << "group twice: " << group;
      const auto& members = groups.at(group);
      std::set<std::string> expected_others;
      for (const auto& [lang, id] : members) {
        if (id != hit.id) expected_others.insert(id + "/" + lang);
      }
      std::set<std::string> others;
      for (const Translation& t : hit.translations) others.insert(t.id + "/" + t.lang);
      EXPECT_EQ(others, expected_others) << hit.id;
      if (members.contains(ui_lang)) {
        EXPECT_EQ(hit.id, members.at(ui_lang));
      }
    }
  }
}

TEST(TranslationGroupsTest, WithoutTheReadersLanguageTheBestRankedMemberShows) {
  SearchRequest request;
  request.q = "solar cold rooms dairy farmers";
  request.ui_lang = "de";  // no member in German
  request.per_page = kMaxPerPage;
  const SearchResponse flat = testing::search_corpus(request);
  request.group = true;
  const SearchResponse grouped = testing::search_corpus(request);
  ASSERT_FALSE(grouped.hits.empty());
  // The first member of each group in the ungrouped ranking is the one shown, in that order.
  std::vector<std::string> expected;
  std::set<std::string> seen;
  for (const Hit& hit : flat.hits) {
    if (seen.insert(group_of(hit.id)).second) expected.push_back(hit.id);
  }
  std::vector<std::string> shown;
  for (const Hit& hit : grouped.hits) shown.push_back(hit.id);
  EXPECT_EQ(shown, expected);
  EXPECT_EQ(grouped.hits.front().id, "story-en-a01");
  EXPECT_EQ(grouped.hits.front().translations.size(), 6u);
  // Reading in Russian, the same group is shown by its Russian member.
  request.ui_lang = "ru";
  EXPECT_EQ(testing::search_corpus(request).hits.front().id, "story-ru-a01");
}

TEST(TranslationGroupsTest, FiltersWinOverTheReadersLanguageAndFacetsCountGroups) {
  SearchRequest request;
  request.group = true;
  request.ui_lang = "ar";
  request.filters["lang"] = {"en"};
  request.facets = {"lang", "kind"};
  const std::vector<Hit> hits = all_hits(request);
  for (const Hit& hit : hits) EXPECT_EQ(hit.source["lang"], "en") << hit.id;
  // Grouped, facets count groups as the total does (FacetTest checks each against its click).
  SearchRequest everything;
  everything.facets = {"lang", "kind", "theme"};
  const SearchResponse flat = testing::search_corpus(everything);
  everything.group = true;
  const SearchResponse grouped = testing::search_corpus(everything);
  EXPECT_EQ(flat.total, 497u);
  EXPECT_EQ(grouped.total, 437u);
  std::size_t flat_kinds = 0;
  std::size_t grouped_kinds = 0;
  for (const FacetValue& v : flat.facets.at("kind")) flat_kinds += v.count;
  for (const FacetValue& v : grouped.facets.at("kind")) grouped_kinds += v.count;
  EXPECT_EQ(flat_kinds, 497u);
  EXPECT_EQ(grouped_kinds, 437u);  // translations share their kind
  for (const char* field : {"lang", "theme"}) {
    std::map<std::string, std::size_t> flat_counts;
    for (const FacetValue& v : flat.facets.at(field)) flat_counts[v.value] = v.count;
    for (const FacetValue& v : grouped.facets.at(field)) {
      EXPECT_LE(v.count, flat_counts[v.value]) << field << " " << v.value;
    }
  }
}

TEST(TranslationGroupsTest, PagesHoldDistinctGroups) {
  SearchRequest request;
  request.group = true;
  request.q = "innovation";
  request.per_page = 7;
  std::set<std::string> groups;
  std::size_t total = 0;
  for (request.page = 1; request.page <= 6; ++request.page) {
    const SearchResponse r = testing::search_corpus(request);
    total = r.total;
    for (const Hit& hit : r.hits) EXPECT_TRUE(groups.insert(group_of(hit.id)).second) << hit.id;
  }
  EXPECT_EQ(groups.size(), std::min<std::size_t>(total, 42));
}

// Without a single translation in the collection, grouping has nothing to collapse: the same
// total and hits as ungrouped (searches skip the collapse, engine.cpp).
TEST(TranslationGroupsTest, ACollectionWithoutTranslationsGroupsNothing) {
  const auto folder = std::filesystem::temp_directory_path() /
                      ("concord-no-translations-" + std::to_string(::getpid()));
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  {
    std::ofstream out(folder / "docs.jsonl");
    for (int i = 0; i < 30; ++i) {
      out << R"({"id": "law-)" << i << R"(", "kind": "decision", "lang": "en", "title": "Patent )"
          << "ruling " << i << R"(", "body": "A patent licence dispute, case )" << i << "\"}\n";
    }
  }
  const std::string live = (folder / "index").string();
  ASSERT_TRUE(indexer::build_index({live, {(folder / "docs.jsonl").string()}, ""}, {}));
  auto engine = Engine::open(live);
  ASSERT_TRUE(engine) << engine.error().message;
  SearchRequest request;
  request.q = "patent";
  request.per_page = 7;
  request.page = 2;
  request.group = false;
  auto flat = (*engine)->search(request);
  request.group = true;
  auto grouped = (*engine)->search(request);
  ASSERT_TRUE(flat && grouped);
  EXPECT_EQ(flat->total, 30u);
  EXPECT_EQ(grouped->total, 30u);
  ASSERT_EQ(flat->hits.size(), grouped->hits.size());
  for (std::size_t i = 0; i < flat->hits.size(); ++i)
    EXPECT_EQ(flat->hits[i].id, grouped->hits[i].id);
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace concord::search
