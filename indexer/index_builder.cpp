#include "indexer/index_builder.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>

#include "indexer/document_pipeline.h"
#include "indexer/index_location.h"
#include "indexer/index_writer.h"

namespace concord::indexer {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kProgressEvery = 500;
// Committing after about 250k (document, term) entries, far sooner than Xapian's default of
// 10,000 documents, keeps the writer's in-memory inverter small and fast. On the 148k zh_laws
// articles (150 distinct terms each) that is every ~1,700 documents. Flushing every 1,000 or
// 2,000 documents built them in 65 s, against 76 s for 10,000 and more for 20,000, with a peak
// RSS of 90-105 MB against 225 MB. Counting terms rather than documents adapts to long texts.
constexpr Xapian::termcount kCommitTerms = 250000;

std::uint64_t folder_bytes(const std::string& dir) {
  std::uint64_t total = 0;
  std::error_code ec;
  for (const auto& entry : fs::recursive_directory_iterator(dir, ec)) {
    if (entry.is_regular_file(ec)) total += entry.file_size(ec);
  }
  return total;
}

// Xapian allows one writer per database, and on two cores the writer, not analysis, bounds a
// build: on zh_laws it held a core while analysis used a third of the other. So a build writes
// one part per core side by side, each fed by its own analysis, and merges them with Xapian's
// compaction, which also packs the blocks. zh_laws (148k articles): 63.7 s with one writer,
// about 50 s with two plus 2 s to merge, and the index 606 → 400 MB.
std::size_t part_count() {
  return std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
}

struct BuildInput {
  const BuildOptions& options;
  const ThemeCatalog& themes;
  const ShardSelector& shard;
};

// One database of the build, written by its own pipeline's writer thread.
struct Part {
  std::string dir;
  std::unique_ptr<IndexWriter> writer;
  std::unique_ptr<DocumentPipeline> pipeline;
  std::optional<Error> failure;  // set and read on the part's writer thread, then after finish
  std::size_t duplicates = 0;
  Xapian::termcount pending = 0;  // term entries added since the last commit
};

// The part of a document of `shard`: the ids of one shard spread over every part, and a
// document's every line lands in the same part, so a later line still replaces an earlier one.
std::size_t part_of(std::string_view id, const ShardSelector& shard, std::size_t parts) {
  const auto all = static_cast<std::uint32_t>(shard.count * parts);
  return shard_of(id, all) / shard.count;
}

Result<Ok> write_documents(std::vector<Part>& parts, const BuildInput& input,
                           const BuildCallbacks& callbacks, BuildReport& report) {
  std::mutex progress_mutex;
  std::size_t added = 0;  // under progress_mutex
  const std::size_t analysers = std::max<std::size_t>(
      1, std::thread::hardware_concurrency() / static_cast<unsigned>(parts.size()));
  for (Part& part : parts) {
    part.pipeline = std::make_unique<DocumentPipeline>(
        analysers, [&](const Document& doc, const Xapian::Document& xdoc) {
          if (part.failure) return;
          auto replaced = part.writer->add(doc, xdoc);
          if (!replaced) {
            part.failure = replaced.error();
            return;
          }
          part.duplicates += *replaced ? 1 : 0;
          part.pending += xdoc.termlist_count();
          if (part.pending >= kCommitTerms) {
            part.pending = 0;
            if (auto committed = part.writer->commit(); !committed)
              part.failure = committed.error();
          }
          std::lock_guard lock(progress_mutex);
          if (++added % kProgressEvery == 0 && callbacks.on_progress) callbacks.on_progress(added);
        });
  }
  // Documents of other shards are skipped on the reading thread, before any analysis.
  auto counts = read_documents(input.options.inputs, input.themes,
                               {.on_document =
                                    [&](Document&& doc) {
                                      if (!input.shard.contains(doc.id)) {
                                        ++report.other_shards;
                                        return;
                                      }
                                      const std::size_t p =
                                          part_of(doc.id, input.shard, parts.size());
                                      parts[p].pipeline->push(std::move(doc));
                                    },
                                .on_reject = callbacks.on_reject});
  for (Part& part : parts) part.pipeline->finish();
  if (!counts) return counts.error();
  for (Part& part : parts) {
    if (part.failure) return *part.failure;
    if (auto committed = part.writer->commit(); !committed) return committed.error();
    report.documents += part.writer->documents();
    report.duplicates += part.duplicates;
  }
  report.rejected = counts->rejected;
  return Ok{};
}

// Writes the parts into `dir` as one compacted database.
Result<Ok> merge_parts(const std::vector<Part>& parts, const std::string& dir) {
  try {
    Xapian::Database all;
    for (const Part& part : parts) all.add_database(Xapian::Database(part.dir));
    all.compact(dir);
    return Ok{};
  } catch (const Xapian::Error& e) {
    return make_error(ErrorCode::kIoError,
                      "cannot merge the index in " + dir + ": " + e.get_description());
  }
}

// Builds the parts beside `generation_dir`, then merges them into it.
Result<Ok> write_generation(const std::string& generation_dir, const BuildInput& input,
                            const BuildCallbacks& callbacks, BuildReport& report) {
  std::vector<Part> parts(part_count());
  for (std::size_t i = 0; i < parts.size(); ++i) {
    parts[i].dir = scratch_dir(generation_dir, i);
  }
  auto written = [&]() -> Result<Ok> {
    for (Part& part : parts) {
      auto writer = IndexWriter::create(part.dir, input.themes);
      if (!writer) return writer.error();
      part.writer = std::move(writer).value();
    }
    auto documents = write_documents(parts, input, callbacks, report);
    for (Part& part : parts) part.writer.reset();  // closed before they are read
    if (!documents) return documents;
    return merge_parts(parts, generation_dir);
  }();
  for (const Part& part : parts) {
    std::error_code ignored;
    fs::remove_all(part.dir, ignored);
  }
  return written;
}

}  // namespace

Result<BuildReport> build_index(const BuildOptions& options, const BuildCallbacks& callbacks,
                                const ShardSelector& shard) {
  const auto started = std::chrono::steady_clock::now();
  ThemeCatalog themes;
  if (!options.themes_path.empty()) {
    auto loaded = ThemeCatalog::load(options.themes_path);
    if (!loaded) return loaded.error();
    themes = std::move(loaded).value();
  }
  BuildReport report;
  report.generation_dir = new_generation_dir(options.index_path);
  auto written = [&]() -> Result<Ok> {
    std::error_code ec;
    fs::create_directories(fs::path(report.generation_dir).parent_path(), ec);
    if (ec) return make_error(ErrorCode::kIoError, "cannot create folder: " + ec.message());
    return write_generation(report.generation_dir, {options, themes, shard}, callbacks, report);
  }();
  if (!written) {
    std::error_code ec;
    fs::remove_all(report.generation_dir, ec);
    return written.error();
  }
  if (auto published = publish_generation(options.index_path, report.generation_dir); !published) {
    return published.error();
  }
  report.index_bytes = folder_bytes(report.generation_dir);
  report.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return report;
}

std::string shard_path(const std::string& index_path, std::uint32_t index) {
  return (fs::path(index_path) / ("shard-" + std::to_string(index))).string();
}

Result<BuildReport> build_shards(const BuildOptions& options, std::uint32_t count,
                                 const BuildCallbacks& callbacks) {
  const auto started = std::chrono::steady_clock::now();
  std::error_code ec;
  fs::create_directories(options.index_path, ec);
  if (ec) return make_error(ErrorCode::kIoError, "cannot create folder: " + ec.message());
  BuildReport total;
  for (std::uint32_t i = 0; i < count; ++i) {
    BuildOptions one = options;
    one.index_path = shard_path(options.index_path, i);
    BuildCallbacks quiet = callbacks;
    if (i > 0) quiet.on_reject = nullptr;  // every pass reads the same lines
    auto report = build_index(one, quiet, ShardSelector{i, count});
    if (!report) return report.error();
    total.documents += report->documents;
    total.duplicates += report->duplicates;
    total.index_bytes += report->index_bytes;
    if (i == 0) total.rejected = report->rejected;
  }
  total.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return total;
}

}  // namespace concord::indexer
