#include "tests/fuzz/fuzz_support.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <stdexcept>

#include "indexer/index_builder.h"

namespace concord::fuzz {
namespace fs = std::filesystem;

const indexer::ThemeCatalog& corpus_themes() {
  static const indexer::ThemeCatalog themes = [] {
    auto loaded =
        indexer::ThemeCatalog::load(std::string(CONCORD_SOURCE_DIR) + "/corpus/themes.json");
    require(loaded.ok(), "corpus/themes.json loads");
    return std::move(loaded).value();
  }();
  return themes;
}

namespace {

struct Scratch {
  fs::path path;
  Scratch() {
    path = fs::temp_directory_path() / ("concord-fuzz-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

}  // namespace

const fs::path& scratch_folder() {
  static const Scratch scratch;
  return scratch.path;
}

const std::string& small_index(std::size_t per_language) {
  static const std::string live = [per_language] {
    const fs::path slice = scratch_folder() / "slice.jsonl";
    std::ofstream out(slice);
    for (const auto& entry :
         fs::directory_iterator(std::string(CONCORD_SOURCE_DIR) + "/corpus/documents")) {
      std::ifstream in(entry.path());
      std::string line;
      for (std::size_t n = 0; n < per_language && std::getline(in, line); ++n) out << line << '\n';
    }
    out.close();
    const std::string index = (scratch_folder() / "index").string();
    indexer::BuildOptions options{
        index, {slice.string()}, std::string(CONCORD_SOURCE_DIR) + "/corpus/themes.json"};
    auto report = indexer::build_index(options, {});
    require(report.ok() && report->documents > 0, "the small corpus index builds");
    return index;
  }();
  return live;
}

search::Engine& small_engine() {
  static const std::unique_ptr<search::Engine> engine = [] {
    auto opened = search::Engine::open(small_index(5));
    require(opened.ok(), "the engine opens the small index");
    return std::move(opened).value();
  }();
  return *engine;
}

void require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "invariant broken: %s\n", what);
  std::abort();
}

}  // namespace concord::fuzz
