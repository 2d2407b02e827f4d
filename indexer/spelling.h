// The spelling dictionary Xapian keeps beside the index, for "did you mean" corrections.
#pragma once

#include <xapian.h>

#include "analyzers/analyzer_cache.h"
#include "indexer/document.h"

namespace concord::indexer {

/// Adds the document's words in alphabetic scripts to the index's spelling data (Chinese has no
/// spelling to correct). Words are recorded as the analyzer normalises them.
void add_spellings(Xapian::WritableDatabase& db, const Document& doc,
                   analyzers::AnalyzerCache& analyzers);

}  // namespace concord::indexer
