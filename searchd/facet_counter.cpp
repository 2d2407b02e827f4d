#include "searchd/facet_counter.h"

#include <algorithm>

#include "indexer/schema.h"

namespace concord::search {
namespace {

namespace schema = indexer::schema;

// The value slots that hold a field; multi-valued fields span a run of slots.
std::vector<Xapian::valueno> slots_of(const std::string& field) {
  auto run = [](Xapian::valueno first, std::size_t n) {
    std::vector<Xapian::valueno> slots;
    for (std::size_t i = 0; i < n; ++i) slots.push_back(first + static_cast<Xapian::valueno>(i));
    return slots;
  };
  if (field == "kind") return {schema::kKindSlot};
  if (field == "lang") return {schema::kLangSlot};
  if (field == "region") return {schema::kRegionSlot};
  if (field == "year") return {schema::kYearSlot};
  if (field == "org_type") return {schema::kOrgTypeSlot};
  if (field == "cooperation") return {schema::kCooperationSlot};
  if (field == "match_type") return {schema::kMatchTypeSlot};
  if (field == "court") return {schema::kCourtSlot};
  if (field == "ip_right") return run(schema::kIpRightSlotFirst, schema::kMaxIpRights);
  if (field == "theme") return run(schema::kThemeSlotFirst, schema::kMaxThemes);
  if (field == "country") return run(schema::kCountrySlotFirst, schema::kMaxCountries);
  return {};
}

}  // namespace

FacetCounter::FacetCounter(const std::vector<std::string>& fields) {
  for (const std::string& name : fields) {
    Field field{name, {}, {}, std::nullopt};
    for (Xapian::valueno slot : slots_of(name)) {
      field.spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(slot));
      field.slots.push_back(slot);
    }
    fields_.push_back(std::move(field));
  }
}

void FacetCounter::attach(Xapian::Enquire& enquire) {
  for (Field& field : fields_) {
    for (auto& spy : field.spies) enquire.add_matchspy(spy.get());
  }
}

void FacetCounter::attach(Xapian::Enquire& enquire, const Xapian::Database& db, bool collapsing) {
  for (Field& field : fields_) {
    if (!collapsing && field.slots.size() == 1) {
      const Xapian::valueno slot = field.slots.front();
      // Bounds are loose after deletions, never narrower than the values: equal bounds over
      // every document mean one value.
      const std::string lower = db.get_value_lower_bound(slot);
      if (db.get_doccount() > 0 && db.get_value_freq(slot) == db.get_doccount() &&
          lower == db.get_value_upper_bound(slot)) {
        field.constant = lower;
        continue;
      }
    }
    for (std::size_t i = 0; i < field.spies.size(); ++i) {
      if (db.get_value_freq(field.slots[i]) > 0) enquire.add_matchspy(field.spies[i].get());
    }
  }
}

std::map<std::string, std::vector<FacetValue>> FacetCounter::counts(
    Xapian::doccount matches) const {
  std::map<std::string, std::vector<FacetValue>> out;
  for (const Field& field : fields_) {
    std::map<std::string, std::size_t> merged;
    if (field.constant && matches > 0) merged[*field.constant] = matches;
    for (const auto& spy : field.spies) {
      for (auto it = spy->values_begin(); it != spy->values_end(); ++it) {
        merged[*it] += it.get_termfreq();
      }
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
