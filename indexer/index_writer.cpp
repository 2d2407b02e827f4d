#include "indexer/index_writer.h"

#include <xapian.h>

#include "analyzers/analyzer_cache.h"
#include "indexer/document_builder.h"
#include "indexer/index_terms.h"
#include "indexer/schema.h"
#include "indexer/spelling.h"

namespace concord::indexer {

struct IndexWriter::Impl {
  Xapian::WritableDatabase db;
  analyzers::AnalyzerCache analyzers;
};

IndexWriter::IndexWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

IndexWriter::~IndexWriter() = default;

Result<std::unique_ptr<IndexWriter>> IndexWriter::create(const std::string& dir,
                                                         const ThemeCatalog& themes) {
  try {
    auto impl = std::make_unique<Impl>();
    // No fsync per commit: nothing reads a generation before publish_generation, which syncs
    // every file of it once, before the switch (index_location.h).
    impl->db = Xapian::WritableDatabase(
        dir, Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS | Xapian::DB_NO_SYNC);
    impl->db.set_metadata(std::string(schema::kVersionKey), std::to_string(schema::kVersion));
    impl->db.set_metadata(std::string(schema::kThemesKey), themes.to_json());
    return std::unique_ptr<IndexWriter>(new IndexWriter(std::move(impl)));
  } catch (const Xapian::Error& e) {
    return make_error(ErrorCode::kIoError,
                      "cannot create index in " + dir + ": " + e.get_description());
  }
}

Result<bool> IndexWriter::add(const Document& doc) {
  try {
    return add(doc, build_xapian_document(doc, impl_->analyzers));
  } catch (const Xapian::Error& e) {
    return make_error(ErrorCode::kIoError, "cannot index " + doc.id + ": " + e.get_description());
  }
}

Result<bool> IndexWriter::add(const Document& doc, const Xapian::Document& xdoc) {
  try {
    add_spellings(impl_->db, xdoc);
    // A new build knows every id it wrote, so it can skip the id lookup of replace_document.
    if (ids_.insert(doc.id).second) {
      impl_->db.add_document(xdoc);
      return false;
    }
    impl_->db.replace_document(id_term(doc.id), xdoc);
    return true;
  } catch (const Xapian::Error& e) {
    return make_error(ErrorCode::kIoError, "cannot index " + doc.id + ": " + e.get_description());
  }
}

Result<Ok> IndexWriter::commit() {
  try {
    impl_->db.commit();
    return Ok{};
  } catch (const Xapian::Error& e) {
    return make_error(ErrorCode::kIoError, "commit failed: " + e.get_description());
  }
}

}  // namespace concord::indexer
