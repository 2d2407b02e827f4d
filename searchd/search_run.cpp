#include "searchd/search_run.h"

#include <chrono>
#include <optional>

#include "indexer/schema.h"
#include "searchd/facets/facet_labels.h"
#include "searchd/query/filter_builder.h"
#include "searchd/query/query_compiler.h"
#include "searchd/query/query_parser.h"
#include "searchd/results/did_you_mean.h"
#include "searchd/results/hit_builder.h"
#include "searchd/results/translation_groups.h"

namespace concord::search {
namespace {

namespace schema = indexer::schema;

Result<Ok> check_themes(const Searcher& searcher, const SearchRequest& request) {
  auto it = request.filters.find("theme");
  if (it == request.filters.end() || searcher.themes.empty()) return Ok{};
  for (const std::string& theme : it->second) {
    if (!searcher.themes.contains(theme)) {
      return make_error(ErrorCode::kInvalidParameter, "theme: unknown theme \"" + theme + "\"",
                        "theme");
    }
  }
  return Ok{};
}

// The request's text query, its filters, both together, and whether results are grouped.
struct Compiled {
  TextQuery text;
  std::optional<Xapian::Query> filter;
  Xapian::Query query;
  bool group = false;
};

Compiled compile(Searcher& searcher, const SearchRequest& request) {
  Compiled c{
      build_query(request.q, request.ui_lang, searcher.analyzers, request.xlang, &searcher.db),
      build_filter(request),
      {}};
  c.query =
      c.filter ? Xapian::Query(Xapian::Query::OP_FILTER, c.text.query, *c.filter) : c.text.query;
  // One result per translation group: its best-ranked member (shown in the reader's language
  // after the match, so the language does not change which groups rank where).
  // Collapsing visits a key per match in the counting pass (40 ms of a 74 ms search on the 148k
  // zh_laws articles): a collection where no document translates another skips it.
  c.group =
      request.group && searcher.db.get_termfreq(std::string(schema::kTranslationMemberTerm)) > 0;
  return c;
}

void configure(Xapian::Enquire& enquire, const Xapian::Query& query, const SearchRequest& request,
               const Bm25& bm25, bool group) {
  if (group) enquire.set_collapse_key(schema::kGroupSlot);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BM25Weight(bm25.k1, 0, 1, bm25.b, 0.5));
  switch (request.sort) {
    case Sort::kRelevance:
      enquire.set_sort_by_relevance_then_value(schema::kIdSlot, false);
      break;
    case Sort::kDateAscending:
      enquire.set_sort_by_value_then_relevance(schema::kDateSlot, false);
      break;
    case Sort::kDateDescending:
      enquire.set_sort_by_value_then_relevance(schema::kDateSlot, true);
      break;
  }
}

// A facet whose own field is filtered counts as if it were not (disjunctive, as multi-select
// facets are expected to): the other values stay visible with what selecting them would add.
struct FacetSplit {
  std::vector<std::string> conjunctive;
  std::vector<std::string> disjunctive;
};

FacetSplit split_facets(const SearchRequest& request) {
  FacetSplit split;
  for (const std::string& field : request.facets) {
    auto selected = request.filters.find(field);
    (selected != request.filters.end() && !selected->second.empty() ? split.disjunctive
                                                                    : split.conjunctive)
        .push_back(field);
  }
  return split;
}

std::vector<Hit> page_hits(const Xapian::MSet& mset, Searcher& searcher,
                           const SearchRequest& request, const Compiled& compiled, bool group) {
  std::vector<Hit> hits;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    if (!group) {
      hits.push_back(build_hit(it, searcher, compiled.text.highlight, request.highlight));
      continue;
    }
    GroupedHit grouped =
        resolve_group(searcher.db, it.get_document(), request.ui_lang, compiled.filter);
    hits.push_back(build_hit(grouped.document, it.get_weight(), searcher, compiled.text.highlight,
                             request.highlight));
    hits.back().translations = std::move(grouped.translations);
  }
  return hits;
}

void count_disjunctive(SearchResponse& response, Searcher& searcher, const SearchRequest& request,
                       const Compiled& compiled, const std::vector<std::string>& fields) {
  for (const std::string& field : fields) {
    SearchRequest others = request;
    others.filters.erase(field);
    Xapian::Query without = compiled.text.query;
    if (auto filter = build_filter(others)) {
      without = Xapian::Query(Xapian::Query::OP_FILTER, without, *filter);
    }
    response.facets[field] =
        count_facet(searcher.db, without, field, count_mode(searcher, compiled.group));
  }
}

double ms_since(std::chrono::steady_clock::time_point started) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
      .count();
}

}  // namespace

Result<SearchResponse> run_search(Searcher& searcher, const SearchRequest& request,
                                  const Bm25& bm25, const CountStarter& count) {
  const auto started = std::chrono::steady_clock::now();
  if (auto known = check_themes(searcher, request); !known) return known.error();
  const Compiled compiled = compile(searcher, request);
  const bool group = compiled.group;
  Xapian::Enquire enquire(searcher.db);
  configure(enquire, compiled.query, request, bm25, group);
  const FacetSplit facets = split_facets(request);
  const auto offset = static_cast<Xapian::doccount>((request.page - 1) * request.per_page);
  const auto per_page = static_cast<Xapian::doccount>(request.per_page);
  // Ranking looks only as far as the page, so Xapian may skip documents that cannot reach it
  // (the same hits in the same order as visiting every match). Collapsing keeps that true: a
  // skipped member of a listed group would have been collapsed into it, and a group none of
  // whose members reaches the page's weights is not on it.
  std::future<Counts> counted = count(compiled.query, group, facets.conjunctive);
  const Xapian::MSet mset = enquire.get_mset(offset, per_page, offset + per_page);
  // A "phrase" no document holds is searched as its words, as web search engines do, rather
  // than answering nothing: quotes in a question often mark a name the documents word
  // otherwise (xquad/ar nDCG@10 0.951 → 0.955, docs/ranking.md).
  if (mset.get_matches_upper_bound() == 0) {
    if (std::string words = phrases_as_words(request.q); words != request.q) {
      SearchRequest relaxed = request;
      relaxed.q = std::move(words);
      auto response = run_search(searcher, relaxed, bm25, count);
      if (response) response->phrases_as_words = true;
      return response;
    }
  }
  SearchResponse response;
  response.page = request.page;
  response.per_page = request.per_page;
  response.hits = page_hits(mset, searcher, request, compiled, group);
  // The count is not needed when the ranked pass already knows the total and no facet is
  // asked for (a count started on a spare thread is then dropped: few matches, little work).
  response.total = mset.get_matches_lower_bound();
  if (response.total != mset.get_matches_upper_bound() || !facets.conjunctive.empty()) {
    Counts counts = counted.get();
    response.total = counts.total;
    response.facets = std::move(counts.facets);
  }
  count_disjunctive(response, searcher, request, compiled, facets.disjunctive);
  label_facets(response.facets, searcher.themes, searcher.db, request.ui_lang);
  if (!request.q.empty()) response.suggestion = did_you_mean(searcher, request.q);
  response.took_ms = ms_since(started);
  return response;
}

}  // namespace concord::search
