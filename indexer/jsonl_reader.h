// Reads JSON Lines from files, folders and gzip files, line by line.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/result.h"

namespace concord::indexer {

/// Expands folders (recursively, sorted) into their .jsonl, .ndjson and .jsonl.gz files.
/// Missing paths are an error; files named explicitly are taken whatever their extension.
Result<std::vector<std::string>> expand_inputs(const std::vector<std::string>& paths);

/// Calls `on_line(line_number, line)` for every non-blank line of the file (gzip or plain).
using LineHandler = std::function<void(std::size_t, std::string_view)>;
Result<Ok> read_lines(const std::string& path, const LineHandler& on_line);

}  // namespace concord::indexer
