// The query syntax tree (query_parser.h) → a Xapian query, with the plain word search of
// query_builder.h for every run of words.
#pragma once

#include <string_view>

#include "analyzers/analyzer_cache.h"
#include "searchd/query/query_builder.h"
#include "searchd/query/query_parser.h"

namespace concord::search {

/// The most index words one prefix* expands to: its most frequent ones.
inline constexpr unsigned kMaxWildcardExpansion = 100;

/// Parses `text` and builds its query. A plain query (no operator, field or wildcard) is
/// exactly build_text_query's.
TextQuery build_query(std::string_view text, std::string_view ui_lang,
                      analyzers::AnalyzerCache& analyzers, bool cross_language = false,
                      const Xapian::Database* db = nullptr);

/// Builds the query of a parsed tree.
TextQuery compile_query(const QueryNode& node, std::string_view ui_lang,
                        analyzers::AnalyzerCache& analyzers, bool cross_language = false,
                        const Xapian::Database* db = nullptr);

}  // namespace concord::search
