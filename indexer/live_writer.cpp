#include "indexer/live_writer.h"

#include <xapian.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "analyzers/analyzer_cache.h"
#include "indexer/document_builder.h"
#include "indexer/index_location.h"
#include "indexer/index_terms.h"
#include "indexer/spelling.h"

namespace concord::indexer {

using Clock = std::chrono::steady_clock;

struct LiveWriter::State {
  LiveWriterOptions options;
  mutable std::mutex mutex;
  std::condition_variable wake;       // the writer thread: work, or stop
  std::condition_variable committed;  // waiters: a commit happened
  std::deque<std::pair<std::uint64_t, WriteOp>> queue;
  std::unordered_map<std::string, std::uint64_t> pending_upserts;  // id → its last sequence
  std::uint64_t submitted = 0;
  std::uint64_t committed_sequence = 0;
  bool stopping = false;
  bool flush_requested = false;  // someone waits for a commit: do not wait for the interval
  std::chrono::system_clock::time_point last_commit = std::chrono::system_clock::now();
  std::optional<Error> error;
  std::thread thread;

  // Only the writer thread touches these.
  std::optional<Xapian::WritableDatabase> db;
  std::string generation;
  analyzers::AnalyzerCache analyzers;

  void run();
  void apply(const WriteOp& op);
  void open_live();
  void commit(std::uint64_t through);
  void fail(const std::string& message);
};

void LiveWriter::State::fail(const std::string& message) {
  std::lock_guard lock(mutex);
  error = make_error(ErrorCode::kIoError, message);
  committed.notify_all();
}

void LiveWriter::State::open_live() {
  auto live = resolve_live(options.index_path);
  if (!live) throw Xapian::DatabaseOpeningError(live.error().message);
  if (db && *live == generation) return;
  if (db) {
    db->commit();  // what is pending belongs to the generation it was written to
    db->close();
  }
  db.emplace(*live, Xapian::DB_OPEN);
  generation = *live;
}

void LiveWriter::State::apply(const WriteOp& op) {
  if (op.kind == WriteOp::Kind::kUpsert) {
    const Xapian::Document xdoc = build_xapian_document(op.document, analyzers);
    db->replace_document(id_term(op.document.id), xdoc);
    add_spellings(*db, xdoc);
  } else {
    db->delete_document(id_term(op.id));
  }
}

void LiveWriter::State::commit(std::uint64_t through) {
  db->commit();
  std::lock_guard lock(mutex);
  committed_sequence = through;
  std::erase_if(pending_upserts, [&](const auto& entry) { return entry.second <= through; });
  last_commit = std::chrono::system_clock::now();
  committed.notify_all();
}

void LiveWriter::State::run() {
  std::size_t pending = 0;
  std::uint64_t applied = 0;
  Clock::time_point first_pending{};
  for (;;) {
    std::vector<std::pair<std::uint64_t, WriteOp>> batch;
    bool commit_now = false;
    {
      std::unique_lock lock(mutex);
      const auto deadline = pending > 0 ? first_pending + options.commit_interval
                                        : Clock::now() + std::chrono::hours(1);
      wake.wait_until(lock, deadline,
                      [&] { return stopping || flush_requested || !queue.empty(); });
      while (!queue.empty()) {
        batch.push_back(std::move(queue.front()));
        queue.pop_front();
      }
      commit_now = stopping || flush_requested;
      flush_requested = false;
    }
    try {
      if (!batch.empty()) {
        open_live();
        for (auto& [sequence, op] : batch) {
          apply(op);
          applied = sequence;
          if (pending++ == 0) first_pending = Clock::now();
          if (pending >= options.commit_every) {
            commit(applied);
            pending = 0;
          }
        }
      }
      if (pending > 0 && (commit_now || Clock::now() >= first_pending + options.commit_interval)) {
        commit(applied);
        pending = 0;
      }
    } catch (const Xapian::Error& e) {
      fail("write failed: " + e.get_description());
      pending = 0;
      db.reset();  // reopen on the next batch
    }
    std::lock_guard lock(mutex);
    if (stopping) break;
  }
  if (db) db->close();
}

LiveWriter::LiveWriter(std::unique_ptr<State> state) : state_(std::move(state)) {}

Result<std::unique_ptr<LiveWriter>> LiveWriter::start(const LiveWriterOptions& options) {
  if (options.commit_every == 0) {
    return make_error(ErrorCode::kInvalidParameter, "commit_every must be at least 1");
  }
  auto state = std::make_unique<State>();
  state->options = options;
  try {
    state->open_live();  // fail now, not on the first write, when the index is missing or locked
  } catch (const Xapian::Error& e) {
    return make_error(ErrorCode::kIndexUnavailable,
                      "cannot open the index for writing: " + e.get_description());
  }
  State* raw = state.get();
  state->thread = std::thread([raw] { raw->run(); });
  return std::unique_ptr<LiveWriter>(new LiveWriter(std::move(state)));
}

LiveWriter::~LiveWriter() {
  stop();
}

std::uint64_t LiveWriter::submit(std::vector<WriteOp> ops) {
  std::lock_guard lock(state_->mutex);
  if (state_->stopping) return 0;
  for (WriteOp& op : ops) {
    ++state_->submitted;
    if (op.kind == WriteOp::Kind::kUpsert) {
      state_->pending_upserts[op.document.id] = state_->submitted;
    } else {
      state_->pending_upserts.erase(op.id);
    }
    state_->queue.emplace_back(state_->submitted, std::move(op));
  }
  state_->wake.notify_one();
  return state_->submitted;
}

bool LiveWriter::wait_committed(std::uint64_t sequence, std::chrono::milliseconds timeout) {
  std::unique_lock lock(state_->mutex);
  if (state_->committed_sequence < sequence) {
    state_->flush_requested = true;
    state_->wake.notify_one();
  }
  const auto before = state_->error.has_value();
  return state_->committed.wait_for(lock, timeout, [&] {
    return state_->committed_sequence >= sequence || (!before && state_->error.has_value());
  }) && state_->committed_sequence >= sequence;
}

void LiveWriter::stop() {
  {
    std::lock_guard lock(state_->mutex);
    if (state_->stopping) return;
    state_->stopping = true;
    state_->wake.notify_one();
  }
  if (state_->thread.joinable()) state_->thread.join();
}

std::uint64_t LiveWriter::committed() const {
  std::lock_guard lock(state_->mutex);
  return state_->committed_sequence;
}

bool LiveWriter::has_pending_upsert(const std::string& id) const {
  std::lock_guard lock(state_->mutex);
  return state_->pending_upserts.contains(id);
}

std::size_t LiveWriter::queue_depth() const {
  std::lock_guard lock(state_->mutex);
  return state_->queue.size();
}

std::chrono::system_clock::time_point LiveWriter::last_commit_time() const {
  std::lock_guard lock(state_->mutex);
  return state_->last_commit;
}

std::optional<Error> LiveWriter::last_error() const {
  std::lock_guard lock(state_->mutex);
  return state_->error;
}

}  // namespace concord::indexer
