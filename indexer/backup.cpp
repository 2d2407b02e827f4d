#include "indexer/backup.h"

#include <unistd.h>
#include <xapian.h>

#include <filesystem>

#include "indexer/index_location.h"
#include "indexer/schema.h"

namespace concord::indexer {
namespace fs = std::filesystem;

Result<BackupReport> backup_index(const std::string& live_path, const std::string& file) {
  auto live = resolve_live(live_path);
  if (!live) return live.error();
  const std::string partial = file + ".partial-" + std::to_string(::getpid());
  try {
    Xapian::Database db(*live);
    BackupReport report{db.get_doccount(), 0};
    db.compact(partial, Xapian::DBCOMPACT_SINGLE_FILE);
    std::error_code ec;
    fs::rename(partial, file, ec);
    if (ec) {
      fs::remove(partial, ec);
      return make_error(ErrorCode::kIoError, "cannot write " + file + ": " + ec.message());
    }
    report.bytes = fs::file_size(file, ec);
    return report;
  } catch (const Xapian::Error& e) {
    std::error_code ec;
    fs::remove(partial, ec);
    return make_error(ErrorCode::kIoError, "backup failed: " + e.get_description());
  }
}

Result<BackupReport> restore_index(const std::string& file, const std::string& live_path) {
  const std::string generation = new_generation_dir(live_path);
  try {
    Xapian::Database backup(file);
    const std::string version = backup.get_metadata(std::string(schema::kVersionKey));
    if (version != std::to_string(schema::kVersion)) {
      return make_error(ErrorCode::kSchemaMismatch, file + " is not a Concord index of schema " +
                                                        std::to_string(schema::kVersion) +
                                                        " (found \"" + version + "\")");
    }
    std::error_code ec;
    fs::create_directories(fs::path(generation).parent_path(), ec);
    backup.compact(generation);
    BackupReport report{backup.get_doccount(), 0};
    for (const auto& entry : fs::recursive_directory_iterator(generation, ec)) {
      if (entry.is_regular_file(ec)) report.bytes += entry.file_size(ec);
    }
    if (auto published = publish_generation(live_path, generation); !published) {
      return published.error();
    }
    return report;
  } catch (const Xapian::Error& e) {
    std::error_code ec;
    fs::remove_all(generation, ec);
    return make_error(ErrorCode::kIoError, "restore failed: " + e.get_description());
  }
}

}  // namespace concord::indexer
