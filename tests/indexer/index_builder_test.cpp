// Building an index from JSON Lines and publishing it atomically as the live generation.
#include "indexer/index_builder.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analyzers/analyzer.h"
#include "indexer/index_location.h"
#include "indexer/index_terms.h"
#include "indexer/schema.h"
#include "tests/indexer/temp_dir.h"

namespace concord::indexer {
namespace {

namespace fs = std::filesystem;
using test::TempDir;
using test::write_file;
using test::write_gzip;

constexpr std::string_view kThemes = R"([
  {"id": "green-innovation", "labels": {"en": "Green innovation", "fr": "Innovation verte"}},
  {"id": "public-health", "labels": {"en": "IP and public health"}}
])";

constexpr std::string_view kDocs =
    R"({"id": "story-en-1", "kind": "story", "lang": "en", "title": "Licensing patents to farmers", "themes": ["green-innovation"], "countries": ["KE"], "date": "2021-06-14"})"
    "\n"
    R"({"id": "need-fr-1", "kind": "need", "title": "Les brevets au service de l'innovation agricole", "body": "Nous cherchons un partenaire pour protéger les variétés végétales des coopératives."})"
    "\n"
    R"({"id": "decision-zh-1", "kind": "decision", "lang": "zh", "title": "知識產權保護與綠色創新", "court": "最高人民法院"})"
    "\n";

struct Build {
  Result<BuildReport> report;
  std::vector<Rejection> rejections;
};

Build build(const std::string& index, const std::vector<std::string>& inputs,
            const std::string& themes = {}) {
  std::vector<Rejection> rejections;
  auto report = build_index(
      {.index_path = index, .inputs = inputs, .themes_path = themes},
      {.on_reject = [&](const Rejection& r) { rejections.push_back(r); }, .on_progress = nullptr});
  return {std::move(report), std::move(rejections)};
}

// The generation folders beside the live link, by name.
std::vector<std::string> generations(const TempDir& dir, const std::string& live = "idx") {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with(live + ".gen-")) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string link_target(const std::string& live) {
  return fs::read_symlink(live).string();
}

TEST(IndexBuilderTest, BuildsAGenerationBehindASymlink) {
  const TempDir dir;
  write_file(dir / "docs.jsonl", kDocs);
  write_file(dir / "themes.json", kThemes);
  const Build b = build(dir / "idx", {dir / "docs.jsonl"}, dir / "themes.json");
  ASSERT_TRUE(b.report.ok()) << b.report.error().message;
  EXPECT_EQ(b.report->documents, 3u);
  EXPECT_EQ(b.report->rejected, 0u);
  EXPECT_EQ(b.report->duplicates, 0u);
  EXPECT_GT(b.report->index_bytes, 0u);
  EXPECT_TRUE(b.rejections.empty());

  ASSERT_TRUE(fs::is_symlink(dir / "idx"));
  EXPECT_EQ(generations(dir), std::vector<std::string>{link_target(dir / "idx")});
  auto live = resolve_live(dir / "idx");
  ASSERT_TRUE(live.ok());
  EXPECT_EQ(*live, fs::canonical(b.report->generation_dir).string());

  const Xapian::Database db(dir / "idx");
  EXPECT_EQ(db.get_doccount(), 3u);
  EXPECT_EQ(db.get_metadata("concord.schema_version"), "6");
  auto themes = ThemeCatalog::parse(db.get_metadata(std::string(schema::kThemesKey)));
  ASSERT_TRUE(themes.ok());
  EXPECT_TRUE(themes->contains("green-innovation"));
  EXPECT_EQ(themes->label("green-innovation", "fr"), "Innovation verte");
}

TEST(IndexBuilderTest, DocumentsGetTheirTerms) {
  const TempDir dir;
  write_file(dir / "docs.jsonl", kDocs);
  ASSERT_TRUE(build(dir / "idx", {dir / "docs.jsonl"}).report.ok());
  const Xapian::Database db(dir / "idx");
  for (const char* term : {"Qstory-en-1", "Qneed-fr-1", "Qdecision-zh-1", "Kstory", "Kneed", "Len",
                           "Lfr", "Lzh", "XTgreen-innovation", "XCke", "Y2021", "Zpatent",
                           "patents", "Zbrevet", "innovation", "知识", "产权", "绿色", "最高",
                           // CJK bigrams, across word boundaries too (权保 of 产权保护)
                           "XB知识", "XB权保", "XB绿色"}) {
    SCOPED_TRACE(term);
    EXPECT_TRUE(db.term_exists(term));
  }
  // The French need had no "lang": it was detected and stored with the document.
  Xapian::PostingIterator it = db.postlist_begin("Qneed-fr-1");
  ASSERT_NE(it, db.postlist_end("Qneed-fr-1"));
  const auto source = nlohmann::json::parse(db.get_document(*it).get_data());
  EXPECT_EQ(source["lang"], "fr");
  EXPECT_EQ(source["id"], "need-fr-1");
}

struct QueryCase {
  std::string_view query;
  std::string_view lang;
  std::string_view id;
};

// Queries analysed as searchd does find the documents: one analysis at both ends.
TEST(IndexBuilderTest, QueriesAnalysedLikeDocumentsFindThem) {
  const TempDir dir;
  write_file(dir / "docs.jsonl", kDocs);
  ASSERT_TRUE(build(dir / "idx", {dir / "docs.jsonl"}).report.ok());
  const Xapian::Database db(dir / "idx");
  const std::vector<QueryCase> cases = {
      {"patent license farmer", "en", "story-en-1"}, {"brevet", "fr", "need-fr-1"},
      {"l'innovation agricole", "fr", "need-fr-1"},  {"Variété", "fr", "need-fr-1"},
      {"绿色创新", "zh", "decision-zh-1"},           {"知识产权", "zh", "decision-zh-1"},
      {"最高人民法院", "zh", "decision-zh-1"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.lang) + ": " + std::string(c.query));
    const analyzers::Analyzer analyzer(c.lang);
    std::vector<Xapian::Query> terms;
    for (const auto& t : analyzer.analyze(c.query)) {
      terms.emplace_back(t.stem.empty() ? t.word : std::string(schema::kStemPrefix) + t.stem);
    }
    ASSERT_FALSE(terms.empty());
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end()));
    const Xapian::MSet mset = enquire.get_mset(0, 10);
    ASSERT_EQ(mset.size(), 1u);
    EXPECT_EQ(nlohmann::json::parse(mset.begin().get_document().get_data())["id"], c.id);
  }
}

TEST(IndexBuilderTest, RejectedLinesAreReportedAndTheRestIndexed) {
  const TempDir dir;
  write_file(dir / "themes.json", kThemes);
  write_file(
      dir / "a.jsonl",
      R"({"id": "ok-1", "kind": "story", "lang": "en", "title": "Good"})"
      "\n\n"
      R"({"id": "bad-1", "kind": "story", "lang": "en", "title": "t", "themes": ["space-mining"]})"
      "\n"
      R"({"id": "ok-2", "kind": "story", "lang": "en", "title": "Also good"})"
      "\n");
  write_gzip(dir / "b.jsonl.gz",
             R"({"id": "ok-3", "kind": "offer", "lang": "en", "title": "Fine"})"
             "\n"
             R"({"id": "bad-2", "kind": "story", "lang": "en", "title": "t", "court": "c"})"
             "\n"
             "not json\n"
             R"({"id": "bad 3", "kind": "story", "lang": "en", "title": "t"})");
  const Build b = build(dir / "idx", {dir / "a.jsonl", dir / "b.jsonl.gz"}, dir / "themes.json");
  ASSERT_TRUE(b.report.ok()) << b.report.error().message;
  EXPECT_EQ(b.report->documents, 3u);
  EXPECT_EQ(b.report->rejected, 4u);

  struct Expected {
    std::string file;
    std::size_t line;
    std::string field;
    std::string_view reason;
  };
  const std::vector<Expected> expected = {
      {dir / "a.jsonl", 3, "themes", "unknown theme"},
      {dir / "b.jsonl.gz", 2, "court", "story"},
      {dir / "b.jsonl.gz", 3, "", "invalid JSON"},
      {dir / "b.jsonl.gz", 4, "id", "invalid id"},
  };
  ASSERT_EQ(b.rejections.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE(expected[i].file + ":" + std::to_string(expected[i].line));
    EXPECT_EQ(b.rejections[i].file, expected[i].file);
    EXPECT_EQ(b.rejections[i].line, expected[i].line);
    EXPECT_EQ(b.rejections[i].field, expected[i].field);
    EXPECT_NE(b.rejections[i].reason.find(expected[i].reason), std::string::npos)
        << b.rejections[i].reason;
  }
  const Xapian::Database db(dir / "idx");
  EXPECT_EQ(db.get_doccount(), 3u);
  for (const char* id : {"ok-1", "ok-2", "ok-3"}) EXPECT_TRUE(db.term_exists(id_term(id))) << id;
  EXPECT_FALSE(db.term_exists(id_term("bad-1")));
  EXPECT_FALSE(db.term_exists(id_term("bad-2")));
}

TEST(IndexBuilderTest, LaterLinesReplaceEarlierOnesWithTheSameId) {
  const TempDir dir;
  write_file(dir / "a.jsonl",
             R"({"id": "x", "kind": "story", "lang": "en", "title": "First version"})"
             "\n"
             R"({"id": "y", "kind": "story", "lang": "en", "title": "Other"})"
             "\n"
             R"({"id": "x", "kind": "story", "lang": "en", "title": "Second version"})"
             "\n");
  const Build b = build(dir / "idx", {dir / "a.jsonl"});
  ASSERT_TRUE(b.report.ok()) << b.report.error().message;
  EXPECT_EQ(b.report->documents, 2u);
  EXPECT_EQ(b.report->duplicates, 1u);
  const Xapian::Database db(dir / "idx");
  EXPECT_EQ(db.get_doccount(), 2u);
  EXPECT_TRUE(db.term_exists("second"));
  EXPECT_FALSE(db.term_exists("first"));
}

// The build writes one part per core and merges them: every line of an id must reach the same
// part, or the merged index would hold both versions.
TEST(IndexBuilderTest, EveryIdKeepsOnlyItsLastLineAcrossParts) {
  const TempDir dir;
  std::string lines;
  const auto line = [&](int i, const char* version) {
    lines += R"({"id": "doc-)" + std::to_string(i) + R"(", "kind": "story", "lang": "en", )" +
             R"("title": ")" + version + R"( text"})" + "\n";
  };
  // The final versions in reverse order, so no routing by position can pair the lines up.
  for (int i = 0; i < 300; ++i) line(i, "draft");
  for (int i = 299; i >= 0; --i) line(i, "final");
  write_file(dir / "a.jsonl", lines);
  const Build b = build(dir / "idx", {dir / "a.jsonl"});
  ASSERT_TRUE(b.report.ok()) << b.report.error().message;
  EXPECT_EQ(b.report->documents, 300u);
  EXPECT_EQ(b.report->duplicates, 300u);
  const Xapian::Database db(dir / "idx");
  EXPECT_EQ(db.get_doccount(), 300u);
  EXPECT_EQ(db.get_termfreq("final"), 300u);
  EXPECT_FALSE(db.term_exists("draft"));
  EXPECT_EQ(generations(dir).size(), 1u);  // no part left beside the generation
}

TEST(IndexBuilderTest, RebuildSwitchesTheLinkAndKeepsTwoGenerations) {
  const TempDir dir;
  const std::string live = dir / "idx";
  std::vector<std::string> targets;
  std::vector<std::unique_ptr<Xapian::Database>> readers;
  for (int round = 1; round <= 4; ++round) {
    SCOPED_TRACE("build " + std::to_string(round));
    std::string docs;
    for (int i = 1; i <= round; ++i) {
      docs += R"({"id": "d)" + std::to_string(i) +
              R"(", "kind": "story", "lang": "en", "title": "Document"})" + "\n";
    }
    write_file(dir / "docs.jsonl", docs);
    const Build b = build(live, {dir / "docs.jsonl"});
    ASSERT_TRUE(b.report.ok()) << b.report.error().message;
    ASSERT_TRUE(fs::is_symlink(live));
    targets.push_back(link_target(live));
    EXPECT_EQ(fs::path(b.report->generation_dir).filename().string(), targets.back());
    if (round > 1) {
      EXPECT_NE(targets[targets.size() - 2], targets.back());
    }

    // Only the live generation and the one it replaced remain, and no temporary link.
    std::vector<std::string> expected = {targets.back()};
    if (round > 1) expected.push_back(targets[targets.size() - 2]);
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(generations(dir), expected);
    for (const auto& entry : fs::directory_iterator(dir.path())) {
      EXPECT_EQ(entry.path().filename().string().find("idx.link-"), std::string::npos);
    }
    EXPECT_EQ(Xapian::Database(live).get_doccount(), static_cast<unsigned>(round));
    // A reader opened on the previous generation keeps working after the switch.
    if (!readers.empty()) {
      const Xapian::Database& previous = *readers.back();
      EXPECT_EQ(previous.get_doccount(), static_cast<unsigned>(round - 1));
      const auto posting = previous.postlist_begin(id_term("d1"));
      ASSERT_NE(posting, previous.postlist_end(id_term("d1")));
      EXPECT_NE(previous.get_document(*posting).get_data().find("\"d1\""), std::string::npos);
    }
    readers.push_back(std::make_unique<Xapian::Database>(live));
  }
}

// A killed build leaves its generation folder and maybe its temporary link; the next build
// clears them, but not the folder of a build that is still running in another process.
TEST(IndexBuilderTest, ClearsWhatKilledBuildsLeftButNotRunningBuilds) {
  const TempDir dir;
  const std::string live = dir / "idx";
  write_file(dir / "docs.jsonl", kDocs);
  ASSERT_TRUE(build(live, {dir / "docs.jsonl"}).report.ok());
  // Process ids above the kernel's limit (2^22) belong to no process.
  fs::create_directories(dir / "idx.gen-1-999999999");
  fs::create_directories(dir / "idx.gen-1-part0-999999999");  // a killed build's scratch part
  fs::create_directory_symlink("idx.gen-1-999999999", dir / "idx.link-999999999");
  const std::string running = "idx.gen-2-" + std::to_string(::getppid());
  fs::create_directories(dir / running);
  ASSERT_TRUE(build(live, {dir / "docs.jsonl"}).report.ok());
  EXPECT_FALSE(fs::exists(fs::symlink_status(dir / "idx.link-999999999")));
  EXPECT_FALSE(fs::exists(dir / "idx.gen-1-999999999"));
  EXPECT_FALSE(fs::exists(dir / "idx.gen-1-part0-999999999"));
  EXPECT_TRUE(fs::exists(dir / running));
  EXPECT_EQ(generations(dir).size(), 3u);  // the live one, the one before, the running one
}

struct BadInputCase {
  std::string_view name;
  std::vector<std::string> inputs;
  std::string themes;
};

TEST(IndexBuilderTest, UnreadableInputFailsAndPublishesNothing) {
  const TempDir dir;
  write_file(dir / "good.jsonl", kDocs);
  write_gzip(dir / "also-good.jsonl.gz", kDocs);
  write_file(dir / "corrupt.jsonl.gz", std::string("\x1f\x8b\x08\x00", 4) + "garbage, not deflate");
  const std::string live = dir / "idx";
  ASSERT_TRUE(build(live, {dir / "good.jsonl"}).report.ok());
  const std::string published = link_target(live);

  const std::vector<BadInputCase> cases = {
      {"missing file", {dir / "good.jsonl", dir / "missing.jsonl"}, ""},
      {"missing folder", {dir / "no-such-folder"}, ""},
      {"corrupt gzip after good input", {dir / "also-good.jsonl.gz", dir / "corrupt.jsonl.gz"}, ""},
      {"missing themes file", {dir / "good.jsonl"}, dir / "missing-themes.json"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.name));
    const Build b = build(live, c.inputs, c.themes);
    ASSERT_FALSE(b.report.ok());
    EXPECT_FALSE(b.report.error().message.empty());
    EXPECT_EQ(link_target(live), published);
    EXPECT_EQ(generations(dir), std::vector<std::string>{published});
    EXPECT_EQ(Xapian::Database(live).get_doccount(), 3u);
  }
}

TEST(IndexBuilderTest, FirstBuildWithUnreadableInputLeavesNoIndex) {
  const TempDir dir;
  const Build b = build(dir / "idx", {dir / "missing.jsonl"});
  ASSERT_FALSE(b.report.ok());
  EXPECT_EQ(b.report.error().code, ErrorCode::kIoError);
  EXPECT_FALSE(fs::exists(fs::symlink_status(dir / "idx")));
  EXPECT_TRUE(generations(dir).empty());
  EXPECT_FALSE(resolve_live(dir / "idx").ok());
}

TEST(IndexBuilderTest, AFolderAtTheLivePathIsMovedAside) {
  const TempDir dir;
  write_file(dir / "idx/made-by-another-tool", "x");
  write_file(dir / "docs.jsonl", kDocs);
  const Build b = build(dir / "idx", {dir / "docs.jsonl"});
  ASSERT_TRUE(b.report.ok()) << b.report.error().message;
  ASSERT_TRUE(fs::is_symlink(dir / "idx"));
  EXPECT_EQ(Xapian::Database(dir / "idx").get_doccount(), 3u);
  const auto gens = generations(dir);
  ASSERT_EQ(gens.size(), 2u);
  const auto moved = std::find_if(gens.begin(), gens.end(),
                                  [](const std::string& g) { return g.ends_with("-moved"); });
  ASSERT_NE(moved, gens.end());
  EXPECT_TRUE(fs::exists(dir.path() / *moved / "made-by-another-tool"));
}

TEST(IndexBuilderTest, ReportsProgress) {
  const TempDir dir;
  std::string docs;
  for (int i = 0; i < 1100; ++i) {
    docs += R"({"id": "d)" + std::to_string(i) +
            R"(", "kind": "story", "lang": "en", "title": "t"})" + "\n";
  }
  write_file(dir / "docs.jsonl", docs);
  std::vector<std::size_t> progress;
  auto report = build_index(
      {.index_path = dir / "idx", .inputs = {dir / "docs.jsonl"}, .themes_path = ""},
      {.on_reject = nullptr, .on_progress = [&](std::size_t n) { progress.push_back(n); }});
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_EQ(report->documents, 1100u);
  EXPECT_EQ(progress, (std::vector<std::size_t>{500, 1000}));
}

struct SpellingCase {
  std::string_view name;
  std::string (*spell)(const TempDir& dir);
};

// Builds with the plain path, then rebuilds with the case's spelling of it.
void rebuild_with_spelling(const SpellingCase& c) {
  const TempDir dir;
  fs::create_directories(dir.path() / "sub");
  write_file(dir / "docs.jsonl", kDocs);
  ASSERT_TRUE(build(dir / "idx", {dir / "docs.jsonl"}).report.ok());
  const Build b = build(c.spell(dir), {dir / "docs.jsonl"});
  ASSERT_TRUE(b.report.ok()) << b.report.error().message;
  ASSERT_TRUE(fs::is_symlink(dir / "idx"));
  ASSERT_TRUE(fs::exists(dir / "idx")) << "the live link dangles";
  EXPECT_EQ(fs::canonical(dir / "idx"), fs::canonical(b.report->generation_dir));
  EXPECT_EQ(generations(dir).size(), 2u);
  EXPECT_EQ(Xapian::Database(dir / "idx").get_doccount(), 3u);
  for (const auto& entry : fs::directory_iterator(dir / "idx")) {
    EXPECT_FALSE(entry.path().filename().string().starts_with(".gen-")) << entry.path();
  }
}

// The same index path written differently, as users type it (`--index ./var/index`, or a
// trailing slash added by tab completion on the link) must name the same live link; an
// un-normalised path once made the clean-up delete the generation it had just published.
TEST(IndexBuilderTest, IndexPathSpellingsAreTheSameIndex) {
  const std::vector<SpellingCase> cases = {
      {"dot component", [](const TempDir& d) { return (d.path() / "." / "idx").string(); }},
      {"dot-dot component",
       [](const TempDir& d) { return (d.path() / "sub" / ".." / "idx").string(); }},
      {"trailing slash", [](const TempDir& d) { return (d.path() / "idx").string() + "/"; }},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.name));
    rebuild_with_spelling(c);
  }
}

// The plain spellings work, first build and rebuild alike.
TEST(IndexBuilderTest, AbsoluteAndRelativePathsWork) {
  const TempDir dir;
  write_file(dir / "docs.jsonl", kDocs);
  const fs::path cwd = fs::current_path();
  fs::current_path(dir.path());
  const Build first = build("idx", {"docs.jsonl"});
  const Build second = build(dir / "idx", {dir / "docs.jsonl"});
  const Build third = build("idx", {"docs.jsonl"});
  fs::current_path(cwd);
  for (const Build* b : {&first, &second, &third}) {
    ASSERT_TRUE(b->report.ok()) << b->report.error().message;
  }
  ASSERT_TRUE(fs::exists(dir / "idx"));
  EXPECT_EQ(link_target(dir / "idx"), fs::path(third.report->generation_dir).filename());
  EXPECT_EQ(generations(dir).size(), 2u);
  EXPECT_EQ(Xapian::Database(dir / "idx").get_doccount(), 3u);
}

}  // namespace
}  // namespace concord::indexer

namespace concord::indexer {
namespace {

// A fresh checkout has no var/ folder yet: the first build creates the folders above the index.
TEST(IndexBuilderTest, CreatesMissingParentFolders) {
  const TempDir dir;
  write_file(dir / "docs.jsonl", kDocs);
  const Build b = build((dir.path() / "var" / "deeper" / "idx").string(), {dir / "docs.jsonl"}, "");
  ASSERT_TRUE(b.report.ok()) << b.report.error().message;
  EXPECT_TRUE(fs::is_symlink(dir.path() / "var" / "deeper" / "idx"));
}

}  // namespace
}  // namespace concord::indexer
