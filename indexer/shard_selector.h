// Which shard a document belongs to: a stable hash of its id, so every machine agrees.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "indexer/result.h"

namespace concord::indexer {

/// Shard `index` of `count` (0 ≤ index < count); count 1 selects every document.
struct ShardSelector {
  std::uint32_t index = 0;
  std::uint32_t count = 1;

  bool contains(std::string_view id) const;
};

/// The shard of `id` among `count`: FNV-1a (64 bit) of the id's bytes, modulo `count`. It never
/// changes between versions or machines, so shards built apart still partition the ids.
std::uint32_t shard_of(std::string_view id, std::uint32_t count);

/// Parses "i/N" (e.g. "0/4"); N from 1 to 1024, i below N.
Result<ShardSelector> parse_shard_selector(const std::string& text);

}  // namespace concord::indexer
