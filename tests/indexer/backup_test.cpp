// Backups of a live index and their restore: what an operator relies on after a bad day.
#include "indexer/backup.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>

#include "indexer/index_builder.h"
#include "indexer/schema.h"
#include "tests/indexer/temp_dir.h"

namespace concord::indexer {
namespace {

namespace fs = std::filesystem;
using test::TempDir;
using test::write_file;

constexpr std::string_view kThreeDocs =
    R"({"id": "a", "kind": "story", "lang": "en", "title": "Solar dryers for mangoes"})"
    "\n"
    R"({"id": "b", "kind": "story", "lang": "fr", "title": "Brevets et coopératives"})"
    "\n"
    R"({"id": "c", "kind": "story", "lang": "zh", "title": "知识产权保护"})"
    "\n";

void build_from(const TempDir& dir, std::string_view docs) {
  write_file(dir / "docs.jsonl", docs);
  auto report = build_index({dir / "idx", {dir / "docs.jsonl"}, ""}, {});
  ASSERT_TRUE(report) << report.error().message;
}

TEST(BackupTest, BackupThenRestoreBringsBackTheIndex) {
  const TempDir dir;
  build_from(dir, kThreeDocs);
  auto backup = backup_index(dir / "idx", dir / "backup.db");
  ASSERT_TRUE(backup) << backup.error().message;
  EXPECT_EQ(backup->documents, 3u);
  EXPECT_GT(backup->bytes, 0u);
  EXPECT_TRUE(fs::is_regular_file(dir / "backup.db"));  // one file, easy to copy off the machine

  build_from(dir, R"({"id": "z", "kind": "story", "title": "Only this"})");
  ASSERT_EQ(Xapian::Database(dir / "idx").get_doccount(), 1u);

  auto restored = restore_index(dir / "backup.db", dir / "idx");
  ASSERT_TRUE(restored) << restored.error().message;
  EXPECT_EQ(restored->documents, 3u);
  const Xapian::Database db(dir / "idx");
  EXPECT_EQ(db.get_doccount(), 3u);
  EXPECT_EQ(db.get_metadata(std::string(schema::kVersionKey)), std::to_string(schema::kVersion));
  EXPECT_NE(db.postlist_begin("Qc"), db.postlist_end("Qc"));
  EXPECT_NE(db.postlist_begin("知识产权"), db.postlist_end("知识产权"));  // terms survive
  EXPECT_TRUE(fs::is_symlink(dir / "idx"));
}

TEST(BackupTest, BackupIsConsistentWhileAWriterHasUncommittedChanges) {
  const TempDir dir;
  build_from(dir, kThreeDocs);
  Xapian::WritableDatabase writer(dir / "idx", Xapian::DB_OPEN);
  Xapian::Document extra;
  extra.add_boolean_term("Qextra");
  writer.add_document(extra);  // not committed
  auto backup = backup_index(dir / "idx", dir / "backup.db");
  ASSERT_TRUE(backup) << backup.error().message;
  EXPECT_EQ(backup->documents, 3u);
  EXPECT_EQ(Xapian::Database(dir / "backup.db").get_doccount(), 3u);
}

TEST(BackupTest, RestoreRefusesWhatIsNotAConcordIndexAndKeepsTheLiveOne) {
  const TempDir dir;
  build_from(dir, kThreeDocs);
  {
    Xapian::WritableDatabase other(dir / "other", Xapian::DB_CREATE);
    other.add_document(Xapian::Document());
    other.commit();
  }
  auto wrong_schema = restore_index(dir / "other", dir / "idx");
  ASSERT_FALSE(wrong_schema);
  EXPECT_EQ(wrong_schema.error().code, ErrorCode::kSchemaMismatch);
  write_file(dir / "junk.db", "not a database");
  EXPECT_FALSE(restore_index(dir / "junk.db", dir / "idx"));
  EXPECT_EQ(Xapian::Database(dir / "idx").get_doccount(), 3u);
}

TEST(BackupTest, BackupOfAMissingIndexFails) {
  const TempDir dir;
  auto backup = backup_index(dir / "nothing", dir / "backup.db");
  ASSERT_FALSE(backup);
  EXPECT_FALSE(fs::exists(dir / "backup.db"));
}

}  // namespace
}  // namespace concord::indexer
