// The one writer of a live index: applies upserts and deletes in order, commits in batches.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "indexer/document.h"
#include "indexer/result.h"

namespace concord::indexer {

struct LiveWriterOptions {
  std::string index_path;  // the live link; the writer follows it to new generations
  std::size_t commit_every = 1000;
  std::chrono::milliseconds commit_interval{1000};
};

/// One change: a validated document to add or replace, or an id to delete.
struct WriteOp {
  enum class Kind { kUpsert, kDelete } kind = Kind::kUpsert;
  Document document;  // for kUpsert
  std::string id;     // for kDelete
};

/// Applies changes from any thread, in submission order, on one background thread, and
/// commits after `commit_every` changes or `commit_interval`, whichever comes first. Readers see
/// a change once it is committed. After a rebuild switches the live link, later changes go to
/// the new generation.
class LiveWriter {
 public:
  static Result<std::unique_ptr<LiveWriter>> start(const LiveWriterOptions& options);
  ~LiveWriter();  // stop()

  /// Queues `ops` in order; returns the sequence number that committed() reaches once they
  /// are searchable.
  std::uint64_t submit(std::vector<WriteOp> ops);
  /// Waits until every change up to `sequence` is committed, asking for a commit now rather than
  /// at the end of the interval; false on timeout or writer error.
  bool wait_committed(std::uint64_t sequence, std::chrono::milliseconds timeout);
  /// Commits what is pending and stops the thread; later submissions are refused.
  void stop();

  std::uint64_t committed() const;
  /// True when an upsert of `id` is queued or applied but not yet committed.
  bool has_pending_upsert(const std::string& id) const;
  std::size_t queue_depth() const;
  /// When the last commit happened; the start time before the first one.
  std::chrono::system_clock::time_point last_commit_time() const;
  /// The last failure to apply or commit, if any (the changes involved were not saved).
  std::optional<Error> last_error() const;

 private:
  struct State;
  explicit LiveWriter(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace concord::indexer
