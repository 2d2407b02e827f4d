// The nesting bound on untrusted JSON: counted outside strings, checked without recursion.
#include "indexer/json_limits.h"

#include <gtest/gtest.h>

#include <string>

namespace concord::indexer {
namespace {

std::string nested(std::size_t depth) {
  return std::string(depth, '[') + std::string(depth, ']');
}

TEST(JsonLimitsTest, DepthIsCountedOutsideStrings) {
  EXPECT_TRUE(json_depth_within(nested(kMaxJsonDepth)));
  EXPECT_FALSE(json_depth_within(nested(kMaxJsonDepth + 1)));
  EXPECT_TRUE(json_depth_within(R"({"a": "[[[[[[", "b": "\"{{{{"})", 1));
  EXPECT_FALSE(json_depth_within(R"({"a": [{"b": 1}]})", 2));
  EXPECT_TRUE(json_depth_within(R"({"a": [1], "b": {"c": 2}})", 2));
  EXPECT_TRUE(json_depth_within("]]]]", 1));  // unbalanced closers are the parser's business
}

TEST(JsonLimitsTest, DeepInputIsDiscardedWithoutOverflowingTheStack) {
  EXPECT_TRUE(parse_untrusted_json(nested(100000)).is_discarded());
  const std::string deep_object = [] {
    std::string s;
    for (int i = 0; i < 100000; ++i) s += R"({"a":)";
    return s + "1" + std::string(100000, '}');
  }();
  EXPECT_TRUE(parse_untrusted_json(deep_object).is_discarded());
  EXPECT_TRUE(parse_untrusted_json("{not json").is_discarded());
  EXPECT_EQ(parse_untrusted_json(R"({"q": "water"})")["q"], "water");
  EXPECT_EQ(parse_untrusted_json(nested(kMaxJsonDepth)).size(), 1u);
}

}  // namespace
}  // namespace concord::indexer
