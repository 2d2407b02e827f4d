#include "tests/searchd/support/corpus_index.h"

#include <unistd.h>

#include <atomic>
#include <stdexcept>

#include "indexer/index_builder.h"

namespace concord::testing {

CorpusIndex::CorpusIndex(const std::vector<std::string>& extra_inputs) {
  static std::atomic<int> counter{0};
  folder_ = std::filesystem::temp_directory_path() /
            ("concord-test-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
  std::filesystem::remove_all(folder_);
  std::filesystem::create_directories(folder_);
  live_ = (folder_ / "index").string();
  indexer::BuildOptions options{live_, {corpus_documents_path()}, corpus_themes_path()};
  options.inputs.insert(options.inputs.end(), extra_inputs.begin(), extra_inputs.end());
  auto report = indexer::build_index(options, {});
  if (!report || report->rejected != 0) {
    std::error_code ec;
    std::filesystem::remove_all(folder_, ec);
    throw std::runtime_error("corpus index build failed");
  }
}

CorpusIndex::~CorpusIndex() {
  std::error_code ec;
  std::filesystem::remove_all(folder_, ec);
}

std::string corpus_documents_path() {
  return std::string(CONCORD_SOURCE_DIR) + "/corpus/documents";
}

std::string corpus_themes_path() {
  return std::string(CONCORD_SOURCE_DIR) + "/corpus/themes.json";
}

const std::string& corpus_index_path() {
  static const CorpusIndex index;
  return index.live();
}

}  // namespace concord::testing
