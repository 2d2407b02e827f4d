// Turns a validated Document into the terms, values and data of a Xapian document.
#pragma once

#include <xapian.h>

#include "analyzers/analyzer_cache.h"
#include "indexer/document.h"

namespace concord::indexer {

/// Builds the Xapian document as schema.h describes it, analysing text with the document's
/// language. `analyzers` must belong to the calling thread.
Xapian::Document build_xapian_document(const Document& doc, analyzers::AnalyzerCache& analyzers);

/// The unique id term of a document id.
std::string id_term(std::string_view id);

/// The boolean filter term for a facet value: prefix + lower-cased value.
std::string filter_term(std::string_view prefix, std::string_view value);

/// A court's name as one comparable key: NFKC case-folded (Arabic and Chinese unified as words
/// are), whitespace runs as one space, trimmed. Facet value and filter of `court`.
std::string court_key(std::string_view court);

}  // namespace concord::indexer
