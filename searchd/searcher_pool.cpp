#include "searchd/searcher_pool.h"

#include <algorithm>

#include "indexer/index_location.h"
#include "indexer/schema.h"

namespace concord::search {

namespace schema = indexer::schema;

SearcherPool::SearcherPool(std::string index_path) {
  ShardSpec local;
  local.text = index_path;
  local.path = std::move(index_path);
  shards_.push_back(std::move(local));
}

SearcherPool::SearcherPool(const std::vector<std::string>& shards, const ShardTimeouts& timeouts)
    : timeouts_(timeouts) {
  for (const std::string& text : shards) {
    auto spec = parse_shard_spec(text);
    if (spec) shards_.push_back(std::move(spec).value());
  }
}

SearcherPool::Lease::Lease(SearcherPool* pool, std::unique_ptr<Searcher> searcher)
    : pool_(pool), searcher_(std::move(searcher)) {}

SearcherPool::Lease::~Lease() {
  if (pool_ && searcher_) pool_->release(std::move(searcher_));
}

void SearcherPool::release(std::unique_ptr<Searcher> searcher) {
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(searcher));
}

Result<Xapian::Database> SearcherPool::open_shard(const ShardSpec& shard,
                                                  const std::string& live) const {
  try {
    Xapian::Database db =
        shard.remote ? Xapian::Remote::open(shard.host, shard.port,
                                            static_cast<useconds_t>(timeouts_.timeout_ms),
                                            static_cast<useconds_t>(timeouts_.connect_timeout_ms))
                     : Xapian::Database(live);
    const std::string version = db.get_metadata(std::string(schema::kVersionKey));
    if (version != std::to_string(schema::kVersion)) {
      return make_error(ErrorCode::kSchemaMismatch,
                        "index " + shard.text + " has schema version \"" + version +
                            "\", this concord-searchd reads only version " +
                            std::to_string(schema::kVersion) +
                            "; rebuild it with concord-indexer build");
    }
    return db;
  } catch (const Xapian::NetworkError& e) {
    return make_error(ErrorCode::kShardUnavailable,
                      "shard " + shard.text + " is unavailable: " + e.get_description());
  } catch (const Xapian::Error& e) {
    return make_error(ErrorCode::kIndexUnavailable,
                      "cannot open index " + shard.text + ": " + e.get_description());
  }
}

// Opens every shard afresh; the theme catalog comes from the first, as all were built with it.
Result<Ok> SearcherPool::open_all(Searcher& searcher, const std::string& generation) const {
  Xapian::Database combined;
  std::string themes;
  for (const ShardSpec& shard : shards_) {
    std::string live;
    if (!shard.remote) {
      auto resolved = indexer::resolve_live(shard.path);
      if (!resolved) return resolved.error();
      live = std::move(resolved).value();
    }
    auto db = open_shard(shard, live);
    if (!db) return db.error();
    if (&shard == &shards_.front()) themes = db->get_metadata(std::string(schema::kThemesKey));
    combined.add_database(*db);
  }
  auto catalog = indexer::ThemeCatalog::parse(themes);
  searcher.themes = catalog ? std::move(catalog).value() : indexer::ThemeCatalog();
  searcher.db = std::move(combined);
  searcher.generation = generation;
  searcher.open = true;
  searcher.remote_shards = static_cast<std::size_t>(
      std::count_if(shards_.begin(), shards_.end(), [](const ShardSpec& s) { return s.remote; }));
  return Ok{};
}

Result<Ok> SearcherPool::refresh(Searcher& searcher) const {
  std::string generation;
  for (const ShardSpec& shard : shards_) {
    if (shard.remote) continue;
    auto live = indexer::resolve_live(shard.path);
    if (!live) return live.error();
    generation += *live + "\n";
  }
  if (searcher.open && generation == searcher.generation) {
    try {
      searcher.db.reopen();  // cheap; picks up commits made since
      return Ok{};
    } catch (const Xapian::NetworkError&) {
      searcher.open = false;  // a remote shard dropped the connection: connect again below
    } catch (const Xapian::Error&) {
      // A handle reopened while the writer commits in quick succession can read blocks the
      // writer has since reused (Xapian 1.4 reports DatabaseCorruptError as well as
      // DatabaseModifiedError then). A fresh open reads one committed revision; if the index is
      // really damaged, that open fails and says so.
      searcher.open = false;
    }
  }
  return open_all(searcher, generation);
}

Result<Ok> SearcherPool::reconnect(Searcher& searcher) const {
  searcher.open = false;
  return refresh(searcher);
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
