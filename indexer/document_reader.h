// Validated documents from JSON Lines inputs, with every rejected line reported.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "indexer/document.h"
#include "indexer/result.h"
#include "indexer/theme_catalog.h"

namespace concord::indexer {

struct Rejection {
  std::string file;
  std::size_t line = 0;
  std::string field;  // "" when the line is not a JSON object at all
  std::string reason;
};

struct ReadCallbacks {
  std::function<void(Document&&)> on_document;
  std::function<void(const Rejection&)> on_reject;
};

struct ReadCounts {
  std::size_t documents = 0;
  std::size_t rejected = 0;
};

/// Reads every input (files, folders, .gz) in order; a bad line is reported and skipped.
/// Fails only when an input cannot be read.
Result<ReadCounts> read_documents(const std::vector<std::string>& inputs,
                                  const ThemeCatalog& themes, const ReadCallbacks& callbacks);

}  // namespace concord::indexer
