#include "searchd/discovery_encoder.h"

#include "searchd/json_encoder.h"

namespace concord::search {

nlohmann::json encode_explained_hit(const ExplainedHit& hit) {
  nlohmann::json out = encode_search_hit(hit.hit);
  out["why"] = hit.why;
  if (!hit.explanation.empty()) out["explanation"] = hit.explanation;
  return out;
}

nlohmann::json encode_similar_response(const SimilarResponse& response) {
  nlohmann::json hits = nlohmann::json::array();
  for (const ExplainedHit& hit : response.hits) hits.push_back(encode_explained_hit(hit));
  return {{"id", response.id},
          {"total", response.total},
          {"took_ms", response.took_ms},
          {"terms", response.terms},
          {"hits", std::move(hits)}};
}

}  // namespace concord::search
