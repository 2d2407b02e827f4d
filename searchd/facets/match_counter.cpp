#include "searchd/facets/match_counter.h"

#include "indexer/schema.h"
#include "searchd/facets/facet_counter.h"

namespace concord::search {

Counts count_matches(const Xapian::Database& db, const Xapian::Query& query, bool group,
                     const std::vector<std::string>& fields, bool value_streams) {
  FacetCounter facets(fields);
  Xapian::Enquire counting(db);
  counting.set_query(query);
  counting.set_weighting_scheme(Xapian::BoolWeight());
  // Collapsing makes the total count groups; the spies, called before collapsing, count
  // documents.
  if (group) counting.set_collapse_key(indexer::schema::kGroupSlot);
  facets.attach(counting, db, group, value_streams);
  // Having seen every match, the lower bound is exact; with collapsing the upper bound and
  // the estimate are not (they allow for members it never had to tell apart).
  const Xapian::doccount total =
      counting.get_mset(0, 0, db.get_doccount()).get_matches_lower_bound();
  return {total, facets.counts(total)};
}

std::vector<FacetValue> count_facet(const Xapian::Database& db, const Xapian::Query& query,
                                    const std::string& field, bool value_streams) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());  // counting only: no scores needed
  FacetCounter counter({field});
  counter.attach(enquire, db, false, value_streams);
  const Xapian::MSet all = enquire.get_mset(0, 0, db.get_doccount());
  return counter.counts(all.get_matches_lower_bound())[field];
}

}  // namespace concord::search
