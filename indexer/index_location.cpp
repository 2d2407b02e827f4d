#include "indexer/index_location.h"

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>

namespace concord::indexer {
namespace fs = std::filesystem;
namespace {

std::string timestamp() {
  const auto now = std::chrono::system_clock::now();
  const auto micros =
      std::chrono::duration_cast<std::chrono::microseconds>(now.time_since_epoch()).count();
  return std::to_string(micros);
}

void sync_folder(const fs::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// One spelling per index: "./idx", "a/../idx" and "idx/" all name the same live link.
fs::path normalized(const std::string& live_path) {
  fs::path p = fs::absolute(fs::path(live_path)).lexically_normal();
  if (!p.has_filename()) p = p.parent_path();
  return p;
}

}  // namespace

std::string new_generation_dir(const std::string& live_path) {
  const fs::path live = normalized(live_path);
  return live.string() + ".gen-" + timestamp() + "-" + std::to_string(::getpid());
}

Result<Ok> publish_generation(const std::string& live_path, const std::string& generation_dir) {
  std::error_code ec;
  const fs::path live = normalized(live_path);
  const fs::path parent = live.parent_path();
  std::string previous;
  if (fs::is_symlink(live, ec)) {
    previous = fs::canonical(live, ec).string();
  } else if (fs::exists(live, ec)) {
    const fs::path aside = live.string() + ".gen-" + timestamp() + "-moved";
    fs::rename(live, aside, ec);
    if (ec) return make_error(ErrorCode::kIoError, "cannot move aside " + live.string());
    previous = fs::weakly_canonical(aside, ec).string();
  }
  const fs::path link = live.string() + ".link-" + std::to_string(::getpid());
  fs::remove(link, ec);
  fs::create_directory_symlink(fs::path(generation_dir).filename(), link, ec);
  if (ec) return make_error(ErrorCode::kIoError, "cannot create link: " + ec.message());
  fs::rename(link, live, ec);  // the atomic step
  if (ec)
    return make_error(ErrorCode::kIoError, "cannot switch " + live.string() + ": " + ec.message());
  sync_folder(parent);

  const std::string prefix = live.filename().string() + ".gen-";
  const std::string current = fs::canonical(live, ec).string();
  for (const auto& entry : fs::directory_iterator(parent, ec)) {
    const std::string name = entry.path().filename().string();
    const std::string path = fs::weakly_canonical(entry.path(), ec).string();
    if (name.starts_with(prefix) && path != current && path != previous) {
      fs::remove_all(entry.path(), ec);
    }
  }
  return Ok{};
}

Result<std::string> resolve_live(const std::string& live_path) {
  std::error_code ec;
  fs::path resolved = fs::canonical(normalized(live_path), ec);
  if (ec) return make_error(ErrorCode::kIndexUnavailable, "no index at " + live_path);
  return resolved.string();
}

}  // namespace concord::indexer
