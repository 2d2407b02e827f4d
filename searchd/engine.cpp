#include "searchd/engine.h"

#include <algorithm>
#include <chrono>
#include <string_view>
#include <utility>

#include "analyzers/language_detector.h"
#include "analyzers/language_tag.h"
#include "indexer/document_builder.h"
#include "indexer/schema.h"
#include "searchd/facets/facet_counter.h"
#include "searchd/facets/facet_labels.h"
#include "searchd/query/filter_builder.h"
#include "searchd/query/query_builder.h"
#include "searchd/query/query_compiler.h"
#include "searchd/query/query_parser.h"
#include "searchd/results/did_you_mean.h"
#include "searchd/results/highlighter.h"
#include "searchd/results/hit_builder.h"
#include "searchd/results/translation_groups.h"

namespace concord::search {
namespace {

namespace schema = indexer::schema;

constexpr std::size_t kSnippetChars = 180;

std::string text_field(const nlohmann::json& doc, const char* field) {
  auto it = doc.find(field);
  return it != doc.end() && it->is_string() ? it->get<std::string>() : std::string();
}

struct Highlights {
  std::string title;
  Passage snippet;
};

Highlights highlight_fields(const nlohmann::json& source, const analyzers::Analyzer& analyzer,
                            const MatchTerms& terms) {
  Highlights h{highlight_text(text_field(source, "title"), analyzer, terms), {}};
  Passage summary = best_passage(text_field(source, "summary"), analyzer, terms, kSnippetChars);
  Passage body = best_passage(text_field(source, "body"), analyzer, terms, kSnippetChars);
  h.snippet = body.score > summary.score || summary.html.empty() ? body : summary;
  return h;
}

Hit make_hit(const Xapian::Document& doc, double score, Searcher& searcher, const MatchTerms& terms,
             bool highlight) {
  Hit hit;
  hit.score = score;
  hit.source = nlohmann::json::parse(doc.get_data());
  hit.id = text_field(hit.source, "id");
  if (!highlight || terms.empty()) {
    hit.title_html = escape_html(text_field(hit.source, "title"));
    const std::string summary = text_field(hit.source, "summary");
    const std::string text = summary.empty() ? text_field(hit.source, "body") : summary;
    hit.snippet = best_passage(text, searcher.analyzers.get(""), {}, kSnippetChars).html;
    return hit;
  }
  const analyzers::Analyzer& analyzer = searcher.analyzers.get(text_field(hit.source, "lang"));
  Highlights h = highlight_fields(hit.source, analyzer, terms);
  // A hit found only through a stem head (nacionalidad finding nación) shows what matched.
  if (h.snippet.score == 0 && !terms.heads.empty() && h.title.find("<mark>") == std::string::npos) {
    h = highlight_fields(hit.source, analyzer, terms.heads_only());
  }
  hit.title_html = std::move(h.title);
  hit.snippet = std::move(h.snippet.html);
  return hit;
}

// Exact counts of one facet field over every match of `query`.
std::vector<FacetValue> count_facet(const Xapian::Database& db, const Xapian::Query& query,
                                    const std::string& field, bool value_streams) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());  // counting only: no scores needed
  FacetCounter counter({field});
  counter.attach(enquire, db, false, value_streams);
  const Xapian::MSet all = enquire.get_mset(0, 0, db.get_doccount());
  return counter.counts(all.get_matches_lower_bound())[field];
}

// DatabaseModifiedError means "reopen and repeat": the writer committed twice while this
// search read an older revision. Under sustained writes a slow search (an exact count over
// many matches on a busy machine) met it twice in a row (bench/soak.sh), so it tries again a
// few times before giving up.
constexpr int kReopenAttempts = 4;

template <typename F>
auto with_reopen(Searcher& searcher, F&& f) -> decltype(f()) {
  for (int attempt = 1;; ++attempt) {
    try {
      return f();
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kReopenAttempts) throw;
      searcher.db.reopen();
    }
  }
}

// A remote shard that fails mid-request (a restarted xapian-tcpsrv, a dropped connection) is
// connected again and the request repeated once; a second failure reaches the caller.
template <typename F>
auto with_reconnect(SearcherPool& pool, Searcher& searcher, F&& f) -> decltype(f()) {
  try {
    return with_reopen(searcher, f);
  } catch (const Xapian::NetworkError&) {
    if (auto reconnected = pool.reconnect(searcher); !reconnected) return reconnected.error();
    return with_reopen(searcher, f);
  }
}

// The exact total and facet counts of `query`: they visit every match, without computing
// weights. Collapsing makes the total count groups; the spies, called before collapsing,
// count documents.
Counts count_matches(const Xapian::Database& db, const Xapian::Query& query, bool group,
                     const std::vector<std::string>& fields, bool value_streams) {
  FacetCounter facets(fields);
  Xapian::Enquire counting(db);
  counting.set_query(query);
  counting.set_weighting_scheme(Xapian::BoolWeight());
  if (group) counting.set_collapse_key(schema::kGroupSlot);
  facets.attach(counting, db, group, value_streams);
  // Having seen every match, the lower bound is exact; with collapsing the upper bound and
  // the estimate are not (they allow for members it never had to tell apart).
  const Xapian::doccount total =
      counting.get_mset(0, 0, db.get_doccount()).get_matches_lower_bound();
  return {total, facets.counts(total)};
}

Error shard_failure(Searcher& searcher, const Xapian::NetworkError& e) {
  searcher.open = false;
  return make_error(ErrorCode::kShardUnavailable, "a shard did not answer: " + e.get_description());
}

// Every public Engine call runs its work here, so no Xapian::Error leaves the library and every
// call fails alike: a remote shard that fails is connected again and the work repeated once; a
// shard that still does not answer is kShardUnavailable, any other Xapian error kInternal.
template <typename F>
auto guarded(SearcherPool& pool, SearcherPool::Use use, std::string_view what, F&& work)
    -> decltype(work(std::declval<Searcher&>())) {
  auto lease = pool.acquire(use);
  if (!lease) return lease.error();
  Searcher& searcher = **lease;
  try {
    return with_reconnect(pool, searcher, [&] { return work(searcher); });
  } catch (const Xapian::NetworkError& e) {
    return shard_failure(searcher, e);
  } catch (const Xapian::Error& e) {
    return make_error(ErrorCode::kInternal, std::string(what) + " failed: " + e.get_description());
  }
}

}  // namespace

Result<std::unique_ptr<Engine>> Engine::checked(std::unique_ptr<Engine> engine) {
  engine->pool_.limit(engine->options_.max_concurrent, engine->options_.queue_wait);
  auto lease = engine->pool_.acquire(SearcherPool::Use::kLookup);
  if (!lease) return lease.error();
  return engine;
}

Result<std::unique_ptr<Engine>> Engine::open(const std::string& index_path,
                                             const EngineOptions& options) {
  return checked(std::unique_ptr<Engine>(new Engine(index_path, options)));
}

Result<std::unique_ptr<Engine>> Engine::open_shards(const std::vector<std::string>& shards,
                                                    const ShardTimeouts& timeouts,
                                                    const EngineOptions& options) {
  for (const std::string& shard : shards) {
    if (auto spec = parse_shard_spec(shard); !spec) return spec.error();
  }
  if (shards.empty()) return make_error(ErrorCode::kInvalidParameter, "no shards", "shards");
  return checked(std::unique_ptr<Engine>(new Engine(shards, timeouts, options)));
}

Result<SearchResponse> Engine::search(const SearchRequest& request) {
  return guarded(pool_, SearcherPool::Use::kSearch, "search",
                 [&](Searcher& searcher) { return run_search(searcher, request); });
}

std::future<Counts> Engine::start_count(Searcher& searcher, const Xapian::Query& query, bool group,
                                        const std::vector<std::string>& fields) {
  // Only on local indexes: a remote shard answers one request over one connection. The spare
  // thread gets its own handle on the index, and its own copy of the query: Xapian's
  // reference counts are not atomic, so two threads must never share a Query's parts.
  if (searcher.remote_shards == 0 && spare_.idle()) {
    if (auto lease = pool_.acquire(SearcherPool::Use::kLookup)) {
      return spare_.run(
          [lease = std::move(*lease), serialised = query.serialise(), group, fields]() mutable {
            const Xapian::Query own = Xapian::Query::unserialise(serialised);
            return with_reopen(*lease, [&] {
              return count_matches(lease->db, own, group, fields, lease->one_local_index());
            });
          });
    }
  }
  return std::async(std::launch::deferred, [&searcher, query, group, fields] {
    return count_matches(searcher.db, query, group, fields, searcher.one_local_index());
  });
}

Result<SearchResponse> Engine::run_search(Searcher& searcher, const SearchRequest& request) {
  const auto started = std::chrono::steady_clock::now();
  if (auto it = request.filters.find("theme");
      it != request.filters.end() && !searcher.themes.empty()) {
    for (const std::string& theme : it->second) {
      if (!searcher.themes.contains(theme)) {
        return make_error(ErrorCode::kInvalidParameter, "theme: unknown theme \"" + theme + "\"",
                          "theme");
      }
    }
  }
  TextQuery text =
      build_query(request.q, request.ui_lang, searcher.analyzers, request.xlang, &searcher.db);
  Xapian::Query query = text.query;
  const std::optional<Xapian::Query> filter = build_filter(request);
  if (filter) query = Xapian::Query(Xapian::Query::OP_FILTER, query, *filter);
  Xapian::Enquire enquire(searcher.db);
  // One result per translation group: its best-ranked member (shown in the reader's language
  // after the match, so the language does not change which groups rank where).
  // Collapsing visits a key per match in the counting pass (40 ms of a 74 ms search on the 148k
  // zh_laws articles): a collection where no document translates another skips it.
  const bool group =
      request.group && searcher.db.get_termfreq(std::string(schema::kTranslationMemberTerm)) > 0;
  if (group) enquire.set_collapse_key(schema::kGroupSlot);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BM25Weight(options_.bm25_k1, 0, 1, options_.bm25_b, 0.5));
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
  // A facet whose own field is filtered counts as if it were not (disjunctive, as multi-select
  // facets are expected to): the other values stay visible with what selecting them would add.
  std::vector<std::string> conjunctive;
  std::vector<std::string> disjunctive;
  for (const std::string& field : request.facets) {
    auto selected = request.filters.find(field);
    (selected != request.filters.end() && !selected->second.empty() ? disjunctive : conjunctive)
        .push_back(field);
  }
  const auto offset = static_cast<Xapian::doccount>((request.page - 1) * request.per_page);
  const auto per_page = static_cast<Xapian::doccount>(request.per_page);
  // Ranking looks only as far as the page, so Xapian may skip documents that cannot reach it
  // (the same hits in the same order as visiting every match). Collapsing keeps that true: a
  // skipped member of a listed group would have been collapsed into it, and a group none of
  // whose members reaches the page's weights is not on it.
  std::future<Counts> counted = start_count(searcher, query, group, conjunctive);
  const Xapian::MSet mset = enquire.get_mset(offset, per_page, offset + per_page);
  // A "phrase" no document holds is searched as its words, as web search engines do, rather
  // than answering nothing: quotes in a question often mark a name the documents word
  // otherwise (xquad/ar nDCG@10 0.951 → 0.955, docs/ranking.md).
  if (mset.get_matches_upper_bound() == 0) {
    if (std::string words = phrases_as_words(request.q); words != request.q) {
      SearchRequest relaxed = request;
      relaxed.q = std::move(words);
      auto response = run_search(searcher, relaxed);
      if (response) response->phrases_as_words = true;
      return response;
    }
  }
  SearchResponse response;
  response.page = request.page;
  response.per_page = request.per_page;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    if (!group) {
      response.hits.push_back(make_hit(it.get_document(), it.get_weight(), searcher, text.highlight,
                                       request.highlight));
      continue;
    }
    GroupedHit grouped = resolve_group(searcher.db, it.get_document(), request.ui_lang, filter);
    response.hits.push_back(
        make_hit(grouped.document, it.get_weight(), searcher, text.highlight, request.highlight));
    response.hits.back().translations = std::move(grouped.translations);
  }
  // The count is not needed when the ranked pass already knows the total and no facet is
  // asked for (a count started on a spare thread is then dropped: few matches, little work).
  response.total = mset.get_matches_lower_bound();
  if (response.total != mset.get_matches_upper_bound() || !conjunctive.empty()) {
    Counts counts = counted.get();
    response.total = counts.total;
    response.facets = std::move(counts.facets);
  }
  for (const std::string& field : disjunctive) {
    SearchRequest others = request;
    others.filters.erase(field);
    Xapian::Query without = text.query;
    if (auto filter = build_filter(others)) {
      without = Xapian::Query(Xapian::Query::OP_FILTER, without, *filter);
    }
    response.facets[field] = count_facet(searcher.db, without, field, searcher.one_local_index());
  }
  label_facets(response.facets, searcher.themes, searcher.db, request.ui_lang);
  if (!request.q.empty()) {
    response.suggestion = did_you_mean(searcher, request.q);
  }
  response.took_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return response;
}

Result<nlohmann::json> Engine::document(std::string_view id) {
  if (!indexer::is_valid_id(id)) {
    return make_error(ErrorCode::kInvalidParameter, "invalid document id", "id");
  }
  return guarded(pool_, SearcherPool::Use::kLookup, "lookup",
                 [&](Searcher& searcher) -> Result<nlohmann::json> {
                   const std::string term = indexer::id_term(id);
                   auto posting = searcher.db.postlist_begin(term);
                   if (posting == searcher.db.postlist_end(term)) {
                     return make_error(ErrorCode::kNotFound,
                                       "no document with id \"" + std::string(id) + "\"");
                   }
                   return nlohmann::json::parse(searcher.db.get_document(*posting).get_data());
                 });
}

Result<std::vector<indexer::Theme>> Engine::themes() {
  return guarded(pool_, SearcherPool::Use::kLookup, "themes",
                 [](Searcher& searcher) -> Result<std::vector<indexer::Theme>> {
                   return searcher.themes.themes();
                 });
}

Result<IndexStatus> Engine::status() {
  return guarded(pool_, SearcherPool::Use::kLookup, "status",
                 [](Searcher& searcher) -> Result<IndexStatus> {
                   return IndexStatus{searcher.db.get_doccount(), schema::kVersion};
                 });
}

Result<Analysis> Engine::analyze(std::string_view text, std::string_view tag) {
  constexpr std::size_t kMaxAnalyzeBytes = 64 * 1024;
  if (text.size() > kMaxAnalyzeBytes) {
    return make_error(ErrorCode::kInvalidParameter, "text: longer than 65536 bytes", "text");
  }
  const std::string lang = analyzers::primary_language(tag);  // pt-BR is analysed as pt
  if (!tag.empty() && !analyzers::is_language_code(lang)) {
    return make_error(ErrorCode::kInvalidParameter, "lang: want a language code such as \"zh\"",
                      "lang");
  }
  return guarded(pool_, SearcherPool::Use::kLookup, "analyze",
                 [&](Searcher& searcher) -> Result<Analysis> {
                   Analysis analysis;
                   analysis.lang = lang.empty() ? analyzers::detect_language(text) : lang;
                   analysis.detected = lang.empty();
                   analysis.tokens = searcher.analyzers.get(analysis.lang).analyze(text);
                   return analysis;
                 });
}

}  // namespace concord::search

namespace concord::search {

Hit build_hit(const Xapian::MSetIterator& match, Searcher& searcher, const MatchTerms& terms,
              bool highlight) {
  return make_hit(match.get_document(), match.get_weight(), searcher, terms, highlight);
}

Result<SimilarResponse> Engine::similar(const SimilarRequest& request) {
  return guarded(pool_, SearcherPool::Use::kSearch, "similar",
                 [&](Searcher& searcher) { return find_similar(searcher, request); });
}

Result<MatchResponse> Engine::match(const MatchRequest& request) {
  return guarded(pool_, SearcherPool::Use::kSearch, "match",
                 [&](Searcher& searcher) { return match_need(searcher, request); });
}

Result<std::vector<Suggestion>> Engine::suggest(std::string_view prefix, std::string_view ui_lang,
                                                int limit) {
  constexpr std::size_t kMaxPrefixBytes = 256;
  if (prefix.find_first_not_of(" \t") == std::string_view::npos) {
    return make_error(ErrorCode::kInvalidParameter, "q: must not be empty", "q");
  }
  if (prefix.size() > kMaxPrefixBytes) {
    return make_error(ErrorCode::kInvalidParameter, "q: longer than 256 bytes", "q");
  }
  if (limit < 1 || limit > kMaxSuggestions) {
    return make_error(ErrorCode::kInvalidParameter,
                      "limit: must be between 1 and " + std::to_string(kMaxSuggestions), "limit");
  }
  return guarded(pool_, SearcherPool::Use::kLookup, "suggest",
                 [&](Searcher& searcher) -> Result<std::vector<Suggestion>> {
                   return suggester_.suggest(searcher, prefix, ui_lang,
                                             static_cast<std::size_t>(limit));
                 });
}

}  // namespace concord::search
