// Results that translate one another (one translation group, schema::kGroupSlot) shown once.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "searchd/search_response.h"

namespace concord::search {

struct GroupedHit {
  Xapian::Document document;              // the member to show
  std::vector<Translation> translations;  // the group's other members
};

/// The member of `best`'s translation group to show in its place: a member in `ui_lang` that
/// passes `filter` (the request's filters), else `best` itself; and the other members.
GroupedHit resolve_group(const Xapian::Database& db, const Xapian::Document& best,
                         std::string_view ui_lang, const std::optional<Xapian::Query>& filter);

}  // namespace concord::search
