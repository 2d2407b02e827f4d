#include "bench/micro/bundled_corpus.h"

#include <stdexcept>

#include "analyzers/analyzer_cache.h"
#include "indexer/document_builder.h"
#include "indexer/jsonl_reader.h"

namespace concord::bench {

std::vector<indexer::Document> bundled_documents(const std::string& lang) {
  std::vector<indexer::Document> docs;
  const std::string path = std::string(CONCORD_CORPUS_DIR) + "/documents/" + lang + ".jsonl";
  auto read = indexer::read_lines(path, [&](std::size_t, std::string_view line) {
    if (auto doc = indexer::parse_document(line, indexer::ThemeCatalog())) {
      docs.push_back(std::move(doc).value());
    }
  });
  if (!read || docs.empty()) throw std::runtime_error("cannot read " + path);
  return docs;
}

std::string bundled_text(const std::string& lang) {
  std::string text;
  for (const indexer::Document& doc : bundled_documents(lang)) {
    text += doc.title;
    text += "\n";
    text += doc.body;
    text += "\n";
  }
  return text;
}

Xapian::Database bundled_index() {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  analyzers::AnalyzerCache analyzers;
  for (const char* lang : {"ar", "en", "es", "fr", "pt", "ru", "zh"}) {
    for (const indexer::Document& doc : bundled_documents(lang)) {
      db.add_document(indexer::build_xapian_document(doc, analyzers));
    }
  }
  db.commit();
  return db;
}

}  // namespace concord::bench
