// The search engine: the library searchd serves over HTTP and other programs embed. This
// header holds only the engine's own request and response types; Xapian stays behind it.
#pragma once

#include <algorithm>
#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "analyzers/token.h"
#include "indexer/result.h"
#include "indexer/theme_catalog.h"
#include "searchd/index/shard_spec.h"
#include "searchd/search_request.h"
#include "searchd/search_response.h"

namespace concord::search {

/// Ranking settings; the defaults are the ones chosen on the development collections.
struct EngineOptions {
  double bm25_k1 = 1.2;
  double bm25_b = 0.75;
  std::size_t max_concurrent = 0;               // requests using the index at once; 0: no limit
  std::chrono::milliseconds queue_wait{10000};  // longest wait for a free slot
  // Threads counting a search's matches while it ranks (facets/spare_threads.h): one per core
  // but the request's own. On this 2-core host an idle searchd answers faceted zh_laws
  // questions in about two thirds of the time (docs/benchmarks.md).
  std::size_t spare_threads = std::max(1u, std::thread::hardware_concurrency()) - 1;
};

struct IndexStatus {
  std::size_t documents = 0;
  int schema_version = 0;
};

/// How a text is analysed, as the index sees it (like Elasticsearch's _analyze).
struct Analysis {
  std::string lang;
  bool detected = false;  // the language was detected, not given
  std::vector<analyzers::Token> tokens;
  std::vector<std::string> terms;  // the index terms of the text (indexer/index_terms.h)
};

/// Searches the live index at a path. Thread-safe: every call leases its own Xapian handles,
/// and every call sees the latest generation and commit. A remote shard that does not answer
/// fails any call with kShardUnavailable; trouble inside Xapian is kInternal, never thrown.
class Engine {
 public:
  /// Opens the index; fails when there is none or its schema is not supported.
  static Result<std::unique_ptr<Engine>> open(const std::string& index_path,
                                              const EngineOptions& options = {});
  /// Opens a collection of shards (local paths, tcp://host:port) searched as one index: the
  /// same totals, facet counts and ranking. A remote shard that does not answer within
  /// `timeouts` fails the call with kShardUnavailable; later calls connect again.
  static Result<std::unique_ptr<Engine>> open_shards(const std::vector<std::string>& shards,
                                                     const ShardTimeouts& timeouts,
                                                     const EngineOptions& options = {});
  ~Engine();

  Result<SearchResponse> search(const SearchRequest& request);
  /// The stored document, or kNotFound.
  Result<nlohmann::json> document(std::string_view id);
  Result<std::vector<indexer::Theme>> themes();
  /// The fields a request can filter on and count, with their values' labels in `ui_lang`.
  Result<std::vector<FieldDescription>> fields(std::string_view ui_lang);
  Result<IndexStatus> status();
  /// Analyses `text` in `lang` ("" to detect it) with the production analyzers.
  Result<Analysis> analyze(std::string_view text, std::string_view lang);
  /// Documents like the one with `request.id`, kNotFound when there is none
  /// (discovery/similar.h).
  Result<SimilarResponse> similar(const SimilarRequest& request);
  /// Offers, providers and stories that fit a need (discovery/matcher.h).
  Result<MatchResponse> match(const MatchRequest& request);
  /// Completions of `prefix` (discovery/suggester.h); kInvalidParameter for an empty or long
  /// prefix or a limit outside 1..kMaxSuggestions.
  Result<std::vector<Suggestion>> suggest(std::string_view prefix, std::string_view ui_lang,
                                          int limit);

 private:
  struct Impl;
  explicit Engine(std::unique_ptr<Impl> impl);
  static Result<std::unique_ptr<Engine>> checked(std::unique_ptr<Impl> impl);

  std::unique_ptr<Impl> impl_;
};

}  // namespace concord::search
