// Exact facet counts over every matching document, with Xapian's built-in value spies.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "searchd/search_response.h"

namespace concord::search {

/// Counts values of the requested facet fields. Register with an Enquire before get_mset, which
/// must then visit every match (check_at_least = document count) for the counts to be exact.
class FacetCounter {
 public:
  explicit FacetCounter(const std::vector<std::string>& fields);
  void attach(Xapian::Enquire& enquire);
  /// The same, leaving out slots that no document of `db` fills: their counts are empty
  /// anyway, and every spy costs a value lookup per match.
  void attach(Xapian::Enquire& enquire, const Xapian::Database& db);
  /// value → count for each field, most frequent first (years: newest first).
  std::map<std::string, std::vector<FacetValue>> counts() const;

 private:
  struct Field {
    std::string name;
    std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;  // one per slot
    std::vector<Xapian::valueno> slots;                              // the spies' slots
  };
  std::vector<Field> fields_;
};

}  // namespace concord::search
