// The write API's work, without HTTP: JSON Lines → validated changes for the live writer.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/live_writer.h"
#include "indexer/result.h"
#include "indexer/theme_catalog.h"

namespace concord::search {

struct LineOutcome {
  std::size_t line = 0;
  std::string id;              // when the line had one
  std::optional<Error> error;  // empty: accepted
};

struct BulkOutcome {
  std::vector<LineOutcome> lines;
  std::size_t accepted = 0;
  std::size_t rejected = 0;
  std::uint64_t sequence = 0;  // the writer's sequence of the last accepted change; 0 if none
};

/// Validates every non-blank line of `body`; the valid ones go to `writer` in order, the others
/// are reported with their line number and reason. Nothing valid is held back by a bad line.
BulkOutcome submit_bulk_upsert(std::string_view body, const indexer::ThemeCatalog& themes,
                               indexer::LiveWriter& writer);

}  // namespace concord::search
