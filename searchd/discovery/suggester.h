// Autocompletion of document titles, theme names and glossary terms in every language. Titles
// are looked up by keys the indexer stores (indexer/suggest_keys.h), so they follow every commit
// and cost searchd no memory; themes and glossary terms come from a small table in memory.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "searchd/index/searcher_pool.h"
#include "searchd/search_response.h"

namespace concord::search {

/// Thread-safe. Matching ignores case, accents (Latin) and Traditional/Simplified Chinese
/// differences; a prefix matches at the start of any word of an entry.
class Suggester {
 public:
  /// At most `limit` completions of `prefix`: those starting the whole entry first, then the
  /// reader's language, then the most used.
  std::vector<Suggestion> suggest(Searcher& searcher, std::string_view prefix,
                                  std::string_view ui_lang, std::size_t limit);

  struct Table;

 private:
  std::shared_ptr<const Table> table_for(Searcher& searcher);

  std::mutex mutex_;
  std::string built_for_;  // the generation `table_` holds the themes of
  std::shared_ptr<const Table> table_;
};

}  // namespace concord::search
