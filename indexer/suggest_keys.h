// The keys autocompletion finds titles by, stored in the index as boolean terms so that
// suggestions follow every commit at no cost and take no memory in searchd.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer_cache.h"

namespace concord::indexer {

/// Text folded for prefix matching (lower case, Latin accents removed, Traditional Chinese as
/// Simplified), with the byte offset where each word starts. Words are analysed by script, not by
/// a document language, so that a prefix typed without one folds as the titles it should find;
/// Chinese words are joined without spaces, as Chinese is written.
struct SuggestFolding {
  std::string text;
  std::vector<std::size_t> starts;
};
SuggestFolding fold_for_suggest(std::string_view text, analyzers::AnalyzerCache& analyzers);

/// Keys hold at most this many bytes of folded text (Xapian terms are limited to 245 bytes);
/// a longer prefix is looked up by its first kSuggestKeyBytes and checked against the title.
inline constexpr std::size_t kSuggestKeyBytes = 60;

/// The term for folded text from one word start: `entry_start` when it is the title's first word.
std::string suggest_term(std::string_view folded_from_start, bool entry_start);

/// Adds the title's keys (one per word start) to the document.
void add_suggest_terms(Xapian::Document& xdoc, std::string_view title,
                       analyzers::AnalyzerCache& analyzers);

}  // namespace concord::indexer
