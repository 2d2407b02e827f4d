#include "searchd/engine.h"

#include <future>

#include <xapian.h>

#include "analyzers/language_detector.h"
#include "analyzers/language_tag.h"
#include "indexer/document.h"
#include "indexer/index_terms.h"
#include "indexer/schema.h"
#include "searchd/discovery/matcher.h"
#include "searchd/discovery/similar.h"
#include "searchd/discovery/suggester.h"
#include "searchd/facets/facet_labels.h"
#include "searchd/facets/spare_threads.h"
#include "searchd/index/retries.h"
#include "searchd/index/searcher_pool.h"
#include "searchd/search_run.h"

namespace concord::search {

struct Engine::Impl {
  Impl(const std::string& index_path, const EngineOptions& options)
      : options(options), pool(index_path) {}
  Impl(const std::vector<std::string>& shards, const ShardTimeouts& timeouts,
       const EngineOptions& options)
      : options(options), pool(shards, timeouts) {}

  // Leases a searcher and runs `f` on it, reopening and reconnecting as index/retries.h says.
  // Every public call goes through here, so a shard that stays down is kShardUnavailable and
  // any other Xapian error kInternal, whatever the endpoint.
  template <typename F>
  auto guarded(SearcherPool::Use use, std::string_view what, F&& f)
      -> decltype(f(std::declval<Searcher&>())) {
    auto lease = pool.acquire(use);
    if (!lease) return lease.error();
    Searcher& searcher = **lease;
    try {
      return with_reconnect(pool, searcher, [&] { return f(searcher); });
    } catch (const Xapian::NetworkError& e) {
      return shard_failure(searcher, e);
    } catch (const Xapian::Error& e) {
      return make_error(ErrorCode::kInternal,
                        std::string(what) + " failed: " + e.get_description());
    }
  }

  std::future<Counts> start_count(Searcher& searcher, const Xapian::Query& query, bool group,
                                  const std::vector<std::string>& fields);

  EngineOptions options;
  SearcherPool pool;
  Suggester suggester;
  // Declared after the pool: its threads may hold leases, so it stops first.
  SpareThreads spare{options.spare_threads};
};

// Counts on a spare thread when one is idle, else when asked. Only on local indexes: a remote
// shard answers one request over one connection. The spare thread gets its own handle on the
// index, and its own copy of the query: Xapian's reference counts are not atomic, so two
// threads must never share a Query's parts.
std::future<Counts> Engine::Impl::start_count(Searcher& searcher, const Xapian::Query& query,
                                              bool group, const std::vector<std::string>& fields) {
  if (searcher.remote_shards == 0 && spare.idle()) {
    if (auto lease = pool.acquire(SearcherPool::Use::kLookup)) {
      return spare.run(
          [lease = std::move(*lease), serialised = query.serialise(), group, fields]() mutable {
            const Xapian::Query own = Xapian::Query::unserialise(serialised);
            return with_reopen(*lease, [&] {
              return count_matches(lease->db, own, fields, count_mode(*lease, group));
            });
          });
    }
  }
  return std::async(std::launch::deferred, [&searcher, query, group, fields] {
    return count_matches(searcher.db, query, fields, count_mode(searcher, group));
  });
}

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Engine::~Engine() = default;

Result<std::unique_ptr<Engine>> Engine::checked(std::unique_ptr<Impl> impl) {
  impl->pool.limit(impl->options.max_concurrent, impl->options.queue_wait);
  auto lease = impl->pool.acquire(SearcherPool::Use::kLookup);
  if (!lease) return lease.error();
  return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

Result<std::unique_ptr<Engine>> Engine::open(const std::string& index_path,
                                             const EngineOptions& options) {
  return checked(std::make_unique<Impl>(index_path, options));
}

Result<std::unique_ptr<Engine>> Engine::open_shards(const std::vector<std::string>& shards,
                                                    const ShardTimeouts& timeouts,
                                                    const EngineOptions& options) {
  for (const std::string& shard : shards) {
    if (auto spec = parse_shard_spec(shard); !spec) return spec.error();
  }
  if (shards.empty()) return make_error(ErrorCode::kInvalidParameter, "no shards", "shards");
  return checked(std::make_unique<Impl>(shards, timeouts, options));
}

Result<SearchResponse> Engine::search(const SearchRequest& request) {
  const Bm25 bm25{impl_->options.bm25_k1, impl_->options.bm25_b};
  return impl_->guarded(SearcherPool::Use::kSearch, "search", [&](Searcher& searcher) {
    return run_search(
        searcher, request, bm25,
        [&](const Xapian::Query& query, bool group, const std::vector<std::string>& fields) {
          return impl_->start_count(searcher, query, group, fields);
        });
  });
}

Result<nlohmann::json> Engine::document(std::string_view id) {
  if (!indexer::is_valid_id(id)) {
    return make_error(ErrorCode::kInvalidParameter, "invalid document id", "id");
  }
  return impl_->guarded(
      SearcherPool::Use::kLookup, "lookup", [&](Searcher& searcher) -> Result<nlohmann::json> {
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
  return impl_->guarded(SearcherPool::Use::kLookup, "themes",
                        [](Searcher& searcher) -> Result<std::vector<indexer::Theme>> {
                          return searcher.themes.themes();
                        });
}

Result<std::vector<FieldDescription>> Engine::fields(std::string_view ui_lang) {
  return impl_->guarded(SearcherPool::Use::kLookup, "fields",
                        [&](Searcher& searcher) -> Result<std::vector<FieldDescription>> {
                          return describe_fields(searcher.themes, ui_lang);
                        });
}

Result<IndexStatus> Engine::status() {
  return impl_->guarded(SearcherPool::Use::kLookup, "status",
                        [](Searcher& searcher) -> Result<IndexStatus> {
                          return IndexStatus{searcher.db.get_doccount(), indexer::schema::kVersion};
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
  return impl_->guarded(SearcherPool::Use::kLookup, "analyze",
                        [&](Searcher& searcher) -> Result<Analysis> {
                          Analysis analysis;
                          analysis.lang = lang.empty() ? analyzers::detect_language(text) : lang;
                          analysis.detected = lang.empty();
                          analysis.tokens = searcher.analyzers.get(analysis.lang).analyze(text);
                          for (const analyzers::Token& token : analysis.tokens) {
                            for (auto& term : indexer::token_terms(token, analysis.lang)) {
                              analysis.terms.push_back(std::move(term.term));
                            }
                          }
                          for (auto& term : indexer::text_terms(text)) {
                            analysis.terms.push_back(std::move(term));
                          }
                          return analysis;
                        });
}

Result<SimilarResponse> Engine::similar(const SimilarRequest& request) {
  return impl_->guarded(SearcherPool::Use::kSearch, "similar",
                        [&](Searcher& searcher) { return find_similar(searcher, request); });
}

Result<MatchResponse> Engine::match(const MatchRequest& request) {
  return impl_->guarded(SearcherPool::Use::kSearch, "match",
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
  return impl_->guarded(SearcherPool::Use::kLookup, "suggest",
                        [&](Searcher& searcher) -> Result<std::vector<Suggestion>> {
                          return impl_->suggester.suggest(searcher, prefix, ui_lang,
                                                          static_cast<std::size_t>(limit));
                        });
}

}  // namespace concord::search
