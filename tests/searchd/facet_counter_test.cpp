// Facet counts from value spies, and without them for fields every document holds alike.
#include "searchd/facet_counter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "indexer/schema.h"

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
  counter.attach(enquire, db, collapsing);
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

}  // namespace
}  // namespace concord::search
