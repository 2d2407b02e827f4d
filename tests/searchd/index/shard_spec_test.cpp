#include "searchd/index/shard_spec.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace concord::search {
namespace {

TEST(ShardSpecTest, RemoteAddressesAndLocalPaths) {
  struct Case {
    std::string text;
    bool ok;
    bool remote;
    std::string host;
    unsigned port;
  };
  const std::vector<Case> cases = {
      {"tcp://127.0.0.1:7000", true, true, "127.0.0.1", 7000},
      {"tcp://search-2.internal:65535", true, true, "search-2.internal", 65535},
      {"/srv/concord/shard-0", true, false, "", 0},
      {"relative/shard", true, false, "", 0},
      {"tcp://127.0.0.1", false, false, "", 0},
      {"tcp://127.0.0.1:0", false, false, "", 0},
      {"tcp://127.0.0.1:65536", false, false, "", 0},
      {"tcp://127.0.0.1:70x", false, false, "", 0},
      {"tcp://:7000", false, false, "", 0},
      {"", false, false, "", 0},
  };
  for (const Case& c : cases) {
    auto spec = parse_shard_spec(c.text);
    ASSERT_EQ(spec.ok(), c.ok) << c.text;
    if (!c.ok) {
      EXPECT_EQ(spec.error().field, "shards") << c.text;
      continue;
    }
    EXPECT_EQ(spec->remote, c.remote) << c.text;
    EXPECT_EQ(spec->host, c.host) << c.text;
    EXPECT_EQ(spec->port, c.port) << c.text;
    EXPECT_EQ(spec->path, c.remote ? "" : c.text) << c.text;
  }
}

}  // namespace
}  // namespace concord::search
