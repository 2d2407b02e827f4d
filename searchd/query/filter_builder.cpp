#include "searchd/query/filter_builder.h"

#include <string_view>
#include <vector>

#include "indexer/index_terms.h"
#include "indexer/schema.h"

namespace concord::search {
namespace {

namespace schema = indexer::schema;

}  // namespace

std::string facet_filter_term(const std::string& field, const std::string& value) {
  return indexer::filter_term(*schema::find_field(field), value);
}

std::optional<Xapian::Query> build_filter(const SearchRequest& request) {
  std::vector<Xapian::Query> clauses;
  for (const auto& [field, values] : request.filters) {
    if (values.empty()) continue;
    std::vector<Xapian::Query> alternatives;
    for (const std::string& value : values) {
      alternatives.emplace_back(facet_filter_term(field, value));
    }
    clauses.emplace_back(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
  }
  if (!request.date_from.empty() || !request.date_to.empty()) {
    const std::string from = request.date_from.empty() ? "00000000" : request.date_from;
    const std::string to = request.date_to.empty() ? "99999999" : request.date_to;
    clauses.emplace_back(Xapian::Query::OP_VALUE_RANGE, schema::kDateSlot, from, to);
  }
  if (clauses.empty()) return std::nullopt;
  return Xapian::Query(Xapian::Query::OP_AND, clauses.begin(), clauses.end());
}

}  // namespace concord::search
