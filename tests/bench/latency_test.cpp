#include "bench/latency.h"

#include <gtest/gtest.h>

namespace concord::bench {
namespace {

TEST(LatencyTest, NearestRankPercentiles) {
  std::vector<double> samples;
  for (int i = 100; i >= 1; --i) samples.push_back(i);  // unsorted on purpose
  const LatencySummary s = summarize(samples);
  EXPECT_EQ(s.count, 100u);
  EXPECT_DOUBLE_EQ(s.p50_ms, 50);
  EXPECT_DOUBLE_EQ(s.p95_ms, 95);
  EXPECT_DOUBLE_EQ(s.p99_ms, 99);
  EXPECT_DOUBLE_EQ(s.max_ms, 100);
  EXPECT_DOUBLE_EQ(s.mean_ms, 50.5);
}

TEST(LatencyTest, OneSampleIsEveryPercentile) {
  const LatencySummary s = summarize({7.5});
  EXPECT_DOUBLE_EQ(s.p50_ms, 7.5);
  EXPECT_DOUBLE_EQ(s.p99_ms, 7.5);
}

TEST(LatencyTest, NoSamplesIsAllZero) {
  const LatencySummary s = summarize({});
  EXPECT_EQ(s.count, 0u);
  EXPECT_DOUBLE_EQ(s.p99_ms, 0);
  EXPECT_EQ(to_json(s)["p99_ms"], 0.0);
}

}  // namespace
}  // namespace concord::bench
