#include "searchd/searcher_pool.h"

#include "indexer/index_location.h"
#include "indexer/schema.h"

namespace concord::search {

namespace schema = indexer::schema;

SearcherPool::SearcherPool(std::string index_path) : index_path_(std::move(index_path)) {}

SearcherPool::Lease::Lease(SearcherPool* pool, std::unique_ptr<Searcher> searcher)
    : pool_(pool), searcher_(std::move(searcher)) {}

SearcherPool::Lease::~Lease() {
  if (pool_ && searcher_) pool_->release(std::move(searcher_));
}

void SearcherPool::release(std::unique_ptr<Searcher> searcher) {
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(searcher));
}

Result<Ok> SearcherPool::refresh(Searcher& searcher) const {
  auto live = indexer::resolve_live(index_path_);
  if (!live) return live.error();
  try {
    if (*live == searcher.generation) {
      searcher.db.reopen();  // cheap; picks up commits made since
      return Ok{};
    }
    Xapian::Database db(*live);
    const std::string version = db.get_metadata(std::string(schema::kVersionKey));
    if (version != std::to_string(schema::kVersion)) {
      return make_error(ErrorCode::kSchemaMismatch,
                        "index " + *live + " has schema version \"" + version +
                            "\", this concord-searchd reads only version " +
                            std::to_string(schema::kVersion) +
                            "; rebuild it with concord-indexer build");
    }
    auto themes = indexer::ThemeCatalog::parse(db.get_metadata(std::string(schema::kThemesKey)));
    searcher.themes = themes ? std::move(themes).value() : indexer::ThemeCatalog();
    searcher.db = std::move(db);
    searcher.generation = *live;
  } catch (const Xapian::Error& e) {
    return make_error(ErrorCode::kIndexUnavailable, "cannot open index: " + e.get_description());
  }
  return Ok{};
}

Result<SearcherPool::Lease> SearcherPool::acquire() {
  std::unique_ptr<Searcher> searcher;
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      searcher = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (!searcher) searcher = std::make_unique<Searcher>();
  if (auto fresh = refresh(*searcher); !fresh) return fresh.error();
  return Lease(this, std::move(searcher));
}

}  // namespace concord::search
