// JSON Lines bulk input on arbitrary bytes: the indexer's file reader (plain and gzip through
// the same path) and searchd's bulk upsert, which submits the accepted lines to a live writer
// on a small index.
#include <cstdint>
#include <fstream>
#include <memory>

#include "indexer/document.h"
#include "indexer/jsonl_reader.h"
#include "indexer/live_writer.h"
#include "searchd/write/bulk_upsert.h"
#include "tests/fuzz/fuzz_support.h"

using concord::fuzz::require;
namespace ix = concord::indexer;

namespace {

ix::LiveWriter& writer() {
  static const std::unique_ptr<ix::LiveWriter> live = [] {
    ix::LiveWriterOptions options;
    options.index_path = concord::fuzz::small_index(3);
    auto started = ix::LiveWriter::start(options);
    require(started.ok(), "the live writer starts");
    return std::move(started).value();
  }();
  return *live;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body = concord::fuzz::as_text(data, size);
  const auto& themes = concord::fuzz::corpus_themes();

  static const std::string path = (concord::fuzz::scratch_folder() / "input.jsonl").string();
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(body.data(), static_cast<long>(size));
  std::size_t lines = 0;
  std::size_t last = 0;
  ix::read_lines(path, [&](std::size_t number, std::string_view line) {
    require(number > last, "line numbers increase");
    last = number;
    ++lines;
    ix::parse_document(line, themes);
  });
  require(lines <= size, "no more lines than bytes");

  const auto outcome = concord::search::submit_bulk_upsert(body, themes, writer());
  require(outcome.accepted + outcome.rejected == outcome.lines.size(), "every line is counted");
  for (const auto& line : outcome.lines) {
    require(line.line >= 1, "line numbers start at 1");
  }
  return 0;
}
