#include "indexer/jsonl_reader.h"

#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <memory>

namespace concord::indexer {
namespace fs = std::filesystem;
namespace {

bool is_jsonl_name(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.ends_with(".jsonl") || name.ends_with(".ndjson") || name.ends_with(".jsonl.gz") ||
         name.ends_with(".ndjson.gz");
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

}  // namespace

Result<std::vector<std::string>> expand_inputs(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      return make_error(ErrorCode::kIoError, "no such file or folder: " + path);
    }
    if (!fs::is_directory(status)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    for (const auto& entry : fs::recursive_directory_iterator(path, ec)) {
      if (entry.is_regular_file() && is_jsonl_name(entry.path())) {
        found.push_back(entry.path().string());
      }
    }
    if (ec) return make_error(ErrorCode::kIoError, "cannot list " + path + ": " + ec.message());
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

Result<Ok> read_lines(const std::string& path, const LineHandler& on_line) {
  // gzread reads plain files as they are, so one path serves both.
  std::unique_ptr<gzFile_s, decltype(&gzclose)> file(gzopen(path.c_str(), "rb"), &gzclose);
  if (!file) return make_error(ErrorCode::kIoError, "cannot open " + path);
  gzbuffer(file.get(), 1 << 17);
  std::string pending;
  std::size_t line_number = 0;
  char buffer[1 << 16];
  for (;;) {
    const int n = gzread(file.get(), buffer, sizeof buffer);
    if (n < 0) {
      int errnum = 0;
      return make_error(ErrorCode::kIoError, path + ": " + gzerror(file.get(), &errnum));
    }
    if (n == 0) break;
    pending.append(buffer, static_cast<std::size_t>(n));
    std::size_t start = 0;
    for (std::size_t nl; (nl = pending.find('\n', start)) != std::string::npos; start = nl + 1) {
      ++line_number;
      const std::string_view line(pending.data() + start, nl - start);
      if (!is_blank(line)) on_line(line_number, line);
    }
    pending.erase(0, start);
  }
  // zlib reports a cut-off stream only when closing: Z_BUF_ERROR.
  if (gzclose_r(file.release()) == Z_BUF_ERROR) {
    return make_error(ErrorCode::kIoError, path + ": the gzip stream ends early (truncated file)");
  }
  if (!pending.empty()) {
    ++line_number;
    if (!is_blank(pending)) on_line(line_number, pending);
  }
  return Ok{};
}

}  // namespace concord::indexer
