#include "searchd/facets/spare_threads.h"

namespace concord::search {

SpareThreads::SpareThreads(std::size_t threads) {
  for (std::size_t i = 0; i < threads; ++i) threads_.emplace_back([this] { work(); });
}

SpareThreads::~SpareThreads() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (std::thread& t : threads_) t.join();
}

bool SpareThreads::idle() const {
  std::lock_guard lock(mutex_);
  return idle_ > jobs_.size();
}

bool SpareThreads::try_start(std::function<void()> job) {
  {
    std::lock_guard lock(mutex_);
    if (idle_ <= jobs_.size()) return false;
    jobs_.push_back(std::move(job));
  }
  wake_.notify_one();
  return true;
}

void SpareThreads::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    ++idle_;
    wake_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
    --idle_;
    if (jobs_.empty()) return;  // stopping, with nothing left to run
    std::function<void()> job = std::move(jobs_.front());
    jobs_.pop_front();
    lock.unlock();
    job();
    lock.lock();
  }
}

}  // namespace concord::search
