#include "indexer/index_location.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
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

bool sync_file(const fs::path& file) {
  const int fd = ::open(file.c_str(), O_RDONLY);
  if (fd < 0) return false;
  const bool synced = ::fsync(fd) == 0;
  ::close(fd);
  return synced;
}

// A generation or link named after another process that is still running: a concurrent build
// is using it. Names end in "-<pid>"; anything else (a killed build's, "-moved") is not in use.
bool in_use_by_other_process(const std::string& name) {
  const std::size_t dash = name.rfind('-');
  if (dash == std::string::npos || dash + 1 == name.size()) return false;
  const std::string digits = name.substr(dash + 1);
  if (digits.find_first_not_of("0123456789") != std::string::npos || digits.size() > 9) {
    return false;
  }
  const pid_t pid = static_cast<pid_t>(std::stol(digits));
  return pid != ::getpid() && (::kill(pid, 0) == 0 || errno == EPERM);
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

std::string scratch_dir(const std::string& generation_dir, std::size_t i) {
  std::string dir = generation_dir;
  dir.insert(dir.rfind('-'), "-part" + std::to_string(i));  // ".gen-<time>-part<i>-<pid>"
  return dir;
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
  // Builds write without syncing (IndexWriter), and Xapian never syncs the folder naming its
  // files: make the generation's files, its entries and the new link durable before the switch
  // can point at them, so a power loss after the switch cannot leave the live link naming a
  // folder that lost data.
  for (const auto& entry : fs::directory_iterator(generation_dir, ec)) {
    if (entry.is_regular_file(ec) && !sync_file(entry.path())) {
      return make_error(ErrorCode::kIoError, "cannot sync " + entry.path().string());
    }
  }
  sync_folder(generation_dir);
  sync_folder(parent);
  fs::rename(link, live, ec);  // the atomic step
  if (ec)
    return make_error(ErrorCode::kIoError, "cannot switch " + live.string() + ": " + ec.message());
  sync_folder(parent);  // the switch itself is durable before the build reports success

  // Clear older generations, and generations and links that killed builds left behind.
  const std::string prefix = live.filename().string() + ".gen-";
  const std::string link_prefix = live.filename().string() + ".link-";
  const std::string current = fs::canonical(live, ec).string();
  for (const auto& entry : fs::directory_iterator(parent, ec)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix) && !name.starts_with(link_prefix)) continue;
    if (in_use_by_other_process(name)) continue;
    const std::string path = fs::weakly_canonical(entry.path(), ec).string();
    if (name.starts_with(link_prefix) || (path != current && path != previous)) {
      std::error_code ignored;
      fs::remove_all(entry.path(), ignored);
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
