// The searcher pool opens only indexes of the schema this build reads, and says why otherwise.
#include "searchd/searcher_pool.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "indexer/index_location.h"
#include "indexer/schema.h"

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

}  // namespace
}  // namespace concord::search
