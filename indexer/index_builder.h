// Builds a complete index from JSON Lines beside the live one and switches to it atomically.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "indexer/document_reader.h"
#include "indexer/result.h"
#include "indexer/shard_selector.h"

namespace concord::indexer {

struct BuildOptions {
  std::string index_path;           // the live path; becomes a link to the new generation
  std::vector<std::string> inputs;  // files, folders, .gz
  std::string themes_path;          // themes.json; "" for none (theme ids then unchecked)
};

struct BuildCallbacks {
  std::function<void(const Rejection&)> on_reject;
  std::function<void(std::size_t documents)> on_progress;  // every few hundred documents
};

struct BuildReport {
  std::size_t documents = 0;  // distinct documents in the index
  std::size_t rejected = 0;
  std::size_t duplicates = 0;    // later lines that replaced an earlier line with the same id
  std::size_t other_shards = 0;  // valid documents left to the other shards
  double seconds = 0;
  std::uint64_t index_bytes = 0;
  std::string generation_dir;
};

/// Builds a new generation and publishes it. Nothing is published when an input cannot be
/// read or Xapian fails; rejected lines are reported and skipped. Only the documents of `shard`
/// are indexed (all by default); the others are counted in `other_shards`.
Result<BuildReport> build_index(const BuildOptions& options, const BuildCallbacks& callbacks,
                                const ShardSelector& shard = {});

/// Builds `count` shards of the inputs, `<index_path>/shard-<i>`, each a complete index with
/// its own generation switch (build_index with ShardSelector{i, count}). Rejections are reported
/// once; the report sums the shards. Stops at the first shard that fails.
Result<BuildReport> build_shards(const BuildOptions& options, std::uint32_t count,
                                 const BuildCallbacks& callbacks);

/// The live path of shard `index` under `index_path`, as build_shards names it.
std::string shard_path(const std::string& index_path, std::uint32_t index);

}  // namespace concord::indexer
