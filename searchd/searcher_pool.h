// Per-thread handles on the live index, following generation switches and new commits.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer_cache.h"
#include "indexer/result.h"
#include "indexer/theme_catalog.h"

namespace concord::search {

/// What one request needs: Xapian objects are not thread-safe, so each request leases its own.
struct Searcher {
  Xapian::Database db;
  std::string generation;  // the folder `db` was opened from
  indexer::ThemeCatalog themes;
  analyzers::AnalyzerCache analyzers;
};

class SearcherPool {
 public:
  explicit SearcherPool(std::string index_path);

  /// Returns the searcher to the pool when destroyed.
  class Lease {
   public:
    Lease(SearcherPool* pool, std::unique_ptr<Searcher> searcher);
    Lease(Lease&&) noexcept = default;
    Lease& operator=(Lease&&) noexcept = default;
    ~Lease();
    Searcher& operator*() { return *searcher_; }
    Searcher* operator->() { return searcher_.get(); }

   private:
    SearcherPool* pool_;
    std::unique_ptr<Searcher> searcher_;
  };

  /// A searcher on the live generation with its latest commit; fails when there is no index or
  /// its schema version is not this program's.
  Result<Lease> acquire();

 private:
  void release(std::unique_ptr<Searcher> searcher);
  Result<Ok> refresh(Searcher& searcher) const;

  std::string index_path_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Searcher>> idle_;
};

}  // namespace concord::search
