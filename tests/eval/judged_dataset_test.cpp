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

// A folder with one document and one query, and `qrels` as its judgments.
class QrelsFolder {
 public:
  explicit QrelsFolder(const std::string& qrels)
      : dir_(fs::temp_directory_path() / ("concord-qrels-" + std::to_string(::getpid()))) {
    fs::create_directories(dir_);
    std::ofstream(dir_ / "docs.jsonl") << R"({"id": "a", "body": "x"})"
                                       << "\n";
    std::ofstream(dir_ / "queries.jsonl") << R"({"qid": "1", "text": "x"})"
                                          << "\n";
    std::ofstream(dir_ / "qrels.tsv") << qrels;
  }
  ~QrelsFolder() { fs::remove_all(dir_); }
  Result<JudgedDataset> load() const { return load_judged_dataset(dir_.string()); }

 private:
  fs::path dir_;
};

TEST(JudgedDatasetTest, MalformedJudgmentsAreErrors) {
  for (const std::string bad : {"1\ta\t1\n1\tb\tnot-a-grade\n", "1\ta\t1\n1\tb\n",
                                "1\ta\t1\n1 0 b 2 extra\n", "1\ta\t1\n1\tb\t2.5\n"}) {
    SCOPED_TRACE(bad);
    auto data = QrelsFolder(bad).load();
    ASSERT_FALSE(data);
    EXPECT_NE(data.error().message.find("qrels.tsv:2"), std::string::npos) << data.error().message;
  }
  EXPECT_FALSE(load_judged_dataset("/nonexistent/concord-judgments"));
}

// Documents whose text is under another name (BEIR's "text") are an error, not empty documents.
TEST(JudgedDatasetTest, DocumentsWithoutTitleOrBodyAreErrors) {
  const fs::path dir = fs::temp_directory_path() / ("concord-notext-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "docs.jsonl") << R"({"id": "a", "body": "x"})"
                                    << "\n"
                                    << R"({"_id": "b", "id": "b", "text": "y"})"
                                    << "\n";
  auto indexed = index_dataset_documents((dir / "docs.jsonl").string(), (dir / "index").string());
  ASSERT_FALSE(indexed);
  EXPECT_NE(indexed.error().message.find("docs.jsonl:2: no \"title\" or \"body\""),
            std::string::npos)
      << indexed.error().message;
  fs::remove_all(dir);
}

// Region-tagged languages (pt-BR, ar-EG) are analysed as their language, for documents and
// queries alike: the Arabic query finds the document only through the Arabic stem.
TEST(JudgedDatasetTest, LanguageTagsCountByTheirLanguage) {
  const fs::path dir = fs::temp_directory_path() / ("concord-tags-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "docs.jsonl") << R"({"id": "a", "body": "البراءات", "lang": "ar-EG"})"
                                    << "\n";
  std::ofstream(dir / "queries.jsonl") << R"({"qid": "1", "text": "براءات", "lang": "ar-EG"})"
                                       << "\n";
  std::ofstream(dir / "qrels.tsv") << "1\ta\t1\n";
  auto data = load_judged_dataset(dir.string());
  ASSERT_TRUE(data) << data.error().message;
  EXPECT_EQ(data->queries.at(0).lang, "ar");
  ASSERT_TRUE(index_dataset_documents(data->docs_path, (dir / "index").string()));
  auto engine = search::Engine::open((dir / "index").string());
  ASSERT_TRUE(engine);
  search::SearchRequest request;
  request.q = data->queries.at(0).text;
  request.ui_lang = data->queries.at(0).lang;
  auto found = (*engine)->search(request);
  ASSERT_TRUE(found);
  ASSERT_EQ(found->hits.size(), 1u);
  EXPECT_EQ(found->hits[0].source["lang"], "ar");
  fs::remove_all(dir);
}

// trec_eval's qrels (qid iteration docid grade) read as such: as three columns, "1 0 184 3"
// would judge document 0 with grade 184. A header line (BEIR's) is skipped.
TEST(JudgedDatasetTest, ReadsTrecQrelsAndSkipsAHeader) {
  for (const std::string qrels :
       {"1 0 184 3\n1 0 29 -1\n", "query-id\tcorpus-id\tscore\n1\t184\t3\n1\t29\t-1\n"}) {
    SCOPED_TRACE(qrels);
    auto data = QrelsFolder(qrels).load();
    ASSERT_TRUE(data) << data.error().message;
    EXPECT_EQ(data->qrels.at("1"), (Judgments{{"184", 3}, {"29", -1}}));
  }
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
