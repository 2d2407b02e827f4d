#include "searchd/http/wire/discovery_encoder.h"

#include "searchd/http/wire/json_encoder.h"

namespace concord::search {

nlohmann::json encode_explained_hit(const ExplainedHit& hit) {
  nlohmann::json out = encode_search_hit(hit.hit);
  out["why"] = hit.why;
  if (!hit.explanation.empty()) out["explanation"] = hit.explanation;
  return out;
}

namespace {

nlohmann::json encode_hits(const std::vector<ExplainedHit>& hits) {
  nlohmann::json out = nlohmann::json::array();
  for (const ExplainedHit& hit : hits) out.push_back(encode_explained_hit(hit));
  return out;
}

}  // namespace

nlohmann::json encode_similar_response(const SimilarResponse& response) {
  return {{"id", response.id},
          {"total", response.total},
          {"took_ms", response.took_ms},
          {"terms", response.terms},
          {"hits", encode_hits(response.hits)}};
}

nlohmann::json encode_match_response(const MatchResponse& response) {
  return {{"took_ms", response.took_ms},
          {"offers", encode_hits(response.offers)},
          {"profiles", encode_hits(response.profiles)},
          {"stories", encode_hits(response.stories)}};
}

nlohmann::json encode_suggestions(const std::string& q, const std::vector<Suggestion>& list) {
  nlohmann::json out = nlohmann::json::array();
  for (const Suggestion& s : list) {
    nlohmann::json item = {{"text", s.text}, {"type", s.type}, {"lang", s.lang}};
    if (!s.id.empty()) item["id"] = s.id;
    out.push_back(std::move(item));
  }
  return {{"q", q}, {"suggestions", std::move(out)}};
}

}  // namespace concord::search
