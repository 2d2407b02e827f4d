// Per-thread handles on the live index (or on every shard of a collection), following
// generation switches and new commits, and reconnecting to remote shards after a failure.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer_cache.h"
#include "indexer/result.h"
#include "indexer/theme_catalog.h"
#include "searchd/index/shard_spec.h"

namespace concord::search {

/// What one request needs: Xapian objects are not thread-safe, so each request leases its own.
struct Searcher {
  Xapian::Database db;     // one index, or every shard added to one database
  std::string generation;  // the folders `db` was opened from (local shards)
  bool open = false;       // false: `db` must be opened again (never opened, or a shard failed)
  std::size_t shards = 0;  // databases in `db`
  std::size_t remote_shards = 0;
  /// `db` is one local index, whose value streams a facet spy may walk (facet_counter.h).
  bool one_local_index() const { return shards == 1 && remote_shards == 0; }
  indexer::ThemeCatalog themes;
  analyzers::AnalyzerCache analyzers;
};

class SearcherPool {
 public:
  explicit SearcherPool(std::string index_path);
  /// A collection of shards searched as one database; `shards` must be valid (parse_shard_spec).
  SearcherPool(const std::vector<std::string>& shards, const ShardTimeouts& timeouts);

  /// Returns the searcher to the pool when destroyed.
  class Lease {
   public:
    Lease(SearcherPool* pool, std::unique_ptr<Searcher> searcher, bool counted);
    Lease(Lease&&) noexcept = default;
    Lease& operator=(Lease&&) noexcept = default;
    ~Lease();
    Searcher& operator*() { return *searcher_; }
    Searcher* operator->() { return searcher_.get(); }

   private:
    SearcherPool* pool_;
    std::unique_ptr<Searcher> searcher_;
    bool counted_;  // holds one of the limited slots
  };

  /// What a lease is for: a search, which can visit every match and takes a limited slot, or a
  /// lookup (one document, the themes, suggestions), which reads a few entries and never waits.
  enum class Use { kSearch, kLookup };

  /// At most `leases` searchers at once (0: no limit); acquire() waits up to `wait` for one.
  /// Two cores gain nothing from sixty searches at once, and each holds its own match state:
  /// past the cores, more concurrency only adds memory and latency (Elasticsearch bounds its
  /// search thread pool the same way).
  void limit(std::size_t leases, std::chrono::milliseconds wait);

  /// A searcher on the live generation of every shard with its latest commit; fails when a
  /// shard has no index, its schema version is not this program's, a remote shard does not
  /// answer within the timeouts (kShardUnavailable), or no searcher came free in time
  /// (kOverloaded).
  Result<Lease> acquire(Use use = Use::kSearch);

  /// After a network error on `searcher`: opens every shard again. Fails with
  /// kShardUnavailable naming the shard that still does not answer.
  Result<Ok> reconnect(Searcher& searcher) const;

 private:
  void release(std::unique_ptr<Searcher> searcher, bool counted);
  Result<Ok> refresh(Searcher& searcher) const;
  Result<Ok> open_all(Searcher& searcher, const std::string& generation) const;
  struct OpenShard {
    Xapian::Database db;
    std::string themes;  // the theme catalog recorded in the index
  };
  Result<OpenShard> open_shard(const ShardSpec& shard, const std::string& live) const;

  std::vector<ShardSpec> shards_;
  ShardTimeouts timeouts_;
  std::mutex mutex_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<Searcher>> idle_;
  std::size_t leased_ = 0;             // searches holding a slot
  std::deque<std::uint64_t> waiting_;  // tickets of searches waiting for one, in arrival order
  std::uint64_t next_ticket_ = 0;
  std::size_t max_leases_ = 0;
  std::chrono::milliseconds wait_{0};
};

}  // namespace concord::search
