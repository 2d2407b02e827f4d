#include "eval/judged_dataset.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "searchd/engine.h"

namespace concord::eval {
namespace {

namespace fs = std::filesystem;
const std::string kTiny = std::string(CONCORD_SOURCE_DIR) + "/tests/eval/tiny";

TEST(JudgedDatasetTest, LoadsQueriesAndJudgments) {
  auto data = load_judged_dataset(kTiny);
  ASSERT_TRUE(data) << data.error().message;
  EXPECT_EQ(data->queries.size(), 4u);
  EXPECT_EQ(data->qrels.size(), 3u);
  EXPECT_EQ(data->qrels["q1"]["d1"], 2);
  EXPECT_EQ(data->queries[0].lang, "en");
}

TEST(JudgedDatasetTest, IndexesWithTheProductionAnalysis) {
  const fs::path dir = fs::temp_directory_path() / ("concord-judged-" + std::to_string(::getpid()));
  auto indexed = index_dataset_documents(kTiny + "/docs.jsonl", dir.string());
  ASSERT_TRUE(indexed) << indexed.error().message;
  EXPECT_EQ(*indexed, 4u);
  auto engine = search::Engine::open(dir.string());
  ASSERT_TRUE(engine);
  search::SearchRequest request;
  request.q = "growers";  // stemmed like production: "grower"
  auto found = (*engine)->search(request);
  ASSERT_TRUE(found);
  ASSERT_EQ(found->hits.size(), 1u);
  EXPECT_EQ(found->hits[0].id, "d4");
  EXPECT_EQ(found->hits[0].source["lang"], "en");  // detected: the line has no lang
  fs::remove_all(dir);
}

TEST(JudgedDatasetTest, MalformedJudgmentsAreErrors) {
  const fs::path dir = fs::temp_directory_path() / ("concord-bad-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "docs.jsonl") << R"({"id": "a", "body": "x"})"
                                    << "\n";
  std::ofstream(dir / "queries.jsonl") << R"({"qid": "1", "text": "x"})"
                                       << "\n";
  std::ofstream(dir / "qrels.tsv") << "1\ta\tnot-a-grade\n";
  auto data = load_judged_dataset(dir.string());
  ASSERT_FALSE(data);
  EXPECT_NE(data.error().message.find("qrels.tsv:1"), std::string::npos);
  EXPECT_FALSE(load_judged_dataset((dir / "nothing").string()));
  fs::remove_all(dir);
}

TEST(JudgedDatasetTest, CollectionNameIsTheFolderName) {
  EXPECT_EQ(collection_name("/data/xquad/en"), "en");
  EXPECT_EQ(collection_name("/data/xquad/en/"), "en");
  EXPECT_EQ(collection_name("cranfield"), "cranfield");
}

TEST(JudgedDatasetTest, PrefixedIdsKeepParallelCollectionsApart) {
  auto data = load_judged_dataset(kTiny);
  ASSERT_TRUE(data);
  prefix_ids(*data, "tiny:");
  EXPECT_EQ(data->queries[0].qid.rfind("tiny:", 0), 0u);
  EXPECT_EQ(data->qrels["tiny:q1"]["tiny:d1"], 2);
  EXPECT_FALSE(data->qrels.contains("q1"));

  const fs::path dir = fs::temp_directory_path() / ("concord-shared-" + std::to_string(::getpid()));
  auto indexed = index_dataset_documents(
      {{kTiny + "/docs.jsonl", "a:"}, {kTiny + "/docs.jsonl", "b:"}}, dir.string());
  ASSERT_TRUE(indexed) << indexed.error().message;
  EXPECT_EQ(*indexed, 8u);
  auto engine = search::Engine::open(dir.string());
  ASSERT_TRUE(engine);
  search::SearchRequest request;
  request.q = "growers";
  auto found = (*engine)->search(request);
  ASSERT_TRUE(found);
  std::set<std::string> ids;
  for (const auto& hit : found->hits) ids.insert(hit.id);
  EXPECT_EQ(ids, (std::set<std::string>{"a:d4", "b:d4"}));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace concord::eval
