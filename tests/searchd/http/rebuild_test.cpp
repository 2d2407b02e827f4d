// Rebuilding the index under a running concord-searchd: no failed request, and the new
// generation is served without a restart.
#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/searchd/support/searchd_fixture.h"

namespace concord::testing {
namespace {

using nlohmann::json;

constexpr int kRebuilds = 5;
constexpr std::size_t kMaxRequests = 4000;

// What the searching client saw.
struct ClientLog {
  std::atomic<std::size_t> requests{0};
  std::atomic<std::size_t> failures{0};
  std::string first_failure;  // written by the client thread only, read after join
};

// Searches in a loop until `stop` or kMaxRequests, counting answers that are not a 200 with a
// search body.
void search_loop(int port, const std::atomic<bool>& stop, ClientLog& log) {
  httplib::Client client("127.0.0.1", port);
  client.set_keep_alive(true);
  client.set_read_timeout(10);
  const std::vector<std::string> queries = {
      "/v1/search?q=water&facets=theme,kind", "/v1/search?q=%E7%9F%A5%E8%AF%86%E4%BA%A7%E6%9D%83",
      "/v1/search?q=brevet&sort=-date", "/v1/search?kind=story&per_page=20"};
  while (!stop && log.requests < kMaxRequests) {
    const std::string& target = queries[log.requests % queries.size()];
    auto res = client.Get(target);
    ++log.requests;
    std::string problem;
    if (!res) {
      problem = "no answer: " + httplib::to_string(res.error());
    } else if (res->status != 200) {
      problem = std::to_string(res->status) + " " + res->body;
    } else {
      const json body = json::parse(res->body, nullptr, false);
      if (!body.is_object() || !body.contains("hits") || !body["total"].is_number()) {
        problem = "not a search answer: " + res->body.substr(0, 200);
      }
    }
    if (!problem.empty() && log.failures++ == 0) log.first_failure = target + " → " + problem;
  }
}

class RebuildTest : public SearchdFixture {
 protected:
  // Runs `concord-indexer build` on the live path the server reads; extra inputs are added.
  ProgramResult build(const std::vector<std::string>& extra = {}) {
    std::vector<std::string> argv = {CONCORD_INDEXER,        "build",    "--index",
                                     index_.live(),          "--themes", corpus_themes_path(),
                                     corpus_documents_path()};
    argv.insert(argv.end(), extra.begin(), extra.end());
    return run_program(argv);
  }
};

TEST_F(RebuildTest, SearchesKeepWorkingAndTheNewGenerationIsServed) {
  json config = base_config();
  config.erase("write_token");  // readers only
  config["threads"] = 4;
  start(config);
  const std::string extra = (index_.folder() / "extra.jsonl").string();
  std::ofstream(extra) << json{{"id", "rebuild-extra-1"},
                               {"kind", "story"},
                               {"lang", "en"},
                               {"title", "Axolotl hatchery cooperative"},
                               {"themes", {"green-innovation"}}}
                              .dump()
                       << "\n";
  ASSERT_TRUE(search_ids("axolotl").empty());

  std::atomic<bool> stop{false};
  ClientLog log;
  std::thread searcher(search_loop, server_->port(), std::cref(stop), std::ref(log));
  std::vector<ProgramResult> builds;
  std::size_t requests_during_builds = 0;
  for (int i = 0; i < kRebuilds; ++i) {
    const std::size_t before = log.requests;
    builds.push_back(i + 1 == kRebuilds ? build({extra}) : build());
    requests_during_builds += log.requests - before;
  }
  stop = true;
  searcher.join();

  for (std::size_t i = 0; i < builds.size(); ++i) {
    SCOPED_TRACE("build " + std::to_string(i + 1));
    EXPECT_EQ(builds[i].status, 0) << builds[i].out << builds[i].err;
  }
  RecordProperty("requests", static_cast<int>(log.requests.load()));
  RecordProperty("requests_during_builds", static_cast<int>(requests_during_builds));
  EXPECT_GT(requests_during_builds, 0u);
  EXPECT_EQ(log.failures, 0u) << log.failures << " of " << log.requests
                              << " requests failed; the first: " << log.first_failure;

  // The last generation, with the extra document, is served by the same process.
  EXPECT_EQ(search_ids("axolotl"), std::vector<std::string>{"rebuild-extra-1"});
  EXPECT_EQ(get_json("/v1/documents/rebuild-extra-1", 200)["title"],
            "Axolotl hatchery cooperative");
  EXPECT_EQ(documents(), kCorpusDocuments + 1);
  EXPECT_EQ(get_json("/readyz", 200)["status"], "ready");
}

}  // namespace
}  // namespace concord::testing
