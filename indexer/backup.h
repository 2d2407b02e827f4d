// Consistent backups of a live index and their restore as a new generation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "indexer/result.h"

namespace concord::indexer {

struct BackupReport {
  std::size_t documents = 0;
  std::uint64_t bytes = 0;
};

/// Writes the live index's last commit, compacted, to the single file `file` (written beside it
/// and renamed into place, so a backup file is always whole). Safe while searchd writes.
Result<BackupReport> backup_index(const std::string& live_path, const std::string& file);

/// Checks that `file` is a Concord index of this schema, expands it into a new generation and
/// switches `live_path` to it atomically; a running searchd serves it on its next request.
Result<BackupReport> restore_index(const std::string& file, const std::string& live_path);

}  // namespace concord::indexer
