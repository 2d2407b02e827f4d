// Results of the discovery endpoints (similar, match, suggest) → their JSON shapes.
#pragma once

#include <nlohmann/json.hpp>

#include "searchd/discovery/matcher.h"
#include "searchd/discovery/similar.h"
#include "searchd/discovery/suggester.h"

namespace concord::search {

/// A search hit plus "why" (and "explanation" when it has one).
nlohmann::json encode_explained_hit(const ExplainedHit& hit);
nlohmann::json encode_similar_response(const SimilarResponse& response);
nlohmann::json encode_match_response(const MatchResponse& response);
nlohmann::json encode_suggestions(const std::string& q, const std::vector<Suggestion>& list);

}  // namespace concord::search
