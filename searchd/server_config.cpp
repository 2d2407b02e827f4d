#include "searchd/server_config.h"

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

namespace concord::search {
namespace {

Error config_error(const std::string& key, const std::string& message) {
  return make_error(ErrorCode::kInvalidParameter, key + ": " + message, key);
}

}  // namespace

Result<Ok> load_config_file(const std::string& path, ServerConfig& config) {
  std::ifstream in(path);
  if (!in) return make_error(ErrorCode::kIoError, "cannot read configuration file " + path);
  const nlohmann::json json = nlohmann::json::parse(in, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    return make_error(ErrorCode::kInvalidParameter, path + ": not a JSON object");
  }
  for (const auto& [key, value] : json.items()) {
    if (key == "index" || key == "host" || key == "web_dir") {
      if (!value.is_string()) return config_error(key, "must be a string");
      (key == "index"  ? config.index_path
       : key == "host" ? config.host
                       : config.web_dir) = value.get<std::string>();
    } else if (key == "port" || key == "threads" || key == "read_timeout_seconds") {
      if (!value.is_number_integer()) return config_error(key, "must be a whole number");
      (key == "port"      ? config.port
       : key == "threads" ? config.threads
                          : config.read_timeout_seconds) = value.get<int>();
    } else if (key == "max_body_bytes") {
      if (!value.is_number_unsigned()) return config_error(key, "must be a positive number");
      config.max_body_bytes = value.get<std::size_t>();
    } else {
      return config_error(key, "unknown configuration key");
    }
  }
  return Ok{};
}

Result<Ok> validate_config(const ServerConfig& config) {
  if (config.index_path.empty()) return config_error("index", "is required");
  if (config.port < 0 || config.port > 65535) return config_error("port", "must be 0 to 65535");
  if (config.threads < 1 || config.threads > 1024) {
    return config_error("threads", "must be 1 to 1024");
  }
  if (config.read_timeout_seconds < 1) return config_error("read_timeout_seconds", "must be ≥ 1");
  if (!config.web_dir.empty() && !std::filesystem::is_directory(config.web_dir)) {
    return config_error("web_dir", "no such folder: " + config.web_dir);
  }
  return Ok{};
}

}  // namespace concord::search
