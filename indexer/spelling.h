// The spelling dictionary Xapian keeps beside the index, for "did you mean" corrections.
#pragma once

#include <xapian.h>

namespace concord::indexer {

/// Adds the words of a built document in alphabetic scripts to the index's spelling data
/// (Chinese has no spelling to correct), as the analyzer normalised them, once per document.
void add_spellings(Xapian::WritableDatabase& db, const Xapian::Document& xdoc);

}  // namespace concord::indexer
