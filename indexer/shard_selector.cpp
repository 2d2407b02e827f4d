#include "indexer/shard_selector.h"

#include <charconv>

namespace concord::indexer {

constexpr std::uint32_t kMaxShards = 1024;

bool ShardSelector::contains(std::string_view id) const {
  return count <= 1 || shard_of(id, count) == index;
}

std::uint32_t shard_of(std::string_view id, std::uint32_t count) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (char c : id) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return count == 0 ? 0 : static_cast<std::uint32_t>(hash % count);
}

Result<ShardSelector> parse_shard_selector(const std::string& text) {
  auto invalid = [&] {
    return make_error(ErrorCode::kInvalidParameter,
                      "shard: want i/N with 0 ≤ i < N ≤ 1024 (e.g. 0/4), not \"" + text + "\"",
                      "shard");
  };
  const std::size_t slash = text.find('/');
  if (slash == std::string::npos) return invalid();
  ShardSelector selector;
  const char* begin = text.data();
  const char* end = text.data() + text.size();
  auto [index_end, e1] = std::from_chars(begin, begin + slash, selector.index);
  auto [count_end, e2] = std::from_chars(begin + slash + 1, end, selector.count);
  if (e1 != std::errc() || e2 != std::errc() || index_end != begin + slash || count_end != end ||
      selector.count < 1 || selector.count > kMaxShards || selector.index >= selector.count) {
    return invalid();
  }
  return selector;
}

}  // namespace concord::indexer
