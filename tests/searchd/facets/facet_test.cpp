// Facet counts against a brute-force count over corpus/documents/*.jsonl, read directly.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "indexer/index_terms.h"
#include "searchd/engine.h"
#include "tests/searchd/support/corpus_documents.h"
#include "tests/searchd/support/corpus_engine.h"

namespace concord::search {
namespace {

using Values = std::map<std::string, std::set<std::string>>;  // field → the document's values
using Counts = std::map<std::string, std::size_t>;

struct CorpusDoc {
  std::string id;
  Values values;
};

std::set<std::string> strings_of(const nlohmann::json& doc, const char* field) {
  std::set<std::string> out;
  auto it = doc.find(field);
  if (it == doc.end()) return out;
  if (it->is_string()) out.insert(it->get<std::string>());
  if (it->is_array()) {
    for (const auto& v : *it) out.insert(v.get<std::string>());
  }
  return out;
}

// Each facet field's values as a reader of the JSON would define them (corpus/README.md).
CorpusDoc facet_values_of(const nlohmann::json& doc) {
  CorpusDoc out{doc["id"], {}};
  Values& v = out.values;
  v["kind"] = strings_of(doc, "kind");
  v["lang"] = strings_of(doc, "lang");
  v["region"] = strings_of(doc, "region");
  v["theme"] = strings_of(doc, "themes");
  v["country"] = strings_of(doc, "countries");
  if (doc.contains("date")) v["year"] = {doc["date"].get<std::string>().substr(0, 4)};
  v["org_type"] = strings_of(doc, "org_type");
  v["cooperation"] = strings_of(doc, "cooperation");
  v["match_type"] = strings_of(doc, "match_type");
  v["ip_right"] = strings_of(doc, "ip_right");
  v["ip_right"].merge(strings_of(doc, "ip_areas"));
  for (const std::string& court : strings_of(doc, "court")) {
    v["court"].insert(indexer::court_key(court));
  }
  return out;
}

const std::vector<CorpusDoc>& corpus() {
  static const std::vector<CorpusDoc> docs = [] {
    std::vector<CorpusDoc> out;
    for (const nlohmann::json& doc : testing::corpus_documents()) {
      out.push_back(facet_values_of(doc));
    }
    return out;
  }();
  return docs;
}

bool passes(const CorpusDoc& doc, const std::map<std::string, std::vector<std::string>>& filters,
            const std::string& except) {
  for (const auto& [field, wanted] : filters) {
    if (field == except) continue;
    auto have = doc.values.find(field);
    const bool any = have != doc.values.end() &&
                     std::any_of(wanted.begin(), wanted.end(),
                                 [&](const std::string& w) { return have->second.contains(w); });
    if (!any) return false;
  }
  return true;
}

// What the counts must be: for each field, over the documents passing every other field's
// selection (and among `within`, when given), each value once per document.
Counts brute_force(const SearchRequest& request, const std::string& field,
                   const std::set<std::string>* within) {
  Counts counts;
  for (const CorpusDoc& doc : corpus()) {
    if (within && !within->contains(doc.id)) continue;
    if (!passes(doc, request.filters, field)) continue;
    auto values = doc.values.find(field);
    if (values == doc.values.end()) continue;
    for (const std::string& value : values->second) ++counts[value];
  }
  return counts;
}

class FacetTest : public ::testing::Test {
 protected:
  static SearchResponse search(SearchRequest request) {
    request.facets.clear();
    for (const auto& field : indexer::schema::kFields) request.facets.emplace_back(field.name);
    return testing::search_corpus(request);
  }

  // The ids of every match of `q` without filters, page by page.
  static std::set<std::string> all_matches(const std::string& q) {
    std::set<std::string> ids;
    SearchRequest request;
    request.q = q;
    request.per_page = kMaxPerPage;
    for (request.page = 1;; ++request.page) {
      const SearchResponse r = search(request);
      for (const Hit& hit : r.hits) ids.insert(hit.id);
      if (r.hits.size() < static_cast<std::size_t>(kMaxPerPage)) break;
    }
    return ids;
  }

  // Checks total and every facet; returns the total.
  static std::size_t expect_exact(const SearchRequest& request,
                                  const std::set<std::string>* within = nullptr) {
    const SearchResponse r = search(request);
    std::size_t total = 0;
    for (const CorpusDoc& doc : corpus()) {
      if ((!within || within->contains(doc.id)) && passes(doc, request.filters, "")) ++total;
    }
    EXPECT_EQ(r.total, total);
    for (const auto& schema_field : indexer::schema::kFields) {
      const std::string field(schema_field.name);
      SCOPED_TRACE(field);
      Counts got;
      for (const FacetValue& v : r.facets.at(field)) got[v.value] = v.count;
      EXPECT_EQ(got, brute_force(request, field, within));
    }
    return r.total;
  }
};

TEST_F(FacetTest, CorpusHasEveryFacetField) {
  std::map<std::string, std::size_t> documents_with;
  for (const CorpusDoc& doc : corpus()) {
    for (const auto& [field, values] : doc.values) documents_with[field] += values.empty() ? 0 : 1;
  }
  EXPECT_EQ(corpus().size(), 497u);
  for (const auto& field : indexer::schema::kFields) {
    EXPECT_GT(documents_with[std::string(field.name)], 0u) << field.name;
  }
}

TEST_F(FacetTest, EveryFacetIsExactWithoutSelections) {
  expect_exact(SearchRequest{});
}

TEST_F(FacetTest, EveryFacetIsExactWithSelections) {
  const std::vector<std::map<std::string, std::vector<std::string>>> selections = {
      {{"theme", {"green-innovation"}}},
      {{"theme", {"green-innovation", "traditional-knowledge"}}},
      {{"theme", {"green-innovation", "traditional-knowledge"}}, {"region", {"africa", "arab"}}},
      {{"kind", {"decision"}}, {"ip_right", {"patent", "trademark"}}},
      {{"ip_right", {"gi"}}, {"lang", {"fr", "es", "ar"}}},
      {{"kind", {"story"}}, {"cooperation", {"south-south", "triangular"}}},
      {{"org_type", {"university", "sme"}}, {"country", {"KE", "BR", "CN"}}},
      {{"match_type", {"technical"}}, {"kind", {"need", "offer"}}, {"year", {"2023", "2024"}}},
      {{"court", {indexer::court_key("最高人民法院"), indexer::court_key("High Court of Delhi")}}},
      {{"court", {indexer::court_key("High Court of Singapore")}}, {"ip_right", {"gi", "design"}}},
  };
  for (const auto& filters : selections) {
    SearchRequest request;
    request.filters = filters;
    SCOPED_TRACE(nlohmann::json(filters).dump());
    EXPECT_GT(expect_exact(request), 0u);
  }
}

TEST_F(FacetTest, EveryFacetIsExactForATextQuery) {
  const std::set<std::string> patent = all_matches("patent");
  ASSERT_GT(patent.size(), 10u);
  SearchRequest request;
  request.q = "patent";
  expect_exact(request, &patent);
  request.filters = {{"kind", {"decision", "offer"}}, {"ip_right", {"patent", "design"}}};
  expect_exact(request, &patent);
}

TEST_F(FacetTest, LabelsInTheReadersLanguage) {
  SearchRequest request;
  request.ui_lang = "fr";
  request.filters["kind"] = {"decision"};
  const SearchResponse fr = search(request);
  std::map<std::string, std::string> labels;
  for (const auto& field : {"ip_right", "court"}) {
    for (const FacetValue& v : fr.facets.at(field)) labels[v.value] = v.label;
  }
  EXPECT_EQ(labels["patent"], "Brevet");
  // Courts keep their own name, as the decision writes it.
  EXPECT_EQ(labels[indexer::court_key("Tribunal Supremo (Sala de lo Civil)")],
            "Tribunal Supremo (Sala de lo Civil)");
  request.ui_lang = "zh";
  request.filters = {{"kind", {"story"}}};
  const SearchResponse zh = search(request);  // the loop reads into it: it must outlive the loop
  for (const FacetValue& v : zh.facets.at("cooperation")) {
    if (v.value == "south-south") {
      EXPECT_EQ(v.label, "南南合作");
    }
  }
  request.ui_lang = "ar";
  request.filters = {{"kind", {"profile"}}};
  const SearchResponse ar = search(request);
  for (const FacetValue& v : ar.facets.at("org_type")) {
    if (v.value == "university") {
      EXPECT_EQ(v.label, "جامعة");
    }
  }
}

TEST_F(FacetTest, EmptyQueryBrowsesWithFiltersAndFacets) {
  // Best practices of one theme in one region: stories, no query words.
  SearchRequest request;
  request.filters = {
      {"kind", {"story"}}, {"theme", {"food-security-agriculture"}}, {"region", {"africa"}}};
  request.per_page = kMaxPerPage;
  const SearchResponse r = search(request);
  ASSERT_GT(r.total, 0u);
  EXPECT_EQ(r.hits.size(), r.total);
  for (const Hit& hit : r.hits) {
    EXPECT_EQ(hit.source["kind"], "story");
    EXPECT_EQ(hit.source["region"], "africa");
  }
  expect_exact(request);
}

// What a click gives: with grouping (the HTTP default), every value's count is the total its
// filter returns, for every facet field, with and without a query and with a filter already
// set (a disjunctive facet).
TEST_F(FacetTest, GroupedCountsAreWhatAClickReturns) {
  for (const auto& [q, filters] :
       std::vector<std::pair<std::string, std::map<std::string, std::vector<std::string>>>>{
           {"", {}},
           {"innovation", {}},
           {"patent", {{"kind", {"story"}}}},
           {"", {{"lang", {"fr"}}}}}) {
    SearchRequest request;
    request.q = q;
    request.group = true;
    request.filters = filters;
    const SearchResponse r = search(request);
    std::size_t clicks = 0;
    for (const auto& [field, values] : r.facets) {
      for (const FacetValue& v : values) {
        SCOPED_TRACE("q=" + q + " " + field + "=" + v.value);
        SearchRequest click = request;
        click.filters[field] = {v.value};  // a filtered field's other value replaces it
        click.facets.clear();
        EXPECT_EQ(search(click).total, v.count);
        ++clicks;
      }
    }
    EXPECT_GT(clicks, 20u) << q;
  }
}

}  // namespace
}  // namespace concord::search
