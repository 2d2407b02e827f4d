// The searcher pool opens only indexes of the schema this build reads, and says why otherwise;
// it leases at most its limit of searchers at once.
#include "searchd/index/searcher_pool.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "indexer/index_location.h"
#include "indexer/schema.h"
#include "tests/searchd/support/corpus_index.h"

namespace concord::search {
namespace {

// A live index of schema `version` in a fresh folder of its own, through a writer that stays
// open; the folder is removed at the end.
class LiveIndex {
 public:
  LiveIndex(const std::string& name, const std::string& version)
      : folder_(std::filesystem::temp_directory_path() /
                (name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(folder_);
    std::filesystem::create_directories(folder_);
    live_ = (folder_ / "index").string();
    const std::string generation = indexer::new_generation_dir(live_);
    writer_ = Xapian::WritableDatabase(generation, Xapian::DB_CREATE);
    writer_.set_metadata(std::string(indexer::schema::kVersionKey), version);
    writer_.commit();
    published_ = static_cast<bool>(indexer::publish_generation(live_, generation));
  }
  ~LiveIndex() {
    writer_.close();
    std::filesystem::remove_all(folder_);
  }
  const std::string& live() const { return live_; }
  bool published() const { return published_; }
  Xapian::WritableDatabase& writer() { return writer_; }

 private:
  std::filesystem::path folder_;
  std::string live_;
  Xapian::WritableDatabase writer_;
  bool published_ = false;
};

TEST(SearcherPoolTest, RefusesAnIndexOfAnotherSchemaVersionNamingTheFix) {
  LiveIndex index("concord-pool-test", "1");
  ASSERT_TRUE(index.published());
  SearcherPool pool(index.live());
  auto lease = pool.acquire();
  ASSERT_FALSE(lease);
  EXPECT_EQ(lease.error().code, ErrorCode::kSchemaMismatch);
  EXPECT_NE(lease.error().message.find("schema version \"1\""), std::string::npos)
      << lease.error().message;
  EXPECT_NE(lease.error().message.find("concord-indexer build"), std::string::npos);
}

// A writer committing every change while searchers open: Xapian discards the revision an open is
// reading when two commits pass meanwhile, and the pool opens again instead of failing the
// request (a write answered 503 "DatabaseModifiedError" in SearchdCrashTest).
TEST(SearcherPoolTest, OpensWhileAWriterCommitsWithoutFailing) {
  LiveIndex index("concord-pool-busy", std::to_string(indexer::schema::kVersion));
  ASSERT_TRUE(index.published());
  Xapian::WritableDatabase& writer = index.writer();
  std::atomic<bool> stop{false};
  std::thread commits([&] {
    for (int n = 0; !stop; ++n) {
      Xapian::Document doc;
      for (int t = 0; t < 50; ++t) doc.add_term("w" + std::to_string((n * 50 + t) % 5000));
      writer.add_document(doc);
      writer.commit();
    }
  });
  int opened = 0;
  std::vector<std::string> failures;
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(3);
  while (std::chrono::steady_clock::now() < until) {
    SearcherPool pool(index.live());  // a new pool: a fresh open every time
    auto lease = pool.acquire(SearcherPool::Use::kLookup);
    if (lease) {
      ++opened;
      (*lease)->db.get_doccount();
    } else {
      failures.push_back(lease.error().message);
    }
  }
  stop = true;
  commits.join();
  std::cout << opened << " opens, " << writer.get_doccount() << " commits\n";
  EXPECT_TRUE(failures.empty()) << failures.size() << " failed, first: " << failures.front();
  EXPECT_GT(opened, 10);
}

TEST(SearcherPoolTest, BeyondItsLimitARequestWaitsThenIsToldTheServerIsBusy) {
  SearcherPool pool(testing::corpus_index_path());
  pool.limit(2, std::chrono::milliseconds(100));
  auto first = pool.acquire();
  auto second = pool.acquire();
  ASSERT_TRUE(first);
  ASSERT_TRUE(second);
  auto third = pool.acquire();
  ASSERT_FALSE(third);
  EXPECT_EQ(third.error().code, ErrorCode::kOverloaded);
  // Lookups (a document, suggestions) never wait behind searches.
  EXPECT_TRUE(pool.acquire(SearcherPool::Use::kLookup));
  // A slot given back while a request waits is taken by it.
  std::thread giver([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    auto done = std::move(*first);
  });
  pool.limit(2, std::chrono::milliseconds(5000));
  auto waited = pool.acquire();
  giver.join();
  EXPECT_TRUE(waited);
}

}  // namespace
}  // namespace concord::search
