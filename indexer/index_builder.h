// Builds a complete index from JSON Lines beside the live one and switches to it atomically.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "indexer/document_reader.h"
#include "indexer/result.h"

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
  std::size_t duplicates = 0;  // later lines that replaced an earlier line with the same id
  double seconds = 0;
  std::uint64_t index_bytes = 0;
  std::string generation_dir;
};

/// Builds a new generation and publishes it. Nothing is published when an input cannot be
/// read or Xapian fails; rejected lines are reported and skipped.
Result<BuildReport> build_index(const BuildOptions& options, const BuildCallbacks& callbacks);

}  // namespace concord::indexer
