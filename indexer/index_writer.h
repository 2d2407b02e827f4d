// Writes documents into one new Xapian database that records the schema it follows.
#pragma once

#include <memory>
#include <string>
#include <unordered_set>

#include <xapian.h>

#include "indexer/document.h"
#include "indexer/result.h"
#include "indexer/theme_catalog.h"

namespace concord::indexer {

/// One writer per database (Xapian's rule). Not thread-safe.
class IndexWriter {
 public:
  /// Creates an empty database in `dir` with the schema version and the theme catalog.
  static Result<std::unique_ptr<IndexWriter>> create(const std::string& dir,
                                                     const ThemeCatalog& themes);
  ~IndexWriter();

  /// Adds `doc`, or replaces the document with the same id; true when it replaced one.
  Result<bool> add(const Document& doc);
  /// The same, for `xdoc` already built from `doc` (build_xapian_document), e.g. on another
  /// thread.
  Result<bool> add(const Document& doc, const Xapian::Document& xdoc);
  /// Makes everything added so far durable and visible to readers.
  Result<Ok> commit();
  std::size_t documents() const { return ids_.size(); }

 private:
  struct Impl;
  explicit IndexWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
  std::unordered_set<std::string> ids_;
};

}  // namespace concord::indexer
