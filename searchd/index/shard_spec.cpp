#include "searchd/index/shard_spec.h"

#include <charconv>

namespace concord::search {

Result<ShardSpec> parse_shard_spec(const std::string& text) {
  constexpr std::string_view kScheme = "tcp://";
  ShardSpec spec;
  spec.text = text;
  if (text.empty())
    return make_error(ErrorCode::kInvalidParameter, "shards: empty shard", "shards");
  if (!text.starts_with(kScheme)) {
    spec.path = text;
    return spec;
  }
  const std::string address = text.substr(kScheme.size());
  const std::size_t colon = address.rfind(':');
  unsigned port = 0;
  const char* begin = address.data() + (colon == std::string::npos ? 0 : colon + 1);
  const char* end = address.data() + address.size();
  auto [parsed_end, ec] = std::from_chars(begin, end, port);
  if (colon == std::string::npos || colon == 0 || ec != std::errc() || parsed_end != end ||
      port < 1 || port > 65535) {
    return make_error(ErrorCode::kInvalidParameter,
                      "shards: \"" + text + "\" is not tcp://host:port (port 1 to 65535)",
                      "shards");
  }
  spec.remote = true;
  spec.host = address.substr(0, colon);
  spec.port = port;
  return spec;
}

}  // namespace concord::search
