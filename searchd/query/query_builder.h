// The user's query text → a Xapian query built from the analyzers' own tokens.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer_cache.h"
#include "searchd/query/query_languages.h"
#include "searchd/results/match_terms.h"

namespace concord::search {

/// A query matching every document. Never Xapian::Query::MatchAll: that is one static object
/// whose reference count is not atomic, so searches copying it at once corrupt the heap
/// (searchd crashed in 2 of 15 runs of the load smoke test). Each call builds its own.
inline Xapian::Query match_all() {
  return Xapian::Query(std::string());
}

struct TextQuery {
  Xapian::Query query;  // match_all() for an empty text
  MatchTerms highlight;
};

/// With `cross_language`, glossary concepts the text names also match their names in every
/// other language (and the same language's synonyms), at a lower weight than the words typed.
/// Builds the query for `text`: words OR together (BM25 ranks documents holding more of them
/// first), "quoted phrases" must appear as phrases, and -word excludes. Never fails: any
/// stray quote or dash is read as plain text. Given the database searched, CJK bigrams common
/// in it only rank documents that something rarer matched (kCommonFraction).
TextQuery build_text_query(std::string_view text, std::string_view ui_lang,
                           analyzers::AnalyzerCache& analyzers, bool cross_language = false,
                           const Xapian::Database* db = nullptr);

/// A bigram in more than this share of the documents is common. As in Elasticsearch's common
/// terms query, a common bigram adds to the score of documents the query's words or rarer
/// bigrams matched, but matches none alone: as members of the OR, the everyday bigrams of a
/// question (应当, 规定) made each search walk their long posting lists to the end. On zh_laws
/// this took the p99 of faceted searches from 102 to 70 ms at an unchanged xquad/zh nDCG@10
/// (0.9676). Applied to words as well, it halved the matches again but cost Cranfield 0.027:
/// there the everyday words (flow, pressure) are what relevant documents share with the query.
inline constexpr double kCommonFraction = 0.05;

/// How a concept's names combine. kDistinctNames: each distinct name (by its stems) counts, ORed;
/// the search path, where scores must be the same over shards as in one index. kOneTerm: all
/// names as one term (OP_SYNONYM), so a need naming a concept many ways does not lean on it;
/// matchmaking, where that ranks counterpart offers first (MatcherTest: 68 of 70 first, against
/// 65 ORed), though Xapian's estimate of a synonym's frequency differs slightly over shards.
/// Never OP_MAX: Xapian 1.4.22's matcher crashed on two OP_MAX concepts under the language
/// bonus (found by fuzz_query; glossary_crash_test.cpp).
enum class ConceptNames { kDistinctNames, kOneTerm };

/// Matches a document naming the glossary concept in any language, by every name but those
/// that are function words (GlossaryTerm::function_word); adds one-word names to `highlight`.
Xapian::Query concept_query(std::size_t concept_index, MatchTerms& highlight,
                            ConceptNames names = ConceptNames::kDistinctNames);

}  // namespace concord::search
