// Where the live index is, and the atomic switch to a newly built generation.
#pragma once

#include <cstddef>
#include <string>

#include "indexer/result.h"

namespace concord::indexer {

/// The live index path is a symbolic link to a generation folder beside it
/// (`<path>.gen-<time>-<pid>`); switching generations is one rename(2) of that link.
std::string new_generation_dir(const std::string& live_path);

/// Scratch folder `i` of the build writing `generation_dir`, beside it: it carries the
/// generation's time and pid, so publish_generation leaves it alone while that build runs and
/// clears it once a killed build left it behind.
std::string scratch_dir(const std::string& generation_dir, std::size_t i);

/// Makes every file of `generation_dir` durable (fsync), points `live_path` at it atomically,
/// then removes generations older than the one it replaced (the replaced one stays, for readers
/// still on it). A real folder at `live_path` (an index made by other tools) is moved aside
/// first.
Result<Ok> publish_generation(const std::string& live_path, const std::string& generation_dir);

/// The folder the live index currently resolves to.
Result<std::string> resolve_live(const std::string& live_path);

}  // namespace concord::indexer
