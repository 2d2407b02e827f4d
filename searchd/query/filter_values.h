// Whether a filter value fits its field (schema::kFields), for every request that filters.
#pragma once

#include <string>

#include "indexer/schema.h"

namespace concord::search {

/// Values longer than this are refused: no field's values come near it.
inline constexpr std::size_t kMaxFilterValueBytes = 128;

/// Checks `value` for `field` and puts it in the form the index holds (lang=pt-BR → pt,
/// country=ma → MA). Returns why it is refused, or "" when it is accepted.
std::string check_filter_value(const indexer::schema::Field& field, std::string& value);

}  // namespace concord::search
