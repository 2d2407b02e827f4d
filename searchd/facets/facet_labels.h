// Labels for facet values in the reader's language.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "indexer/theme_catalog.h"
#include "searchd/search_response.h"

namespace concord::search {

/// The label of an enumerated value (kind, lang, region, org_type, cooperation, match_type,
/// ip_right) in `ui_lang` (English when missing); a country's name in `ui_lang` from ICU
/// (analyzers::country_name; an unknown code stays the code).
std::string facet_label(std::string_view field, std::string_view value, std::string_view ui_lang);

/// Every field of schema::kFields, with its known values labelled in `ui_lang`: themes from the
/// index's catalog, vocabularies and languages from built-in tables.
std::vector<FieldDescription> describe_fields(const indexer::ThemeCatalog& themes,
                                              std::string_view ui_lang);

/// Sets every facet value's label: themes from the index's catalog, courts as a decision of `db`
/// names them, countries by ICU's name in `ui_lang`, the rest from built-in tables; values
/// without a label keep their raw value.
void label_facets(std::map<std::string, std::vector<FacetValue>>& facets,
                  const indexer::ThemeCatalog& themes, const Xapian::Database& db,
                  std::string_view ui_lang);

}  // namespace concord::search
