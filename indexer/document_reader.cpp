#include "indexer/document_reader.h"

#include "indexer/jsonl_reader.h"

namespace concord::indexer {

Result<ReadCounts> read_documents(const std::vector<std::string>& inputs,
                                  const ThemeCatalog& themes, const ReadCallbacks& callbacks) {
  auto files = expand_inputs(inputs);
  if (!files) return files.error();
  ReadCounts counts;
  for (const std::string& file : *files) {
    auto read = read_lines(file, [&](std::size_t line, std::string_view text) {
      auto doc = parse_document(text, themes);
      if (doc) {
        ++counts.documents;
        if (callbacks.on_document) callbacks.on_document(std::move(doc).value());
      } else {
        ++counts.rejected;
        if (callbacks.on_reject) {
          callbacks.on_reject({file, line, doc.error().field, doc.error().message});
        }
      }
    });
    if (!read) return read.error();
  }
  return counts;
}

}  // namespace concord::indexer
