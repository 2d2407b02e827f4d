// Facet counts from value spies, and without them for fields every document holds alike.
#include "searchd/facets/facet_counter.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "indexer/schema.h"
#include "tests/indexer/temp_dir.h"

namespace concord::search {
namespace {

namespace schema = indexer::schema;

struct Doc {
  std::string lang;  // "" for none
  std::string kind;
  std::string word;
};

Xapian::WritableDatabase database(const std::vector<Doc>& docs) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (const Doc& d : docs) {
    Xapian::Document doc;
    if (!d.lang.empty()) doc.add_value(schema::kLangSlot, d.lang);
    doc.add_value(schema::kKindSlot, d.kind);
    doc.add_term(d.word);
    doc.add_term("all");
    db.add_document(doc);
  }
  return db;
}

using Counts = std::map<std::string, std::size_t>;

// Counts of `fields` over the documents holding `word`.
std::map<std::string, Counts> count(const Xapian::Database& db, const std::string& word,
                                    bool collapsing = false) {
  FacetCounter counter({"lang", "kind"});
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(word));
  counter.attach(enquire, db, {.groups = collapsing});
  const Xapian::MSet mset = enquire.get_mset(0, 0, db.get_doccount());
  std::map<std::string, Counts> out;
  for (const auto& [field, values] : counter.counts(mset.get_matches_lower_bound())) {
    for (const FacetValue& v : values) out[field][v.value] = v.count;
  }
  return out;
}

const std::vector<Doc> kOneLanguage = {{"en", "story", "solar"},
                                       {"en", "need", "solar"},
                                       {"en", "story", "wind"},
                                       {"en", "offer", "solar"},
                                       {"en", "story", "water"}};

TEST(FacetCounterTest, AFieldEveryDocumentHoldsAlikeCountsTheMatches) {
  const Xapian::WritableDatabase db = database(kOneLanguage);
  const auto counts = count(db, "solar");
  EXPECT_EQ(counts.at("lang"), (Counts{{"en", 3}}));
  EXPECT_EQ(counts.at("kind"), (Counts{{"story", 1}, {"need", 1}, {"offer", 1}}));
  EXPECT_EQ(count(db, "all").at("lang"), (Counts{{"en", 5}}));
  EXPECT_FALSE(count(db, "nothing").contains("lang"));
}

TEST(FacetCounterTest, SpiesCountWhenCollapsingOrWhenValuesDiffer) {
  EXPECT_EQ(count(database(kOneLanguage), "solar", true).at("lang"), (Counts{{"en", 3}}));
  std::vector<Doc> mixed = kOneLanguage;
  mixed.push_back({"fr", "story", "solar"});
  EXPECT_EQ(count(database(mixed), "solar").at("lang"), (Counts{{"en", 3}, {"fr", 1}}));
  std::vector<Doc> missing = kOneLanguage;
  missing.push_back({"", "story", "solar"});  // no lang: not counted under "en"
  EXPECT_EQ(count(database(missing), "solar").at("lang"), (Counts{{"en", 3}}));
}

// Counts of "theme" and "year" over the matches of `query`, read from value streams or by
// Xapian's own spies (what remote shards use).
std::map<std::string, Counts> spied(const Xapian::Database& db, const Xapian::Query& query,
                                    bool value_streams, bool collapsing) {
  FacetCounter counter({"theme", "year"});
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  if (collapsing) enquire.set_collapse_key(schema::kGroupSlot);
  counter.attach(enquire, db, {.groups = collapsing, .value_streams = value_streams});
  enquire.get_mset(0, 10, db.get_doccount());
  std::map<std::string, Counts> out;
  for (const auto& [field, values] : counter.counts()) {
    for (const FacetValue& v : values) out[field][v.value] = v.count;
  }
  return out;
}

// On disk (glass stores values in chunked streams), the stream counts equal Xapian's spies'
// for queries matching sparse and dense sets, with gaps in every slot. Over two shards searched
// as one, a match reports its docid within its shard: only Xapian's spies count right there.
TEST(FacetCounterTest, ValueStreamsCountAsXapiansSpiesDo) {
  test::TempDir dir;
  std::vector<Xapian::WritableDatabase> shards;
  for (const char* name : {"a", "b"}) shards.emplace_back(dir / name, Xapian::DB_CREATE);
  for (int i = 0; i < 3000; ++i) {
    Xapian::Document doc;
    if (i % 7 != 0) doc.add_value(schema::kYearSlot, std::to_string(1990 + i % 31));
    for (int t = 0; t < i % 3; ++t) {
      doc.add_value(schema::kThemeSlotFirst + t, "theme-" + std::to_string((i + t) % 5));
    }
    doc.add_value(schema::kGroupSlot, std::to_string(i / 2));
    doc.add_term("all");
    if (i % 2 == 0) doc.add_term("even");
    if (i % 97 == 0) doc.add_term("rare");
    shards[i % 2].add_document(doc);
  }
  Xapian::Database both;
  for (auto& shard : shards) {
    shard.commit();
    both.add_database(shard);
  }
  const Xapian::Database one(dir / "a");
  for (const char* word : {"all", "even", "rare"}) {
    for (bool collapsing : {false, true}) {
      SCOPED_TRACE(std::string(word) + (collapsing ? " collapsed" : ""));
      const Xapian::Query query(word);
      const auto streams = spied(one, query, true, collapsing);
      EXPECT_FALSE(streams.at("year").empty());
      EXPECT_EQ(streams, spied(one, query, false, collapsing));
    }
  }
  EXPECT_NE(spied(both, Xapian::Query("even"), true, false),
            spied(both, Xapian::Query("even"), false, false));
}

// Grouped, a value counts the groups with a matching member holding it: the four translations
// of one story are one.
TEST(FacetCounterTest, GroupsCountOnceWhatTheirMembersShare) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const std::vector<std::tuple<std::string, std::string, std::string>> docs = {
      {"g1", "en", "food"}, {"g1", "fr", "food"},   {"g1", "es", "food"},
      {"g2", "en", "food"}, {"g2", "en", "health"}, {"g3", "fr", "health"}};
  for (const auto& [group, lang, theme] : docs) {
    Xapian::Document doc;
    doc.add_value(schema::kGroupSlot, group);
    doc.add_value(schema::kLangSlot, lang);
    doc.add_value(schema::kThemeSlotFirst, theme);
    doc.add_term("all");
    db.add_document(doc);
  }
  for (const bool groups : {false, true}) {
    FacetCounter counter({"lang", "theme"});
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query("all"));
    if (groups) enquire.set_collapse_key(schema::kGroupSlot);
    counter.attach(enquire, db, {.groups = groups});
    const Xapian::MSet mset = enquire.get_mset(0, 0, db.get_doccount());
    std::map<std::string, Counts> got;
    for (const auto& [field, values] : counter.counts(mset.get_matches_lower_bound())) {
      for (const FacetValue& v : values) got[field][v.value] = v.count;
    }
    if (groups) {
      EXPECT_EQ(got["theme"], (Counts{{"food", 2}, {"health", 2}}));
      EXPECT_EQ(got["lang"], (Counts{{"en", 2}, {"fr", 2}, {"es", 1}}));
    } else {
      EXPECT_EQ(got["theme"], (Counts{{"food", 4}, {"health", 2}}));
      EXPECT_EQ(got["lang"], (Counts{{"en", 3}, {"fr", 2}, {"es", 1}}));
    }
  }
}

}  // namespace
}  // namespace concord::search
