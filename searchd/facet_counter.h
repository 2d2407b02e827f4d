// Exact facet counts over every matching document, with Xapian's built-in value spies.
#pragma once

#include <map>
#include <memory>
#include <optional>
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
  /// anyway, and every spy costs a value lookup per match. Unless `collapsing` (the total then
  /// counts groups, not documents), a single-valued field that every document holds with the
  /// same value (a one-language collection's lang) gets no spy either: its one count is the
  /// number of matches, passed to counts().
  void attach(Xapian::Enquire& enquire, const Xapian::Database& db, bool collapsing = false);
  /// value → count for each field, most frequent first (years: newest first); `matches` is
  /// the number of documents matched, for the fields attach() found constant.
  std::map<std::string, std::vector<FacetValue>> counts(Xapian::doccount matches = 0) const;

 private:
  struct Field {
    std::string name;
    std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;  // one per slot
    std::vector<Xapian::valueno> slots;                              // the spies' slots
    std::optional<std::string> constant;  // the value every document holds, when attach() saw one
  };
  std::vector<Field> fields_;
};

}  // namespace concord::search
