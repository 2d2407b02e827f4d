#include "searchd/http/wire/json_encoder.h"

#include "analyzers/stemmer.h"
#include "indexer/schema.h"

namespace concord::search {
namespace {

nlohmann::json encode_hit(const Hit& hit) {
  nlohmann::json out = {{"id", hit.id},
                        {"score", hit.score},
                        {"title_html", hit.title_html},
                        {"snippet", hit.snippet}};
  for (const char* field : {"kind", "lang", "title", "themes", "countries", "region", "date", "url",
                            "translation_of"}) {
    if (auto it = hit.source.find(field); it != hit.source.end()) out[field] = *it;
  }
  if (!hit.translations.empty()) {
    nlohmann::json translations = nlohmann::json::array();
    for (const Translation& t : hit.translations) {
      translations.push_back({{"id", t.id}, {"lang", t.lang}});
    }
    out["translations"] = std::move(translations);
  }
  return out;
}

}  // namespace

nlohmann::json encode_search_response(const SearchResponse& response) {
  nlohmann::json hits = nlohmann::json::array();
  for (const Hit& hit : response.hits) hits.push_back(encode_hit(hit));
  nlohmann::json facets = nlohmann::json::object();
  for (const auto& [field, values] : response.facets) {
    nlohmann::json list = nlohmann::json::array();
    for (const FacetValue& v : values) {
      list.push_back({{"value", v.value}, {"label", v.label}, {"count", v.count}});
    }
    facets[field] = std::move(list);
  }
  return {{"total", response.total},
          {"page", response.page},
          {"per_page", response.per_page},
          {"took_ms", response.took_ms},
          {"hits", std::move(hits)},
          {"facets", std::move(facets)},
          {"suggestion",
           response.suggestion ? nlohmann::json(*response.suggestion) : nlohmann::json(nullptr)},
          {"phrases_as_words", response.phrases_as_words}};
}

nlohmann::json encode_themes(const std::vector<indexer::Theme>& themes) {
  nlohmann::json list = nlohmann::json::array();
  for (const indexer::Theme& theme : themes) {
    list.push_back({{"id", theme.id}, {"labels", theme.labels}});
  }
  return {{"themes", std::move(list)}};
}

nlohmann::json encode_status(const IndexStatus& status) {
  return {
      {"status", "ok"}, {"documents", status.documents}, {"schema_version", status.schema_version}};
}

nlohmann::json encode_analysis(const Analysis& analysis) {
  nlohmann::json words = nlohmann::json::array();
  nlohmann::json tokens = nlohmann::json::array();
  for (const auto& t : analysis.tokens) {
    if (!t.subword) words.push_back(t.word);
    tokens.push_back({{"word", t.word},
                      {"stem", t.stem},
                      {"start", t.begin},
                      {"end", t.end},
                      {"position", t.position},
                      {"subword", t.subword}});
  }
  return {{"lang", analysis.lang},
          {"detected", analysis.detected},
          {"words", std::move(words)},
          {"terms", analysis.terms},
          {"tokens", std::move(tokens)}};
}

nlohmann::json encode_fields(const std::vector<FieldDescription>& fields) {
  nlohmann::json out = nlohmann::json::array();
  for (const FieldDescription& field : fields) {
    nlohmann::json values = nlohmann::json::array();
    for (const FacetValue& v : field.values)
      values.push_back({{"value", v.value}, {"label", v.label}});
    out.push_back({{"name", field.name},
                   {"facet", true},
                   {"filter", true},
                   {"multi_valued", field.multi_valued},
                   {"values", std::move(values)}});
  }
  return {{"fields", std::move(out)}};
}

nlohmann::json encode_search_hit(const Hit& hit) {
  return encode_hit(hit);
}

}  // namespace concord::search
