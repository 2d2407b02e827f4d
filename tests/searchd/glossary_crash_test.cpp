// Regression test for a crash fuzz_query found: Xapian 1.4.22's matcher dereferenced a bad
// pointer (SEGV in get_mset) on a cross-language query whose glossary expansion held two
// concepts, each combining its names with OP_MAX, under the reader's-language bonus. Concepts
// and phrase spellings now combine with OP_OR.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "indexer/index_builder.h"
#include "searchd/engine.h"
#include "tests/searchd/support/corpus_index.h"

namespace concord::search {
namespace {

// The fuzz target's index: the first five documents of each language file, in the order the
// crash needed.
std::string fuzz_slice_index(const std::filesystem::path& folder) {
  std::filesystem::create_directories(folder);
  const auto slice = folder / "slice.jsonl";
  std::ofstream out(slice);
  for (const char* lang : {"zh", "es", "ru", "pt", "en", "fr", "ar"}) {
    std::ifstream in(testing::corpus_documents_path() + "/" + lang + ".jsonl");
    std::string line;
    for (int n = 0; n < 5 && std::getline(in, line); ++n) out << line << '\n';
  }
  out.close();
  const std::string live = (folder / "index").string();
  indexer::BuildOptions options{live, {slice.string()}, testing::corpus_themes_path()};
  EXPECT_TRUE(indexer::build_index(options, {}));
  return live;
}

TEST(GlossaryCrashTest, TwoExpandedConceptsUnderTheLanguageBonusSearch) {
  const auto folder = std::filesystem::temp_directory_path() /
                      ("concord-glossary-crash-" + std::to_string(::getpid()));
  std::filesystem::remove_all(folder);
  auto engine = Engine::open(fuzz_slice_index(folder));
  ASSERT_TRUE(engine) << engine.error().message;
  for (const char* q : {"Universidade Estadual do Planalto Central", "Universidade do"}) {
    SearchRequest request;
    request.q = q;
    request.ui_lang = "en";
    request.xlang = true;
    auto response = (*engine)->search(request);
    ASSERT_TRUE(response) << response.error().message;
    EXPECT_GT(response->total, 0u) << q;
  }
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace concord::search
