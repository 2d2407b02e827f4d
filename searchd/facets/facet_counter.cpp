#include "searchd/facets/facet_counter.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_set>
#include <utility>

#include "indexer/schema.h"

namespace concord::search {
namespace {

namespace schema = indexer::schema;

// The value slots that hold a field; multi-valued fields span a run of slots.
std::vector<Xapian::valueno> slots_of(const std::string& name) {
  std::vector<Xapian::valueno> slots;
  if (const schema::Field* field = schema::find_field(name)) {
    for (std::size_t i = 0; i < field->slots; ++i) {
      slots.push_back(field->slot + static_cast<Xapian::valueno>(i));
    }
  }
  return slots;
}

}  // namespace

// A slot's values read beside the matches by walking the slot's value stream. Xapian's
// ValueCountMatchSpy asks each matching document for its value, and glass decodes the value
// chunk from its start for each: on the 148k zh_laws articles the year facet took a third of an
// exact count. A counting pass meets the matches in docid order, so the stream only moves
// forward; a match behind it starts the stream again, which keeps counts exact.
class ValueStream {
 public:
  ValueStream(const Xapian::Database& db, Xapian::valueno slot)
      : db_(db), slot_(slot), stream_(db.valuestream_begin(slot)) {}

  /// The value document `did` holds in the slot; "" when none.
  std::string value_of(Xapian::docid did) {
    if (did < last_) stream_ = db_.valuestream_begin(slot_);
    last_ = did;
    if (stream_ == end_) return {};
    stream_.skip_to(did);
    if (stream_ == end_ || stream_.get_docid() != did) return {};
    return *stream_;
  }

 private:
  Xapian::Database db_;
  Xapian::valueno slot_;
  Xapian::ValueIterator stream_;
  const Xapian::ValueIterator end_;
  Xapian::docid last_ = 0;
};

// Counts one slot's values over the matches (ValueStream).
class StreamCounter : public Xapian::MatchSpy {
 public:
  StreamCounter(const Xapian::Database& db, Xapian::valueno slot) : stream_(db, slot) {}

  void operator()(const Xapian::Document& doc, double) override {
    std::string value = stream_.value_of(doc.get_docid());
    if (value.empty()) return;
    // Neighbouring documents often share a value (the articles of one law, its date).
    if (last_count_ == nullptr || value != last_value_) {
      last_count_ = &counts_[value];
      last_value_ = std::move(value);
    }
    ++*last_count_;
  }

  const std::map<std::string, Xapian::doccount>& counts() const { return counts_; }

 private:
  ValueStream stream_;
  std::map<std::string, Xapian::doccount> counts_;
  std::string last_value_;
  Xapian::doccount* last_count_ = nullptr;  // counts_[last_value_]; map nodes stay put
};

// Counts, for each value, the translation groups with a matching member that holds it. A
// grouped search's total counts groups, so its facets must too: counting documents, a value
// held by the four translations of one story said 4 where its click found 1. Spies see every
// match before collapsing, so each group is recorded once per value whatever its members.
class GroupCounter : public Xapian::MatchSpy {
 public:
  /// With `streams`, `db` is one local index whose value streams are read (ValueStream).
  GroupCounter(const Xapian::Database& db, bool streams) : db_(db), streams_(streams) {
    if (streams_) group_.stream.emplace(db_, schema::kGroupSlot);
  }

  void watch(const std::string& field, Xapian::valueno slot) {
    slots_.push_back({field, slot, {}});
    if (streams_) slots_.back().stream.emplace(db_, slot);
  }
  bool watching() const { return !slots_.empty(); }

  void operator()(const Xapian::Document& doc, double) override {
    const std::string group = value(doc, group_);
    for (Slot& slot : slots_) {
      std::string v = value(doc, slot);
      if (!v.empty()) groups_[slot.field][std::move(v)].insert(group);
    }
  }

  /// value → groups holding it, for `field`.
  std::map<std::string, std::size_t> counts(const std::string& field) const {
    std::map<std::string, std::size_t> out;
    if (auto it = groups_.find(field); it != groups_.end()) {
      for (const auto& [v, groups] : it->second) out[v] = groups.size();
    }
    return out;
  }

 private:
  struct Slot {
    std::string field;
    Xapian::valueno slot = schema::kGroupSlot;
    std::optional<ValueStream> stream;
  };
  static std::string value(const Xapian::Document& doc, Slot& slot) {
    return slot.stream ? slot.stream->value_of(doc.get_docid()) : doc.get_value(slot.slot);
  }

  Xapian::Database db_;
  bool streams_;
  Slot group_;
  std::vector<Slot> slots_;
  std::map<std::string, std::map<std::string, std::unordered_set<std::string>>> groups_;
};

FacetCounter::FacetCounter(const std::vector<std::string>& fields) {
  for (const std::string& name : fields) fields_.push_back({name, slots_of(name), {}, {}, {}});
}

FacetCounter::~FacetCounter() = default;

// Bounds are loose after deletions, never narrower than the values: equal bounds over every
// document mean one value.
std::optional<std::string> FacetCounter::constant_value(const Xapian::Database& db,
                                                        const Field& field) {
  if (field.slots.size() != 1 || db.get_doccount() == 0) return std::nullopt;
  const Xapian::valueno slot = field.slots.front();
  const std::string lower = db.get_value_lower_bound(slot);
  if (db.get_value_freq(slot) != db.get_doccount() || lower != db.get_value_upper_bound(slot)) {
    return std::nullopt;
  }
  return lower;
}

void FacetCounter::attach(Xapian::Enquire& enquire, const Xapian::Database& db, CountMode mode) {
  // Xapian's remote server runs only its own spies: over remote shards groups are not told
  // apart, and a field's count is of documents (docs/known-issues.md).
  const bool by_group = mode.groups && !mode.remote;
  if (by_group) groups_ = std::make_unique<GroupCounter>(db, mode.value_streams);
  for (Field& field : fields_) {
    // Every match holds the constant value: its count is the total, in documents or groups.
    if (!mode.groups || by_group) field.constant = constant_value(db, field);
    if (field.constant) continue;
    for (Xapian::valueno slot : field.slots) {
      if (db.get_value_freq(slot) == 0) continue;
      if (by_group) {
        groups_->watch(field.name, slot);
      } else if (mode.value_streams) {
        field.streams.push_back(std::make_unique<StreamCounter>(db, slot));
        enquire.add_matchspy(field.streams.back().get());
      } else {
        field.spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(slot));
        enquire.add_matchspy(field.spies.back().get());
      }
    }
  }
  if (groups_ && groups_->watching()) enquire.add_matchspy(groups_.get());
}

std::map<std::string, std::vector<FacetValue>> FacetCounter::counts(
    Xapian::doccount matches) const {
  std::map<std::string, std::vector<FacetValue>> out;
  for (const Field& field : fields_) {
    std::map<std::string, std::size_t> merged;
    if (groups_) merged = groups_->counts(field.name);
    if (field.constant && matches > 0) merged[*field.constant] = matches;
    for (const auto& spy : field.spies) {
      for (auto it = spy->values_begin(); it != spy->values_end(); ++it) {
        merged[*it] += it.get_termfreq();
      }
    }
    for (const auto& stream : field.streams) {
      for (const auto& [value, n] : stream->counts()) merged[value] += n;
    }
    std::vector<FacetValue> values;
    for (const auto& [value, count] : merged) values.push_back({value, value, count});
    if (field.name == "year") {
      std::sort(values.begin(), values.end(),
                [](const FacetValue& a, const FacetValue& b) { return a.value > b.value; });
    } else {
      std::stable_sort(values.begin(), values.end(),
                       [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });
    }
    out[field.name] = std::move(values);
  }
  return out;
}

}  // namespace concord::search
