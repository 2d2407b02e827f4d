// The user's query text → a Xapian query built from the analyzers' own tokens.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer_cache.h"

namespace concord::search {

/// The forms a document word must have to count as a match, for highlighting.
struct MatchTerms {
  std::set<std::string> words;  // normalised surface forms
  std::set<std::string> stems;  // stems, without the index prefix
  bool empty() const { return words.empty() && stems.empty(); }
};

struct TextQuery {
  Xapian::Query query;  // MatchAll for an empty text
  MatchTerms highlight;
};

/// Languages whose analysis is applied to a query: its script decides, and Latin-script
/// queries, too short to identify, are analysed as every supported Latin-script language and
/// the reader's. Each word then matches its stem in any of them.
std::vector<std::string> query_languages(std::string_view text, std::string_view ui_lang);

/// With `cross_language`, glossary concepts the text names also match their names in every
/// other language (and the same language's synonyms), at a lower weight than the words typed.
/// Builds the query for `text`: words OR together (BM25 ranks documents holding more of them
/// first), "quoted phrases" must appear as phrases, and -word excludes. Never fails: any
/// stray quote or dash is read as plain text.
TextQuery build_text_query(std::string_view text, std::string_view ui_lang,
                           analyzers::AnalyzerCache& analyzers, bool cross_language = false);

/// Matches a document naming the glossary concept in any language, by its best-matching name;
/// adds one-word names to `highlight`.
Xapian::Query concept_query(std::size_t concept_index, MatchTerms& highlight);

}  // namespace concord::search
