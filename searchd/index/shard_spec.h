// One shard of a collection, as configured: a local index path or a remote xapian-tcpsrv.
#pragma once

#include <string>

#include "indexer/result.h"

namespace concord::search {

/// "tcp://host:port" names a shard served by xapian-tcpsrv; anything else a local index path
/// (the live link of a Concord index, followed across generation switches).
struct ShardSpec {
  std::string text;  // as configured, for messages
  bool remote = false;
  std::string host;  // remote only
  unsigned port = 0;
  std::string path;  // local only
};

Result<ShardSpec> parse_shard_spec(const std::string& text);

/// How long a request waits on a remote shard: to connect, and for any one reply.
struct ShardTimeouts {
  int timeout_ms = 5000;
  int connect_timeout_ms = 1000;
};

}  // namespace concord::search
