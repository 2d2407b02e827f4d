#include "searchd/http/server_config.h"

#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "searchd/index/shard_spec.h"

namespace concord::search {
namespace {

Error config_error(const std::string& key, const std::string& message) {
  return make_error(ErrorCode::kInvalidParameter, key + ": " + message, key);
}

template <typename T>
std::function<Result<Ok>(ServerConfig&, const std::string&)> number(const char* name,
                                                                    T ServerConfig::*field) {
  return [name, field](ServerConfig& c, const std::string& value) -> Result<Ok> {
    T n{};
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size()) {
      return config_error(name, "must be a whole number, not \"" + value + "\"");
    }
    c.*field = n;
    return Ok{};
  };
}

std::function<Result<Ok>(ServerConfig&, const std::string&)> text(
    std::string ServerConfig::*field) {
  return [field](ServerConfig& c, const std::string& value) -> Result<Ok> {
    c.*field = value;
    return Ok{};
  };
}

// A comma list, each item trimmed of spaces, empty items dropped.
std::vector<std::string> split_list(const std::string& value) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start < value.size()) {
    std::size_t end = value.find(',', start);
    if (end == std::string::npos) end = value.size();
    std::string item = value.substr(start, end - start);
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (!item.empty()) items.push_back(item);
    start = end + 1;
  }
  return items;
}

Result<Ok> set_origins(ServerConfig& c, const std::string& value) {
  c.cors_origins = split_list(value);
  return Ok{};
}

Result<Ok> set_shards(ServerConfig& c, const std::string& value) {
  c.shards = split_list(value);
  return Ok{};
}

Result<Ok> set_access_log(ServerConfig& c, const std::string& value) {
  if (value != "true" && value != "false") return config_error("access_log", "true or false");
  c.access_log = value == "true";
  return Ok{};
}

// JSON values must have the key's type; they then arrive as an environment variable would.
Result<std::string> json_to_text(const ConfigKey& key, const nlohmann::json& value) {
  using Type = ConfigKey::Type;
  switch (key.type) {
    case Type::kText:
      if (value.is_string()) return value.get<std::string>();
      return config_error(key.name, "must be a string");
    case Type::kNumber:
      if (value.is_number_integer()) return value.dump();
      return config_error(key.name, "must be a whole number");
    case Type::kBool:
      if (value.is_boolean()) return value.dump();
      return config_error(key.name, "must be true or false");
    case Type::kList: {
      if (!value.is_array()) return config_error(key.name, "must be a list of strings");
      std::string joined;
      for (const auto& item : value) {
        if (!item.is_string()) return config_error(key.name, "must be a list of strings");
        joined += (joined.empty() ? "" : ",") + item.get<std::string>();
      }
      return joined;
    }
  }
  return config_error(key.name, "unsupported type");
}

}  // namespace

const std::vector<ConfigKey>& config_keys() {
  static const std::vector<ConfigKey> keys = {
      {"index", "CONCORD_INDEX", "index path (the live link)", ConfigKey::Type::kText,
       text(&ServerConfig::index_path)},
      {"host", "CONCORD_HOST", "address to listen on", ConfigKey::Type::kText,
       text(&ServerConfig::host)},
      {"port", "CONCORD_PORT", "port, 0 for any free one", ConfigKey::Type::kNumber,
       number("port", &ServerConfig::port)},
      {"web_dir", "CONCORD_WEB_DIR", "folder of the search page", ConfigKey::Type::kText,
       text(&ServerConfig::web_dir)},
      {"threads", "CONCORD_THREADS", "worker threads", ConfigKey::Type::kNumber,
       number("threads", &ServerConfig::threads)},
      {"search_slots", "CONCORD_SEARCH_SLOTS",
       "requests using the index at once (0: one per core, plus two)", ConfigKey::Type::kNumber,
       number("search_slots", &ServerConfig::search_slots)},
      {"search_queue_ms", "CONCORD_SEARCH_QUEUE_MS", "longest wait for a search slot",
       ConfigKey::Type::kNumber, number("search_queue_ms", &ServerConfig::search_queue_ms)},
      {"max_body_bytes", "CONCORD_MAX_BODY_BYTES", "largest request body", ConfigKey::Type::kNumber,
       number("max_body_bytes", &ServerConfig::max_body_bytes)},
      {"read_timeout_seconds", "CONCORD_READ_TIMEOUT_SECONDS", "slow-client timeout",
       ConfigKey::Type::kNumber,
       number("read_timeout_seconds", &ServerConfig::read_timeout_seconds)},
      {"write_token", "CONCORD_WRITE_TOKEN", "bearer token; enables the write API",
       ConfigKey::Type::kText, text(&ServerConfig::write_token)},
      {"commit_every", "CONCORD_COMMIT_EVERY", "changes per commit, at most",
       ConfigKey::Type::kNumber, number("commit_every", &ServerConfig::commit_every)},
      {"commit_interval_ms", "CONCORD_COMMIT_INTERVAL_MS", "longest wait before a commit",
       ConfigKey::Type::kNumber, number("commit_interval_ms", &ServerConfig::commit_interval_ms)},
      {"cors_origins", "CONCORD_CORS_ORIGINS", "allowed browser origins (comma list)",
       ConfigKey::Type::kList, set_origins},
      {"access_log", "CONCORD_ACCESS_LOG", "one log line per request", ConfigKey::Type::kBool,
       set_access_log},
      {"shards", "CONCORD_SHARDS", "shards searched as one index (comma list)",
       ConfigKey::Type::kList, set_shards},
      {"shard_timeout_ms", "CONCORD_SHARD_TIMEOUT_MS", "longest wait for a remote shard's reply",
       ConfigKey::Type::kNumber, number("shard_timeout_ms", &ServerConfig::shard_timeout_ms)},
      {"shard_connect_timeout_ms", "CONCORD_SHARD_CONNECT_TIMEOUT_MS",
       "longest wait to connect to a remote shard", ConfigKey::Type::kNumber,
       number("shard_connect_timeout_ms", &ServerConfig::shard_connect_timeout_ms)},
  };
  return keys;
}

Result<Ok> load_config_file(const std::string& path, ServerConfig& config) {
  std::ifstream in(path);
  if (!in) return make_error(ErrorCode::kIoError, "cannot read configuration file " + path);
  const nlohmann::json json = nlohmann::json::parse(in, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    return make_error(ErrorCode::kInvalidParameter, path + ": not a JSON object");
  }
  // Not a structured binding: clang 14 (clang-tidy) refuses to capture one in a lambda.
  for (const auto& item : json.items()) {
    const std::string& key = item.key();
    const nlohmann::json& value = item.value();
    const auto& keys = config_keys();
    auto it =
        std::find_if(keys.begin(), keys.end(), [&](const ConfigKey& k) { return k.name == key; });
    if (it == keys.end()) return config_error(key, "unknown configuration key (in " + path + ")");
    auto as_text = json_to_text(*it, value);
    if (!as_text) return as_text.error();
    if (auto set = it->set(config, *as_text); !set) return set.error();
  }
  return Ok{};
}

Result<Ok> load_config_env(ServerConfig& config) {
  for (const ConfigKey& key : config_keys()) {
    if (const char* value = std::getenv(key.env)) {
      if (auto set = key.set(config, value); !set) {
        return config_error(key.env, set.error().message);
      }
    }
  }
  return Ok{};
}

namespace {

// A collection of shards is read-only here: each shard's documents are written by the indexer
// that builds it, so the write API (one local index) has nowhere to send them.
Result<Ok> validate_shards(const ServerConfig& config) {
  if (!config.index_path.empty()) {
    return config_error("shards", "cannot be combined with index: list the index as a shard");
  }
  for (const std::string& shard : config.shards) {
    if (auto spec = parse_shard_spec(shard); !spec) return spec.error();
  }
  if (!config.write_token.empty()) {
    return config_error("write_token",
                        "the write API cannot serve shards; update each shard with "
                        "concord-indexer and leave write_token unset");
  }
  if (config.shard_timeout_ms < 1) return config_error("shard_timeout_ms", "must be ≥ 1");
  if (config.search_slots < 0) return config_error("search_slots", "must be ≥ 0");
  if (config.search_queue_ms < 1) return config_error("search_queue_ms", "must be ≥ 1");
  if (config.shard_connect_timeout_ms < 1) {
    return config_error("shard_connect_timeout_ms", "must be ≥ 1");
  }
  return Ok{};
}

}  // namespace

Result<Ok> validate_config(const ServerConfig& config) {
  if (!config.shards.empty()) {
    if (auto valid = validate_shards(config); !valid) return valid;
  } else if (config.index_path.empty()) {
    return config_error("index", "is required (or shards)");
  }
  if (config.port < 0 || config.port > 65535) return config_error("port", "must be 0 to 65535");
  if (config.threads < 1 || config.threads > 1024) {
    return config_error("threads", "must be 1 to 1024");
  }
  if (config.read_timeout_seconds < 1) return config_error("read_timeout_seconds", "must be ≥ 1");
  if (config.max_body_bytes < 1024) return config_error("max_body_bytes", "must be ≥ 1024");
  if (!config.write_token.empty() && config.write_token.size() < 16) {
    return config_error("write_token", "must be at least 16 characters");
  }
  if (config.commit_every < 1) return config_error("commit_every", "must be ≥ 1");
  if (config.commit_interval_ms < 10) return config_error("commit_interval_ms", "must be ≥ 10");
  for (const std::string& origin : config.cors_origins) {
    if (!origin.starts_with("http://") && !origin.starts_with("https://")) {
      return config_error("cors_origins", "\"" + origin + "\" is not an http(s) origin");
    }
  }
  if (!config.web_dir.empty() && !std::filesystem::is_directory(config.web_dir)) {
    return config_error("web_dir", "no such folder: " + config.web_dir);
  }
  return Ok{};
}

}  // namespace concord::search
