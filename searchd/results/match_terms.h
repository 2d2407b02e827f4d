// The words, stems and stem heads a query matched, as the highlighter marks them in a hit.
#pragma once

#include <set>
#include <string>

namespace concord::search {

/// The forms a document word must have to count as a match, for highlighting.
struct MatchTerms {
  std::set<std::string> words;  // normalised surface forms
  std::set<std::string> stems;  // stems, without the index prefix
  /// The stem heads the query searched (analyzers::stem_head). A head is shared by unrelated
  /// words (cons…: constitution, construction), so the highlighter marks heads only in terms
  /// that hold nothing else: heads_only(), for a hit that its words and stems do not explain.
  std::set<std::string> heads = {};
  bool empty() const { return words.empty() && stems.empty(); }
  MatchTerms heads_only() const { return {{}, {}, heads}; }
};

}  // namespace concord::search
