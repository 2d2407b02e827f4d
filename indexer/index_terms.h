// Every term a document puts in the index, as schema.h prefixes them: the one place that turns
// an id, a filter value or an analysed token into index terms (indexer, analyze, searchd).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analyzers/token.h"
#include "indexer/schema.h"

namespace concord::indexer {

/// One index term of a token, and whether it carries the token's position (phrases need it).
struct IndexTerm {
  std::string term;
  bool positional = true;
};

/// The terms a token of text in `lang` puts in the index: its word, its stems (Z, the other
/// spellings' stems too) with positions, and the heads of those stems (XZ) without.
std::vector<IndexTerm> token_terms(const analyzers::Token& token, std::string_view lang);

/// The terms a whole text puts in the index beside its tokens' terms: CJK character bigrams
/// (XB), whatever the segmenter made of a run.
std::vector<std::string> text_terms(std::string_view text);

/// The unique id term of a document id.
std::string id_term(std::string_view id);

/// The boolean filter term for a value of a prefix: prefix + lower-cased value.
std::string filter_term(std::string_view prefix, std::string_view value);

/// The boolean term of documents whose `field` holds `value`; courts compare by court_key.
std::string filter_term(const schema::Field& field, std::string_view value);

/// A court's name as one comparable key: NFKC case-folded (Arabic and Chinese unified as words
/// are), whitespace runs as one space, trimmed. Facet value and filter of `court`.
std::string court_key(std::string_view court);

}  // namespace concord::indexer
