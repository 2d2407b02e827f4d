// Threads that take a request's side work while it does the main part, when a core is free.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace concord::search {

/// A few threads for work a request can do beside its own: the exact count of a search runs
/// while it ranks. A task starts only on an idle thread and never queues; otherwise it runs
/// inline, when its result is asked for, as it would without these threads. So an idle
/// machine answers one search on two cores, and a busy one does no extra switching.
class SpareThreads {
 public:
  /// `threads` 0: none (every task runs inline).
  explicit SpareThreads(std::size_t threads);
  ~SpareThreads();
  SpareThreads(const SpareThreads&) = delete;
  SpareThreads& operator=(const SpareThreads&) = delete;

  /// Starts `task` on an idle thread, or defers it to the future's get(). `task` must own
  /// what it uses: a started task runs to its end even when its future is dropped.
  template <typename F>
  auto run(F task) -> std::future<decltype(task())> {
    using R = decltype(task());
    auto packaged = std::make_shared<std::packaged_task<R()>>(std::move(task));
    std::future<R> result = packaged->get_future();
    if (try_start([packaged] { (*packaged)(); })) return result;
    return std::async(std::launch::deferred, [packaged, owned = std::move(result)]() mutable {
      (*packaged)();
      return owned.get();
    });
  }

  /// Whether a thread is idle now (a hint: it may be taken before run()).
  bool idle() const;

 private:
  bool try_start(std::function<void()> job);
  void work();

  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> jobs_;
  std::size_t idle_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace concord::search
