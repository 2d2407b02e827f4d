// Matchmaking: a need, as free text in any language, → the offers and providers that fit it and
// the stories of needs like it that were solved.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "indexer/result.h"
#include "searchd/discovery/similar.h"
#include "searchd/index/searcher_pool.h"

namespace concord::search {

struct MatchRequest {
  std::string text;  // required
  std::string lang;  // "" to detect it
  /// country, theme, match_type, region → accepted values (OR within a field, AND across).
  /// A country matches where a document works or, for offers, whom it is open to.
  std::map<std::string, std::vector<std::string>> filters;
  std::string ui_lang = "en";
  int per_group = 5;
};

struct MatchResponse {
  double took_ms = 0;
  std::vector<ExplainedHit> offers;
  std::vector<ExplainedHit> profiles;  // providers, and the owners of the offers found
  std::vector<ExplainedHit> stories;
};

inline constexpr int kMaxPerGroup = 50;
inline constexpr std::size_t kMaxNeedBytes = 64 * 1024;

/// Fields `MatchRequest::filters` accepts.
const std::vector<std::string>& match_filter_fields();

/// kInvalidParameter for an empty or oversized text, unknown filter fields or values.
Result<MatchResponse> match_need(Searcher& searcher, const MatchRequest& request);

}  // namespace concord::search
