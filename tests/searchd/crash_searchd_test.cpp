// SIGKILL of a concord-searchd that is taking writes, at random moments: every write answered as
// committed (wait=true → 200, "committed": true) is there with its content after any later
// crash, nothing else is in the index, and the next start takes writes again.
#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/searchd/support/corpus_index.h"
#include "tests/searchd/support/crash_checks.h"
#include "tests/searchd/support/searchd_fixture.h"

namespace concord::testing {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr int kTrials = 30;
constexpr int kWriters = 2;

// Every version of every document sent, and the newest version acknowledged as committed.
struct Ledger {
  std::mutex mutex;
  std::map<std::string, std::vector<std::string>> versions;  // id → titles, in sending order
  std::map<std::string, std::size_t> acked;                  // id → index into versions
};

// A story whose title and summary both name its version, so a torn write would show.
json versioned_story(const std::string& id, const std::string& title) {
  json doc = {{"id", id}, {"kind", "story"}, {"lang", "en"}, {"title", title}};
  doc["summary"] = "Summary of " + title;
  doc["themes"] = {"green-innovation"};
  return doc;
}

// Sends batches until the server stops answering: mostly new documents, some new versions of
// documents sent before; half the batches wait for their commit.
void write_loop(int port, int trial, int writer, std::uint32_t seed, Ledger& ledger,
                const std::atomic<bool>& stop) {
  std::mt19937 random(seed);
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(10);
  std::vector<std::string> mine;
  for (int batch = 0; !stop; ++batch) {
    std::string body;
    std::map<std::string, std::size_t> sent;  // id → version index of this batch
    const std::size_t size = 1 + random() % 8;
    std::unique_lock lock(ledger.mutex);
    for (std::size_t i = 0; i < size; ++i) {
      std::string id;
      if (!mine.empty() && random() % 4 == 0) {
        id = mine[random() % mine.size()];
      } else {
        id = "crash-" + std::to_string(trial) + "-" + std::to_string(writer) + "-" +
             std::to_string(batch) + "-" + std::to_string(i);
        mine.push_back(id);
      }
      auto& versions = ledger.versions[id];
      const std::string title = "Quokka " + id + " version " + std::to_string(versions.size());
      versions.push_back(title);
      sent[id] = versions.size() - 1;
      body += versioned_story(id, title).dump() + "\n";
    }
    lock.unlock();  // not held across the request
    const bool wait = random() % 2 == 0;
    auto res = client.Put(std::string("/v1/documents") + (wait ? "?wait=true" : ""),
                          {{"Authorization", std::string("Bearer ") + kWriteToken}}, body,
                          "application/x-ndjson");
    lock.lock();
    if (!res) return;  // killed
    if (res->status == 200 && json::parse(res->body, nullptr, false).value("committed", false)) {
      for (const auto& [id, version] : sent) {
        auto [it, inserted] = ledger.acked.emplace(id, version);
        if (!inserted && it->second < version) it->second = version;
      }
    } else if (res->status != 202) {
      ADD_FAILURE() << "write answered " << res->status << ": " << res->body;
      return;
    }
  }
}

// After a crash: each acknowledged document holds its acknowledged version or a later one sent
// after it; unacknowledged ones are absent or hold a version that was sent; the count adds up.
void expect_ledger_kept(const std::string& live, Ledger& ledger, std::size_t corpus) {
  const LiveIndex index = inspect_live(live);
  ASSERT_TRUE(index.exists);
  auto engine = search::Engine::open(live);
  ASSERT_TRUE(engine);
  std::size_t present = 0;
  std::size_t lost = 0;
  for (const auto& [id, versions] : ledger.versions) {
    const std::string title = stored_title(**engine, id);
    const auto acked = ledger.acked.find(id);
    if (title.empty()) {
      if (acked != ledger.acked.end() && lost++ < 5) {
        ADD_FAILURE() << id << " was acknowledged as committed and is gone";
      }
      continue;
    }
    ++present;
    EXPECT_EQ((*engine)->document(id)->value("summary", ""), "Summary of " + title) << id;
    const std::size_t first = acked == ledger.acked.end() ? 0 : acked->second;
    const auto from = versions.begin() + static_cast<std::ptrdiff_t>(first);
    EXPECT_NE(std::find(from, versions.end(), title), versions.end())
        << id << " holds \"" << title << "\", not a version sent at or after the acknowledged one";
  }
  EXPECT_EQ(lost, 0u);
  EXPECT_EQ(index.documents, corpus + present) << "documents that nobody wrote";
}

TEST(SearchdCrashTest, AcknowledgedWritesSurviveSigkill) {
  std::mt19937 random(crash_seed());
  CorpusIndex index;
  Ledger ledger;
  std::size_t acknowledged_batches = 0;
  for (int trial = 0; trial < kTrials; ++trial) {
    SCOPED_TRACE("trial " + std::to_string(trial));
    // Small batches commit by count as well as by wait=true and the interval.
    const json config = {{"write_token", kWriteToken},
                         {"commit_every", 1 + random() % 8},
                         {"commit_interval_ms", 20 + random() % 200},
                         {"access_log", false}};
    const std::string path = write_json_file(index.folder() / "searchd.json", config);
    SearchdProcess server({"--index", index.live(), "--config", path});
    std::atomic<bool> stop{false};
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
      writers.emplace_back(write_loop, server.port(), trial, w, random(), std::ref(ledger),
                           std::cref(stop));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10 + random() % 600));
    server.kill_now();
    stop = true;
    for (auto& t : writers) t.join();
    expect_ledger_kept(index.live(), ledger, kCorpusDocuments);
    if (HasFailure()) return;
    acknowledged_batches = ledger.acked.size();
  }
  std::cout << ledger.versions.size() << " documents sent, " << acknowledged_batches
            << " acknowledged as committed, over " << kTrials << " kills\n";
  EXPECT_GT(acknowledged_batches, 100u) << "too few acknowledged writes to test anything";

  // The next start takes writes, and a rebuild over the index still works.
  const json config = {{"write_token", kWriteToken}, {"access_log", false}};
  const std::string path = write_json_file(index.folder() / "searchd.json", config);
  {
    SearchdProcess server({"--index", index.live(), "--config", path});
    httplib::Client client("127.0.0.1", server.port());
    auto res = client.Put("/v1/documents?wait=true",
                          {{"Authorization", std::string("Bearer ") + kWriteToken}},
                          versioned_story("crash-after", "Quokka after the crashes").dump() + "\n",
                          "application/x-ndjson");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << res->body;
    EXPECT_EQ(server.stop(), 0);
  }
  const ProgramResult rebuilt =
      run_program({CONCORD_INDEXER, "build", "--index", index.live(), "--themes",
                   corpus_themes_path(), corpus_documents_path()});
  EXPECT_EQ(rebuilt.status, 0) << rebuilt.err;
  EXPECT_EQ(inspect_live(index.live()).documents, kCorpusDocuments);
}

}  // namespace
}  // namespace concord::testing
