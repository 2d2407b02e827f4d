#include "indexer/index_builder.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <optional>
#include <thread>

#include "indexer/document_pipeline.h"
#include "indexer/index_location.h"
#include "indexer/index_writer.h"

namespace concord::indexer {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kProgressEvery = 500;
constexpr std::size_t kCommitEvery = 20000;

std::uint64_t folder_bytes(const std::string& dir) {
  std::uint64_t total = 0;
  std::error_code ec;
  for (const auto& entry : fs::recursive_directory_iterator(dir, ec)) {
    if (entry.is_regular_file(ec)) total += entry.file_size(ec);
  }
  return total;
}

// One analysis thread per core; the writer thread shares the cores with them.
std::size_t analysis_threads() {
  return std::max(1u, std::thread::hardware_concurrency());
}

struct BuildInput {
  const BuildOptions& options;
  const ThemeCatalog& themes;
  const ShardSelector& shard;
};

Result<Ok> write_documents(IndexWriter& writer, const BuildInput& input,
                           const BuildCallbacks& callbacks, BuildReport& report) {
  std::optional<Error> failure;  // set and read on the writer thread only
  std::size_t added = 0;
  DocumentPipeline pipeline(analysis_threads(),
                            [&](const Document& doc, const Xapian::Document& xdoc) {
                              if (failure) return;
                              auto replaced = writer.add(doc, xdoc);
                              if (!replaced) {
                                failure = replaced.error();
                                return;
                              }
                              report.duplicates += *replaced ? 1 : 0;
                              if (++added % kCommitEvery == 0) {
                                if (auto committed = writer.commit(); !committed)
                                  failure = committed.error();
                              }
                              if (added % kProgressEvery == 0 && callbacks.on_progress)
                                callbacks.on_progress(added);
                            });
  // Documents of other shards are skipped on the reading thread, before any analysis.
  auto counts = read_documents(input.options.inputs, input.themes,
                               {.on_document =
                                    [&](Document&& doc) {
                                      if (!input.shard.contains(doc.id)) {
                                        ++report.other_shards;
                                        return;
                                      }
                                      pipeline.push(std::move(doc));
                                    },
                                .on_reject = callbacks.on_reject});
  pipeline.finish();
  if (!counts) return counts.error();
  if (failure) return *failure;
  report.documents = writer.documents();
  report.rejected = counts->rejected;
  return writer.commit();
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
    auto writer = IndexWriter::create(report.generation_dir, themes);
    if (!writer) return writer.error();
    return write_documents(**writer, {options, themes, shard}, callbacks, report);
  }();  // the writer closes here, before the switch
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
