// searchd's configuration: one plain struct from a JSON file, environment variables and flags.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "indexer/result.h"

namespace concord::search {

struct ServerConfig {
  std::string index_path;
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port
  std::string web_dir;
  int threads = 32;             // each keep-alive connection holds one worker thread
  int search_slots = 0;         // requests using the index at once; 0: one per core, plus two
  int search_queue_ms = 10000;  // longest wait for a slot before a 503 "overloaded"
  std::size_t max_body_bytes = 10 << 20;
  int read_timeout_seconds = 5;
  /// Bearer token of the write API; empty keeps the write API off.
  std::string write_token;
  int commit_every = 1000;                // changes per commit, at most
  int commit_interval_ms = 1000;          // longest wait before pending changes are committed
  std::vector<std::string> cors_origins;  // origins allowed to call the API from a browser
  bool access_log = true;
  /// Shards searched as one collection (local index paths, tcp://host:port); instead of `index`.
  std::vector<std::string> shards;
  int shard_timeout_ms = 5000;          // longest wait for any one reply of a remote shard
  int shard_connect_timeout_ms = 1000;  // longest wait to connect to a remote shard
};

/// One configuration key: its JSON name, environment variable and how to set it from a string.
struct ConfigKey {
  enum class Type { kText, kNumber, kList, kBool };
  const char* name;
  const char* env;
  const char* help;
  Type type;
  std::function<Result<Ok>(ServerConfig&, const std::string&)> set;
};
const std::vector<ConfigKey>& config_keys();

/// Reads a JSON configuration file over `config`; unknown keys and wrong types are errors.
Result<Ok> load_config_file(const std::string& path, ServerConfig& config);
/// Applies CONCORD_* environment variables over `config`.
Result<Ok> load_config_env(ServerConfig& config);
/// Checks the values once, before the server starts.
Result<Ok> validate_config(const ServerConfig& config);

}  // namespace concord::search
