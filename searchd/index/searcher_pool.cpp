#include "searchd/index/searcher_pool.h"

#include <algorithm>
#include <string_view>

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

SearcherPool::Lease::Lease(SearcherPool* pool, std::unique_ptr<Searcher> searcher, bool counted)
    : pool_(pool), searcher_(std::move(searcher)), counted_(counted) {}

SearcherPool::Lease::~Lease() {
  if (pool_ && searcher_) pool_->release(std::move(searcher_), counted_);
}

void SearcherPool::release(std::unique_ptr<Searcher> searcher, bool counted) {
  {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(searcher));
    if (counted) --leased_;
  }
  // Every waiter checks whether it is first in line.
  if (counted) freed_.notify_all();
}

void SearcherPool::limit(std::size_t leases, std::chrono::milliseconds wait) {
  std::lock_guard lock(mutex_);
  max_leases_ = leases;
  wait_ = wait;
}

// A writer that commits twice while a reader opens discards the revision being read, and may
// reuse its blocks: Xapian 1.4 then throws DatabaseModifiedError, or DatabaseCorruptError, from
// the open or its first reads (a write answered 503 in SearchdCrashTest; about one open in 300
// while every change is committed, SearcherPoolTest). Opening again reads a newer revision; an
// index that is really damaged fails every attempt and says so.
constexpr int kOpenAttempts = 5;

Result<SearcherPool::OpenShard> SearcherPool::open_shard(const ShardSpec& shard,
                                                         const std::string& live) const {
  for (int attempt = 1;; ++attempt) {
    try {
      OpenShard opened{
          shard.remote ? Xapian::Remote::open(shard.host, shard.port,
                                              static_cast<useconds_t>(timeouts_.timeout_ms),
                                              static_cast<useconds_t>(timeouts_.connect_timeout_ms))
                       : Xapian::Database(live),
          {}};
      const std::string version = opened.db.get_metadata(std::string(schema::kVersionKey));
      if (version != std::to_string(schema::kVersion)) {
        return make_error(ErrorCode::kSchemaMismatch,
                          "index " + shard.text + " has schema version \"" + version +
                              "\", this concord-searchd reads only version " +
                              std::to_string(schema::kVersion) +
                              "; rebuild it with concord-indexer build");
      }
      opened.themes = opened.db.get_metadata(std::string(schema::kThemesKey));
      return opened;
    } catch (const Xapian::NetworkError& e) {
      return make_error(ErrorCode::kShardUnavailable,
                        "shard " + shard.text + " is unavailable: " + e.get_description());
    } catch (const Xapian::DatabaseError& e) {
      const std::string_view type = e.get_type();
      const bool overtaken = type == "DatabaseModifiedError" || type == "DatabaseCorruptError";
      if (overtaken && attempt < kOpenAttempts) continue;
      return make_error(ErrorCode::kIndexUnavailable,
                        "cannot open index " + shard.text + ": " + e.get_description());
    } catch (const Xapian::Error& e) {
      return make_error(ErrorCode::kIndexUnavailable,
                        "cannot open index " + shard.text + ": " + e.get_description());
    }
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
    auto opened = open_shard(shard, live);
    if (!opened) return opened.error();
    if (&shard == &shards_.front()) themes = std::move(opened->themes);
    combined.add_database(opened->db);
  }
  auto catalog = indexer::ThemeCatalog::parse(themes);
  searcher.themes = catalog ? std::move(catalog).value() : indexer::ThemeCatalog();
  searcher.db = std::move(combined);
  searcher.generation = generation;
  searcher.open = true;
  searcher.shards = shards_.size();
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

Result<SearcherPool::Lease> SearcherPool::acquire(Use use) {
  std::unique_ptr<Searcher> searcher;
  bool counted = false;
  {
    std::unique_lock lock(mutex_);
    if (use == Use::kSearch && max_leases_ > 0) {
      // First come, first served: under sustained overload no request waits behind later ones.
      const std::uint64_t ticket = next_ticket_++;
      waiting_.push_back(ticket);
      const bool turn = freed_.wait_for(
          lock, wait_, [&] { return leased_ < max_leases_ && waiting_.front() == ticket; });
      waiting_.erase(std::find(waiting_.begin(), waiting_.end(), ticket));
      freed_.notify_all();  // the next in line may be free to go too
      if (!turn) {
        return make_error(ErrorCode::kOverloaded,
                          "the server is busy: every search slot stayed taken for " +
                              std::to_string(wait_.count()) + " ms; try again");
      }
      ++leased_;
      counted = true;
    }
    if (!idle_.empty()) {
      searcher = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (!searcher) searcher = std::make_unique<Searcher>();
  // Leased before refreshing, so that a failed refresh gives the slot back.
  Lease lease(this, std::move(searcher), counted);
  if (auto fresh = refresh(*lease); !fresh) return fresh.error();
  return lease;
}

}  // namespace concord::search
