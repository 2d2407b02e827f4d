// The searcher pool opens only indexes of the schema this build reads, and says why otherwise;
// it leases at most its limit of searchers at once.
#include "searchd/searcher_pool.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

#include "indexer/index_location.h"
#include "indexer/schema.h"
#include "tests/searchd/corpus_index.h"

namespace concord::search {
namespace {

TEST(SearcherPoolTest, RefusesAnIndexOfAnotherSchemaVersionNamingTheFix) {
  const auto folder =
      std::filesystem::temp_directory_path() / ("concord-pool-test-" + std::to_string(::getpid()));
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  const std::string live = (folder / "index").string();
  const std::string generation = indexer::new_generation_dir(live);
  {
    Xapian::WritableDatabase old(generation, Xapian::DB_CREATE);
    old.set_metadata(std::string(indexer::schema::kVersionKey), "1");
    old.commit();
  }
  ASSERT_TRUE(indexer::publish_generation(live, generation));
  SearcherPool pool(live);
  auto lease = pool.acquire();
  ASSERT_FALSE(lease);
  EXPECT_EQ(lease.error().code, ErrorCode::kSchemaMismatch);
  EXPECT_NE(lease.error().message.find("schema version \"1\""), std::string::npos)
      << lease.error().message;
  EXPECT_NE(lease.error().message.find("concord-indexer build"), std::string::npos);
  std::filesystem::remove_all(folder);
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
