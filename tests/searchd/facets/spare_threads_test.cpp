#include "searchd/facets/spare_threads.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <latch>
#include <stdexcept>

namespace concord::search {
namespace {

// Threads start asynchronously: waits until one of `spare` is ready for work.
bool wait_idle(const SpareThreads& spare) {
  for (int i = 0; i < 5000; ++i) {
    if (spare.idle()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return false;
}

TEST(SpareThreadsTest, AnIdleThreadRunsTheTaskAtOnce) {
  SpareThreads spare(1);
  ASSERT_TRUE(wait_idle(spare));
  std::latch ran(1);
  auto result = spare.run([&ran] {
    ran.count_down();
    return std::this_thread::get_id();
  });
  ran.wait();  // started before get() was called
  EXPECT_NE(result.get(), std::this_thread::get_id());
}

TEST(SpareThreadsTest, WithoutThreadsTheTaskRunsWhenItsResultIsAskedFor) {
  SpareThreads spare(0);
  EXPECT_FALSE(spare.idle());
  std::atomic<bool> ran = false;
  auto result = spare.run([&ran] {
    ran = true;
    return std::this_thread::get_id();
  });
  EXPECT_FALSE(ran);
  EXPECT_EQ(result.get(), std::this_thread::get_id());
  EXPECT_TRUE(ran);
}

TEST(SpareThreadsTest, ABusyThreadLeavesTheTaskToTheCaller) {
  SpareThreads spare(1);
  ASSERT_TRUE(wait_idle(spare));
  std::latch release(1);
  auto blocking = spare.run([&release] {
    release.wait();
    return 1;
  });
  EXPECT_FALSE(spare.idle());
  auto second = spare.run([] { return std::this_thread::get_id(); });
  EXPECT_EQ(second.get(), std::this_thread::get_id());
  release.count_down();
  EXPECT_EQ(blocking.get(), 1);
}

TEST(SpareThreadsTest, ExceptionsReachTheCallerEitherWay) {
  for (std::size_t threads : {0u, 1u}) {
    SCOPED_TRACE(threads);
    SpareThreads spare(threads);
    if (threads) {
      ASSERT_TRUE(wait_idle(spare));
    }
    auto result = spare.run([]() -> int { throw std::runtime_error("count failed"); });
    EXPECT_THROW(result.get(), std::runtime_error);
  }
}

TEST(SpareThreadsTest, AStartedTaskWhoseResultIsDroppedStillRunsToItsEnd) {
  std::atomic<bool> finished = false;
  {
    SpareThreads spare(1);
    ASSERT_TRUE(wait_idle(spare));
    std::latch started(1);
    {
      auto dropped = spare.run([&] {
        started.count_down();
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        finished = true;
        return 0;
      });
      started.wait();
    }
    // The SpareThreads destructor waits for the task.
  }
  EXPECT_TRUE(finished);
}

}  // namespace
}  // namespace concord::search
