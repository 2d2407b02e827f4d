// Temporary indexes of the bundled corpus.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace concord::testing {

/// An index of corpus/ (plus `extra_inputs`) built in a fresh temporary folder of its own, at
/// `folder()/index`; the folder is removed on destruction. Throws when the build fails.
class CorpusIndex {
 public:
  explicit CorpusIndex(const std::vector<std::string>& extra_inputs = {});
  ~CorpusIndex();
  CorpusIndex(const CorpusIndex&) = delete;
  CorpusIndex& operator=(const CorpusIndex&) = delete;

  /// The folder holding the index; tests may put their own files there.
  const std::filesystem::path& folder() const { return folder_; }
  /// The live path (a link to the current generation).
  const std::string& live() const { return live_; }

 private:
  std::filesystem::path folder_;
  std::string live_;
};

/// The documents folder and themes file of the bundled corpus.
std::string corpus_documents_path();
std::string corpus_themes_path();

/// The live path of an index of corpus/, built on first call in a fresh temporary folder and
/// removed when the program exits.
const std::string& corpus_index_path();

}  // namespace concord::testing
