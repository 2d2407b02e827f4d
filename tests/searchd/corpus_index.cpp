#include "tests/searchd/corpus_index.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "indexer/index_builder.h"

namespace concord::testing {
namespace {

struct TempIndex {
  std::filesystem::path folder;
  std::string live;

  TempIndex() {
    folder = std::filesystem::temp_directory_path() /
             ("concord-test-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()));
    std::filesystem::create_directories(folder);
    live = (folder / "index").string();
    indexer::BuildOptions options{live,
                                  {std::string(CONCORD_SOURCE_DIR) + "/corpus/documents"},
                                  std::string(CONCORD_SOURCE_DIR) + "/corpus/themes.json"};
    auto report = indexer::build_index(options, {});
    if (!report || report->rejected != 0) throw std::runtime_error("corpus index build failed");
  }
  ~TempIndex() {
    std::error_code ec;
    std::filesystem::remove_all(folder, ec);
  }
};

}  // namespace

const std::string& corpus_index_path() {
  static const TempIndex index;
  return index.live;
}

}  // namespace concord::testing
