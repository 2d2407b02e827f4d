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

/// What a count counts, and what the database searched allows.
struct CountMode {
  bool groups = false;         // translation groups (a grouped search's unit), not documents
  bool value_streams = false;  // one local index, whose value streams a spy may walk in docid order
  bool remote = false;         // a remote shard takes part: only Xapian's own spies run there
};

/// Counts values of the requested facet fields. Register with an Enquire before get_mset, which
/// must then visit every match (check_at_least = document count) for the counts to be exact.
class StreamCounter;
class GroupCounter;

class FacetCounter {
 public:
  explicit FacetCounter(const std::vector<std::string>& fields);
  ~FacetCounter();
  /// Spies on the slots of the fields that some document of `db` fills (the others' counts
  /// are empty anyway, and every spy costs a look-up per match). A single-valued field that
  /// every document holds with the same value gets no spy: its one count is the number of
  /// matches (or groups), passed to counts(). With `mode.groups` a value counts the translation
  /// groups holding it, as a grouped total does, except over remote shards (documents there).
  /// With `mode.value_streams` the spies read the index's value streams (facet_counter.cpp);
  /// otherwise they are Xapian's own, which a remote shard's server runs where the index is.
  void attach(Xapian::Enquire& enquire, const Xapian::Database& db, CountMode mode = {});
  /// value → count for each field, most frequent first (years: newest first); `matches` is
  /// the number of matches (groups, when counting groups), for the fields attach() found constant.
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
  static std::optional<std::string> constant_value(const Xapian::Database& db, const Field& field);

  std::vector<Field> fields_;
  std::unique_ptr<GroupCounter> groups_;
};

}  // namespace concord::search
