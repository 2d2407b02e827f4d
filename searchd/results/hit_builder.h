// A search hit from a matching document, as every ranked endpoint (search, similar, match)
// returns it: the stored document, its escaped title and a snippet with the matches marked.
#pragma once

#include <xapian.h>

#include "searchd/index/searcher_pool.h"
#include "searchd/results/match_terms.h"
#include "searchd/search_response.h"

namespace concord::search {

/// The hit for `doc` ranked with `score`; `terms` are marked when `highlight` is set.
Hit build_hit(const Xapian::Document& doc, double score, Searcher& searcher,
              const MatchTerms& terms, bool highlight);

/// The hit for a match of a ranked list.
inline Hit build_hit(const Xapian::MSetIterator& match, Searcher& searcher, const MatchTerms& terms,
                     bool highlight) {
  return build_hit(match.get_document(), match.get_weight(), searcher, terms, highlight);
}

}  // namespace concord::search
