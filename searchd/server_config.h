// searchd's configuration: one plain struct, from flags and an optional JSON file.
#pragma once

#include <cstddef>
#include <string>

#include "indexer/result.h"

namespace concord::search {

struct ServerConfig {
  std::string index_path;
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port
  std::string web_dir;
  int threads = 32;  // each keep-alive connection holds one worker thread
  std::size_t max_body_bytes = 10 << 20;
  int read_timeout_seconds = 5;
};

/// Reads a JSON configuration file over `config`; unknown keys and wrong types are errors.
Result<Ok> load_config_file(const std::string& path, ServerConfig& config);
/// Checks the values once, before the server starts.
Result<Ok> validate_config(const ServerConfig& config);

}  // namespace concord::search
