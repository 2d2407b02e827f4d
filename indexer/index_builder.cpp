#include "indexer/index_builder.h"

#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <unordered_set>

#include "analyzers/analyzer_cache.h"
#include "indexer/document_builder.h"
#include "indexer/index_location.h"
#include "indexer/schema.h"

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

Result<Ok> write_documents(Xapian::WritableDatabase& db, const BuildOptions& options,
                           const ThemeCatalog& themes, const BuildCallbacks& callbacks,
                           BuildReport& report) {
  analyzers::AnalyzerCache analyzers;
  std::unordered_set<std::string> seen;
  std::size_t added = 0;
  auto counts = read_documents(options.inputs, themes,
                               {.on_document =
                                    [&](Document&& doc) {
                                      Xapian::Document xdoc = build_xapian_document(doc, analyzers);
                                      if (seen.insert(doc.id).second) {
                                        db.add_document(xdoc);
                                      } else {
                                        db.replace_document(id_term(doc.id), xdoc);
                                        ++report.duplicates;
                                      }
                                      if (++added % kCommitEvery == 0) db.commit();
                                      if (added % kProgressEvery == 0 && callbacks.on_progress)
                                        callbacks.on_progress(added);
                                    },
                                .on_reject = callbacks.on_reject});
  if (!counts) return counts.error();
  report.documents = seen.size();
  report.rejected = counts->rejected;
  return Ok{};
}

}  // namespace

Result<BuildReport> build_index(const BuildOptions& options, const BuildCallbacks& callbacks) {
  const auto started = std::chrono::steady_clock::now();
  ThemeCatalog themes;
  if (!options.themes_path.empty()) {
    auto loaded = ThemeCatalog::load(options.themes_path);
    if (!loaded) return loaded.error();
    themes = std::move(loaded).value();
  }
  BuildReport report;
  report.generation_dir = new_generation_dir(options.index_path);
  try {
    Xapian::WritableDatabase db(report.generation_dir,
                                Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
    db.set_metadata(std::string(schema::kVersionKey), std::to_string(schema::kVersion));
    db.set_metadata(std::string(schema::kThemesKey), themes.to_json());
    if (auto written = write_documents(db, options, themes, callbacks, report); !written) {
      db.close();
      fs::remove_all(report.generation_dir);
      return written.error();
    }
    db.commit();
    db.close();
  } catch (const Xapian::Error& e) {
    std::error_code ec;
    fs::remove_all(report.generation_dir, ec);
    return make_error(ErrorCode::kIoError, "Xapian: " + e.get_description());
  }
  if (auto published = publish_generation(options.index_path, report.generation_dir); !published) {
    return published.error();
  }
  report.index_bytes = folder_bytes(report.generation_dir);
  report.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return report;
}

}  // namespace concord::indexer
