// What a request does when the index moves under it or a remote shard drops: reopen, reconnect,
// repeat, and report a shard that stays down as kShardUnavailable.
#pragma once

#include <xapian.h>

#include "indexer/result.h"
#include "searchd/index/searcher_pool.h"

namespace concord::search {

// DatabaseModifiedError means "reopen and repeat": the writer committed twice while this
// request read an older revision. Under sustained writes a slow search (an exact count over
// many matches on a busy machine) met it twice in a row (bench/soak.sh), so it tries again a
// few times before giving up.
inline constexpr int kReopenAttempts = 4;

/// Runs `f`, reopening the searcher's database and repeating it on DatabaseModifiedError.
template <typename F>
auto with_reopen(Searcher& searcher, F&& f) -> decltype(f()) {
  for (int attempt = 1;; ++attempt) {
    try {
      return f();
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kReopenAttempts) throw;
      searcher.db.reopen();
    }
  }
}

/// A remote shard that fails mid-request (a restarted xapian-tcpsrv, a dropped connection) is
/// connected again and the request repeated once; a second failure reaches the caller. `f`
/// returns a Result.
template <typename F>
auto with_reconnect(SearcherPool& pool, Searcher& searcher, F&& f) -> decltype(f()) {
  try {
    return with_reopen(searcher, f);
  } catch (const Xapian::NetworkError&) {
    if (auto reconnected = pool.reconnect(searcher); !reconnected) return reconnected.error();
    return with_reopen(searcher, f);
  }
}

/// The error of a request whose shard did not answer; the searcher opens again next time.
inline Error shard_failure(Searcher& searcher, const Xapian::NetworkError& e) {
  searcher.open = false;
  return make_error(ErrorCode::kShardUnavailable, "a shard did not answer: " + e.get_description());
}

}  // namespace concord::search
