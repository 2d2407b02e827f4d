#include "searchd/facets/match_counter.h"

#include "indexer/schema.h"

namespace concord::search {

CountMode count_mode(const Searcher& searcher, bool group) {
  return {group, searcher.one_local_index(), searcher.remote_shards > 0};
}

Counts count_matches(const Xapian::Database& db, const Xapian::Query& query,
                     const std::vector<std::string>& fields, CountMode mode) {
  FacetCounter facets(fields);
  Xapian::Enquire counting(db);
  counting.set_query(query);
  counting.set_weighting_scheme(Xapian::BoolWeight());
  // Collapsing makes the total count groups; the spies are called before collapsing.
  if (mode.groups) counting.set_collapse_key(indexer::schema::kGroupSlot);
  facets.attach(counting, db, mode);
  // Having seen every match, the lower bound is exact; with collapsing the upper bound and
  // the estimate are not (they allow for members it never had to tell apart).
  const Xapian::doccount total =
      counting.get_mset(0, 0, db.get_doccount()).get_matches_lower_bound();
  return {total, facets.counts(total)};
}

std::vector<FacetValue> count_facet(const Xapian::Database& db, const Xapian::Query& query,
                                    const std::string& field, CountMode mode) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());  // counting only: no scores needed
  FacetCounter counter({field});
  if (mode.groups) enquire.set_collapse_key(indexer::schema::kGroupSlot);
  counter.attach(enquire, db, mode);
  const Xapian::MSet all = enquire.get_mset(0, 0, db.get_doccount());
  return counter.counts(all.get_matches_lower_bound())[field];
}

}  // namespace concord::search
