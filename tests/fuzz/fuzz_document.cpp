// The JSON document validator on arbitrary bytes; a document it accepts is also turned into
// the Xapian document the indexer would store.
#include <cstdint>

#include "indexer/document.h"
#include "indexer/document_builder.h"
#include "tests/fuzz/fuzz_support.h"

using concord::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto& themes = concord::fuzz::corpus_themes();
  auto doc = concord::indexer::parse_document(concord::fuzz::as_text(data, size), themes);
  if (!doc) {
    require(!doc.error().message.empty(), "a rejection says why");
    return 0;
  }
  require(concord::indexer::is_valid_id(doc->id), "an accepted document has a valid id");
  static concord::analyzers::AnalyzerCache analyzers;
  const Xapian::Document built = concord::indexer::build_xapian_document(*doc, analyzers);
  require(built.termlist_count() > 0, "an accepted document has terms");
  return 0;
}
