// JSON Lines input: files, gzip files and folders, line by line with the right line numbers.
#include "indexer/jsonl_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tests/indexer/temp_dir.h"

namespace concord::indexer {
namespace {

namespace fs = std::filesystem;

using Lines = std::vector<std::pair<std::size_t, std::string>>;
using test::TempDir;
using test::write_file;
using test::write_gzip;

Lines lines_of(const std::string& path) {
  Lines lines;
  auto read = read_lines(path, [&](std::size_t number, std::string_view line) {
    lines.emplace_back(number, std::string(line));
  });
  EXPECT_TRUE(read.ok()) << read.error().message;
  return lines;
}

struct LinesCase {
  std::string_view name;
  std::string content;
  Lines expected;
};

const std::vector<LinesCase>& line_cases() {
  static const std::vector<LinesCase> cases = {
      {"two lines", "{\"a\":1}\n{\"b\":2}\n", {{1, "{\"a\":1}"}, {2, "{\"b\":2}"}}},
      {"final line without newline", "{\"a\":1}\n{\"b\":2}", {{1, "{\"a\":1}"}, {2, "{\"b\":2}"}}},
      {"blank lines skipped but counted",
       "\n{\"a\":1}\n\n   \n\t\n{\"b\":2}\n\n",
       {{2, "{\"a\":1}"}, {6, "{\"b\":2}"}}},
      {"CRLF line ends",
       "{\"a\":1}\r\n\r\n{\"b\":2}\r\n",
       {{1, "{\"a\":1}\r"}, {3, "{\"b\":2}\r"}}},
      {"blank final line without newline", "{\"a\":1}\n  ", {{1, "{\"a\":1}"}}},
      {"empty file", "", {}},
      {"only blank lines", "\n\n \n", {}},
      {"UTF-8 kept as is",
       "{\"t\":\"知识产权\"}\n{\"t\":\"الملكية\"}\n",
       {{1, "{\"t\":\"知识产权\"}"}, {2, "{\"t\":\"الملكية\"}"}}},
  };
  return cases;
}

TEST(JsonlReaderTest, ReadsPlainFiles) {
  const TempDir dir;
  for (const auto& c : line_cases()) {
    SCOPED_TRACE(std::string(c.name));
    const std::string path = dir / "input.jsonl";
    write_file(path, c.content);
    EXPECT_EQ(lines_of(path), c.expected);
  }
}

TEST(JsonlReaderTest, ReadsGzipFilesTheSameWay) {
  const TempDir dir;
  for (const auto& c : line_cases()) {
    SCOPED_TRACE(std::string(c.name));
    const std::string path = dir / "input.jsonl.gz";
    write_gzip(path, c.content);
    EXPECT_EQ(lines_of(path), c.expected);
  }
}

TEST(JsonlReaderTest, LinesLongerThanTheReadBuffer) {
  const TempDir dir;
  const std::string long_line = "{\"body\":\"" + std::string(300000, 'x') + "\"}";
  const std::string content = "{\"a\":1}\n" + long_line + "\n\n" + long_line;
  const Lines expected = {{1, "{\"a\":1}"}, {2, long_line}, {4, long_line}};
  write_file(dir / "big.jsonl", content);
  write_gzip(dir / "big.jsonl.gz", content);
  EXPECT_EQ(lines_of(dir / "big.jsonl"), expected);
  EXPECT_EQ(lines_of(dir / "big.jsonl.gz"), expected);
}

TEST(JsonlReaderTest, ManyLinesAreNumberedAcrossBuffers) {
  const TempDir dir;
  std::string content;
  for (int i = 1; i <= 20000; ++i) {
    content += "{\"n\":" + std::to_string(i) + "}\n";
    if (i % 7 == 0) content += "\n";
  }
  write_gzip(dir / "many.jsonl.gz", content);
  const Lines lines = lines_of(dir / "many.jsonl.gz");
  ASSERT_EQ(lines.size(), 20000u);
  EXPECT_EQ(lines.front(), (std::pair<std::size_t, std::string>{1, "{\"n\":1}"}));
  // Line i follows floor((i-1)/7) blank lines.
  EXPECT_EQ(lines.back().first, 20000u + 19999u / 7u);
  EXPECT_EQ(lines.back().second, "{\"n\":20000}");
}

TEST(JsonlReaderTest, ReadErrors) {
  const TempDir dir;
  write_file(dir / "corrupt.jsonl.gz", std::string("\x1f\x8b\x08\x00", 4) + "not deflate data");
  fs::create_directories(dir / "folder");
  const std::vector<std::pair<std::string_view, std::string>> cases = {
      {"missing file", dir / "missing.jsonl"},
      {"corrupt gzip", dir / "corrupt.jsonl.gz"},
      {"a folder", dir / "folder"},
  };
  for (const auto& [name, path] : cases) {
    SCOPED_TRACE(std::string(name));
    auto read = read_lines(path, [](std::size_t, std::string_view) {});
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, ErrorCode::kIoError);
    EXPECT_NE(read.error().message.find(path), std::string::npos) << read.error().message;
  }
}

// A .gz cut short (interrupted copy or download) is an input that cannot be read: zlib's
// gzread returns what it could inflate and flags the premature end only through
// gzclose() (Z_BUF_ERROR); unchecked, the lines after the cut would be lost silently.
TEST(JsonlReaderTest, TruncatedGzipIsAnError) {
  const TempDir dir;
  std::string content;
  for (int i = 1; i <= 5000; ++i) content += "{\"n\":" + std::to_string(i) + "}\n";
  const std::string path = dir / "cut.jsonl.gz";
  write_gzip(path, content);
  const std::vector<std::uintmax_t> cuts = {fs::file_size(path) / 2, fs::file_size(path) - 4};
  for (const std::uintmax_t size : cuts) {
    SCOPED_TRACE("cut to " + std::to_string(size) + " bytes");
    write_gzip(path, content);
    fs::resize_file(path, size);
    std::size_t lines = 0;
    auto read = read_lines(path, [&](std::size_t, std::string_view) { ++lines; });
    EXPECT_FALSE(read.ok()) << "read " << lines << " of 5000 lines without an error";
  }
}

TEST(JsonlReaderTest, ExpandsFoldersRecursivelyAndSorted) {
  const TempDir dir;
  for (const char* name : {"b.jsonl", "a.ndjson", "c.jsonl.gz", "sub/z.jsonl", "sub/deeper/y.jsonl",
                           "a-sub/x.ndjson.gz", "notes.txt", "data.json", "sub/README.md"}) {
    write_file(dir / name, "");
  }
  auto files = expand_inputs({dir.path().string()});
  ASSERT_TRUE(files.ok()) << files.error().message;
  const std::vector<std::string> expected = {
      dir / "a-sub/x.ndjson.gz", dir / "a.ndjson",           dir / "b.jsonl",
      dir / "c.jsonl.gz",        dir / "sub/deeper/y.jsonl", dir / "sub/z.jsonl",
  };
  EXPECT_EQ(*files, expected);
}

TEST(JsonlReaderTest, ExpandKeepsArgumentOrderAndNamedFiles) {
  const TempDir dir;
  write_file(dir / "in/b.jsonl", "");
  write_file(dir / "in/a.jsonl", "");
  write_file(dir / "export.txt", "");
  write_file(dir / "z.jsonl", "");
  auto files = expand_inputs({dir / "z.jsonl", dir / "in", dir / "export.txt"});
  ASSERT_TRUE(files.ok()) << files.error().message;
  const std::vector<std::string> expected = {dir / "z.jsonl", dir / "in/a.jsonl",
                                             dir / "in/b.jsonl", dir / "export.txt"};
  EXPECT_EQ(*files, expected);
}

TEST(JsonlReaderTest, ExpandEmptyFolderAndNoInputs) {
  const TempDir dir;
  fs::create_directories(dir / "empty");
  auto empty = expand_inputs({dir / "empty"});
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());
  auto none = expand_inputs({});
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST(JsonlReaderTest, ExpandMissingPathIsAnError) {
  const TempDir dir;
  write_file(dir / "a.jsonl", "");
  const std::vector<std::vector<std::string>> cases = {
      {dir / "missing.jsonl"},
      {dir / "a.jsonl", dir / "missing"},
      {dir / "missing/a.jsonl"},
      {""},
  };
  for (const auto& inputs : cases) {
    SCOPED_TRACE(inputs.back());
    auto files = expand_inputs(inputs);
    ASSERT_FALSE(files.ok());
    EXPECT_EQ(files.error().code, ErrorCode::kIoError);
    EXPECT_NE(files.error().message.find(inputs.back()), std::string::npos)
        << files.error().message;
  }
}

}  // namespace
}  // namespace concord::indexer
