// Snippets and highlighted titles, made with the analyzer that indexed the text so that they
// mark exactly the words that matched, in Chinese and Arabic as in English.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "analyzers/analyzer.h"
#include "searchd/results/match_terms.h"

namespace concord::search {

struct Passage {
  std::string html;       // HTML-escaped, matches wrapped in <mark>…</mark>, "…" where cut
  std::size_t score = 0;  // higher for more distinct matched words; 0 when nothing matched
};

/// The whole text, escaped, with matches marked.
std::string highlight_text(std::string_view text, const analyzers::Analyzer& analyzer,
                           const MatchTerms& terms);

/// The passage of at most `max_chars` characters holding the most distinct matches.
Passage best_passage(std::string_view text, const analyzers::Analyzer& analyzer,
                     const MatchTerms& terms, std::size_t max_chars);

/// Escapes & < > " ' for HTML text and attributes.
std::string escape_html(std::string_view text);

}  // namespace concord::search
