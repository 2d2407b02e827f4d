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
class StreamCounter;

class FacetCounter {
 public:
  explicit FacetCounter(const std::vector<std::string>& fields);
  ~FacetCounter();
  /// Spies on the slots of the fields that some document of `db` fills (the others' counts
  /// are empty anyway, and every spy costs a look-up per match). Unless `collapsing` (the
  /// total then counts groups, not documents), a single-valued field that every document
  /// holds with the same value (a one-language collection's lang) gets no spy either: its one
  /// count is the number of matches, passed to counts(). With `value_streams`, `db` must be one
  /// local index: the spies read its value streams in docid order (a match in a database of
  /// several reports the docid within its own). Otherwise they are Xapian's own spies, which a
  /// remote shard's server runs where the index is.
  void attach(Xapian::Enquire& enquire, const Xapian::Database& db, bool collapsing = false,
              bool value_streams = false);
  /// value → count for each field, most frequent first (years: newest first); `matches` is
  /// the number of documents matched, for the fields attach() found constant.
  std::map<std::string, std::vector<FacetValue>> counts(Xapian::doccount matches = 0) const;

 private:
  struct Field {
    std::string name;
    std::vector<Xapian::valueno> slots;
    // On the slots attach() chose: value streams on local indexes, or Xapian's own spies.
    std::vector<std::unique_ptr<StreamCounter>> streams;
    std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
    std::optional<std::string> constant;  // the value every document holds, when attach() saw one
  };
  std::vector<Field> fields_;
};

}  // namespace concord::search
