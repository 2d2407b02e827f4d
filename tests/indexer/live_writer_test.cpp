// The live writer: ordered upserts and deletes on a built index, committed by count or time.
#include "indexer/live_writer.h"

#include <gtest/gtest.h>

#include <xapian.h>
#include <thread>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "indexer/index_builder.h"
#include "indexer/index_location.h"
#include "indexer/index_terms.h"
#include "tests/indexer/temp_dir.h"

namespace concord::indexer {
namespace {

using namespace std::chrono_literals;
using test::TempDir;
using test::write_file;

constexpr std::string_view kDocs =
    R"({"id": "story-en-1", "kind": "story", "lang": "en", "title": "Licensing patents to farmers"})"
    "\n"
    R"({"id": "need-fr-1", "kind": "need", "lang": "fr", "title": "Les brevets au service de l'innovation agricole"})"
    "\n"
    R"({"id": "offer-en-1", "kind": "offer", "lang": "en", "title": "Mentoring for seed cooperatives"})"
    "\n";

// A fresh folder holding docs.jsonl and an index of it at "idx".
class LiveWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_ / "docs.jsonl", kDocs);
    rebuild();
  }

  void rebuild(const std::vector<std::string>& extra_inputs = {}) {
    std::vector<std::string> inputs = {dir_ / "docs.jsonl"};
    inputs.insert(inputs.end(), extra_inputs.begin(), extra_inputs.end());
    auto report = build_index({.index_path = live(), .inputs = inputs, .themes_path = ""}, {});
    ASSERT_TRUE(report.ok()) << report.error().message;
    ASSERT_EQ(report->rejected, 0u);
  }

  std::string live() const { return dir_ / "idx"; }

  std::unique_ptr<LiveWriter> start(std::size_t commit_every, std::chrono::milliseconds interval) {
    auto writer = LiveWriter::start(
        {.index_path = live(), .commit_every = commit_every, .commit_interval = interval});
    EXPECT_TRUE(writer.ok()) << writer.error().message;
    return writer.ok() ? std::move(writer).value() : nullptr;
  }

  // The stored title of `id` in the committed live index, or nullopt when it is absent.
  std::optional<std::string> title_of(const std::string& id) const {
    const Xapian::Database db(live());
    const std::string term = id_term(id);
    auto it = db.postlist_begin(term);
    if (it == db.postlist_end(term)) return std::nullopt;
    return nlohmann::json::parse(db.get_document(*it).get_data())["title"].get<std::string>();
  }

  Xapian::doccount documents() const { return Xapian::Database(live()).get_doccount(); }

  TempDir dir_;
};

Document doc(const std::string& id, const std::string& title) {
  auto parsed = validate_document({{"id", id}, {"kind", "story"}, {"lang", "en"}, {"title", title}},
                                  ThemeCatalog{});
  EXPECT_TRUE(parsed.ok()) << parsed.error().message;
  return std::move(parsed).value();
}

WriteOp upsert(const std::string& id, const std::string& title) {
  return {WriteOp::Kind::kUpsert, doc(id, title), {}};
}

WriteOp remove(const std::string& id) {
  return {WriteOp::Kind::kDelete, {}, id};
}

std::vector<WriteOp> ops(std::initializer_list<WriteOp> list) {
  return std::vector<WriteOp>(list);
}

TEST_F(LiveWriterTest, UpsertsAndDeletesReachTheIndex) {
  auto writer = start(1000, 50ms);
  ASSERT_TRUE(writer);
  const auto sequence =
      writer->submit(ops({upsert("story-new-1", "Solar pumps for oases"), remove("need-fr-1"),
                          upsert("story-en-1", "Licensing patents to growers")}));
  EXPECT_EQ(sequence, 3u);
  ASSERT_TRUE(writer->wait_committed(sequence, 5s));
  EXPECT_GE(writer->committed(), sequence);
  EXPECT_EQ(title_of("story-new-1"), "Solar pumps for oases");
  EXPECT_EQ(title_of("need-fr-1"), std::nullopt);
  EXPECT_EQ(title_of("story-en-1"), "Licensing patents to growers");  // replaced, not added
  EXPECT_EQ(title_of("offer-en-1"), "Mentoring for seed cooperatives");
  EXPECT_EQ(documents(), 3u);
  EXPECT_FALSE(writer->last_error().has_value());
}

TEST_F(LiveWriterTest, KeepsSubmissionOrder) {
  auto writer = start(1000, 50ms);
  ASSERT_TRUE(writer);
  // Within one submission...
  writer->submit(ops({upsert("story-x", "Upserted then deleted"), remove("story-x")}));
  // ...and across submissions.
  writer->submit(ops({remove("offer-en-1")}));
  const auto last = writer->submit(ops({upsert("offer-en-1", "Deleted then upserted")}));
  writer->submit(ops({upsert("story-y", "First title")}));
  const auto final_sequence = writer->submit(ops({upsert("story-y", "Second title")}));
  EXPECT_GT(final_sequence, last);
  ASSERT_TRUE(writer->wait_committed(final_sequence, 5s));
  EXPECT_EQ(title_of("story-x"), std::nullopt);
  EXPECT_EQ(title_of("offer-en-1"), "Deleted then upserted");
  EXPECT_EQ(title_of("story-y"), "Second title");
  EXPECT_EQ(documents(), 4u);  // the three built ones plus story-y
}

TEST_F(LiveWriterTest, CommitsAfterCommitEveryChanges) {
  auto writer = start(2, std::chrono::hours(1));
  ASSERT_TRUE(writer);
  const auto first = writer->submit(ops({upsert("story-a", "First change")}));
  // One change of two: nothing is committed while nobody asks (well below the interval).
  std::this_thread::sleep_for(300ms);
  EXPECT_LT(writer->committed(), first);
  EXPECT_EQ(title_of("story-a"), std::nullopt);

  const auto second = writer->submit(ops({upsert("story-b", "Second change")}));
  ASSERT_TRUE(writer->wait_committed(second, 5s));
  EXPECT_EQ(writer->committed(), 2u);
  EXPECT_EQ(title_of("story-a"), "First change");
  EXPECT_EQ(title_of("story-b"), "Second change");
}

TEST_F(LiveWriterTest, WaitingForAChangeCommitsItWithoutWaitingForTheInterval) {
  auto writer = start(1000, std::chrono::hours(1));
  ASSERT_TRUE(writer);
  const auto sequence = writer->submit(ops({upsert("story-waited", "Searchable on request")}));
  ASSERT_TRUE(writer->wait_committed(sequence, 5s));
  EXPECT_EQ(title_of("story-waited"), "Searchable on request");
}

TEST_F(LiveWriterTest, CommitsAfterTheInterval) {
  auto writer = start(1000, 50ms);
  ASSERT_TRUE(writer);
  const auto before = writer->last_commit_time();
  const auto submitted = std::chrono::steady_clock::now();
  const auto sequence = writer->submit(ops({upsert("story-timed", "Committed by time")}));
  // Polled, not waited for: waiting would ask for the commit itself.
  while (writer->committed() < sequence && std::chrono::steady_clock::now() - submitted < 1s) {
    std::this_thread::sleep_for(5ms);
  }
  ASSERT_GE(writer->committed(), sequence);
  EXPECT_LT(std::chrono::steady_clock::now() - submitted, 1s);
  EXPECT_EQ(title_of("story-timed"), "Committed by time");
  EXPECT_GT(writer->last_commit_time(), before);
  EXPECT_EQ(writer->queue_depth(), 0u);
}

TEST_F(LiveWriterTest, StopCommitsPendingChangesAndRefusesLaterOnes) {
  auto writer = start(1000, std::chrono::hours(1));
  ASSERT_TRUE(writer);
  const auto sequence =
      writer->submit(ops({upsert("story-pending", "Pending at stop"), remove("story-en-1")}));
  EXPECT_EQ(writer->committed(), 0u);
  writer->stop();
  EXPECT_EQ(writer->committed(), sequence);
  EXPECT_EQ(title_of("story-pending"), "Pending at stop");
  EXPECT_EQ(title_of("story-en-1"), std::nullopt);

  EXPECT_EQ(writer->submit(ops({upsert("story-late", "After stop")})), 0u);
  writer->stop();  // a second stop is harmless
  EXPECT_EQ(title_of("story-late"), std::nullopt);
}

TEST_F(LiveWriterTest, DestructorCommitsPendingChanges) {
  {
    auto writer = start(1000, std::chrono::hours(1));
    ASSERT_TRUE(writer);
    writer->submit(ops({upsert("story-dtor", "Committed by the destructor")}));
  }
  EXPECT_EQ(title_of("story-dtor"), "Committed by the destructor");
}

TEST_F(LiveWriterTest, FollowsARebuildToTheNewGeneration) {
  auto writer = start(1000, 50ms);
  ASSERT_TRUE(writer);
  const auto old_generation = resolve_live(live());
  ASSERT_TRUE(old_generation.ok());
  ASSERT_TRUE(writer->wait_committed(writer->submit(ops({upsert("story-old", "Before")})), 5s));
  EXPECT_EQ(title_of("story-old"), "Before");

  write_file(
      dir_ / "extra.jsonl",
      R"({"id": "story-rebuilt", "kind": "story", "lang": "en", "title": "From the rebuild"})"
      "\n");
  rebuild({dir_ / "extra.jsonl"});
  const auto new_generation = resolve_live(live());
  ASSERT_TRUE(new_generation.ok());
  ASSERT_NE(*new_generation, *old_generation);
  EXPECT_EQ(title_of("story-old"), std::nullopt);  // the rebuild knows only its inputs

  const auto sequence = writer->submit(ops({upsert("story-new", "After"), remove("offer-en-1")}));
  ASSERT_TRUE(writer->wait_committed(sequence, 5s));
  EXPECT_FALSE(writer->last_error().has_value()) << writer->last_error()->message;
  EXPECT_EQ(title_of("story-new"), "After");
  EXPECT_EQ(title_of("offer-en-1"), std::nullopt);
  EXPECT_EQ(title_of("story-rebuilt"), "From the rebuild");
  EXPECT_EQ(documents(), 4u);
  // The old generation did not receive the later writes.
  const Xapian::Database old_db(*old_generation);
  EXPECT_EQ(old_db.postlist_begin(id_term("story-new")), old_db.postlist_end(id_term("story-new")));
}

TEST_F(LiveWriterTest, RefusesBadOptions) {
  auto zero = LiveWriter::start({.index_path = live(), .commit_every = 0, .commit_interval = 1s});
  ASSERT_FALSE(zero.ok());
  EXPECT_EQ(zero.error().code, ErrorCode::kInvalidParameter);

  auto missing = LiveWriter::start(
      {.index_path = dir_ / "nothing", .commit_every = 10, .commit_interval = 1s});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kIndexUnavailable);
}

}  // namespace
}  // namespace concord::indexer
