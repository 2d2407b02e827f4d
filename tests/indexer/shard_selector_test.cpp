#include "indexer/shard_selector.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace concord::indexer {
namespace {

TEST(ShardSelectorTest, ParsesIndexOfCount) {
  struct Case {
    std::string text;
    bool ok;
    std::uint32_t index, count;
  };
  const std::vector<Case> cases = {
      {"0/1", true, 0, 1},     {"0/4", true, 0, 4},
      {"3/4", true, 3, 4},     {"1023/1024", true, 1023, 1024},
      {"4/4", false, 0, 0},    {"0/0", false, 0, 0},
      {"1/1025", false, 0, 0}, {"-1/4", false, 0, 0},
      {"1", false, 0, 0},      {"1/", false, 0, 0},
      {"/4", false, 0, 0},     {"1/4x", false, 0, 0},
      {"", false, 0, 0},       {"1 /4", false, 0, 0},
  };
  for (const Case& c : cases) {
    auto parsed = parse_shard_selector(c.text);
    ASSERT_EQ(parsed.ok(), c.ok) << c.text;
    if (!c.ok) {
      EXPECT_EQ(parsed.error().field, "shard") << c.text;
      continue;
    }
    EXPECT_EQ(parsed->index, c.index) << c.text;
    EXPECT_EQ(parsed->count, c.count) << c.text;
  }
}

TEST(ShardSelectorTest, HashIsStableAndSpreadsIds) {
  // Fixed values: a changed hash would put documents of existing shards in the wrong place.
  EXPECT_EQ(shard_of("", 1000), 14695981039346656037ULL % 1000);
  EXPECT_EQ(shard_of("a", 1000000), 12638187200555641996ULL % 1000000);
  std::vector<int> sizes(4, 0);
  for (int i = 0; i < 4000; ++i) ++sizes[shard_of("story-en-" + std::to_string(i), 4)];
  for (int size : sizes) EXPECT_NEAR(size, 1000, 150);
}

TEST(ShardSelectorTest, EveryIdIsInExactlyOneShard) {
  for (const std::string id : {"profile-ar-001", "x", "decision-zh-117", "a:b.c-d_e"}) {
    int owners = 0;
    for (std::uint32_t i = 0; i < 3; ++i) owners += ShardSelector{i, 3}.contains(id) ? 1 : 0;
    EXPECT_EQ(owners, 1) << id;
    EXPECT_TRUE(ShardSelector{}.contains(id));
  }
}

}  // namespace
}  // namespace concord::indexer
