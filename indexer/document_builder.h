// Turns a validated Document into the terms, values and data of a Xapian document.
#pragma once

#include <xapian.h>

#include "analyzers/analyzer_cache.h"
#include "indexer/document.h"

namespace concord::indexer {

/// Builds the Xapian document as schema.h describes it, analysing text with the document's
/// language. `analyzers` must belong to the calling thread.
Xapian::Document build_xapian_document(const Document& doc, analyzers::AnalyzerCache& analyzers);

}  // namespace concord::indexer
