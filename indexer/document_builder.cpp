#include "indexer/document_builder.h"

#include <algorithm>

#include "indexer/index_terms.h"
#include "indexer/schema.h"
#include "indexer/suggest_keys.h"

namespace concord::indexer {
namespace {

// Adds one text field; returns the position after its last word.
Xapian::termpos index_text(Xapian::Document& xdoc, const analyzers::Analyzer& analyzer,
                           std::string_view text, Xapian::termpos base, Xapian::termcount weight) {
  Xapian::termpos last = base;
  for (const analyzers::Token& token : analyzer.analyze(text)) {
    last = base + token.position;
    for (const IndexTerm& term : token_terms(token, analyzer.lang())) {
      if (term.positional) {
        xdoc.add_posting(term.term, last, weight);
      } else {
        xdoc.add_term(term.term, weight);
      }
    }
  }
  for (const std::string& term : text_terms(text)) xdoc.add_term(term, weight);
  return last;
}

std::string string_field(const nlohmann::json& source, const char* field) {
  auto it = source.find(field);
  return it != source.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A single-valued enumerated field (org_type, cooperation, match_type): a filter term and a value.
void add_enum(Xapian::Document& xdoc, const nlohmann::json& source, const char* field,
              std::string_view prefix, Xapian::valueno slot) {
  const std::string value = string_field(source, field);
  if (value.empty()) return;
  xdoc.add_boolean_term(filter_term(prefix, value));
  xdoc.add_value(slot, value);
}

// A decision's ip_right and a need's or offer's ip_areas, each right once.
void add_ip_rights(Xapian::Document& xdoc, const nlohmann::json& source) {
  std::vector<std::string> rights;
  if (std::string right = string_field(source, "ip_right"); !right.empty()) rights.push_back(right);
  if (auto it = source.find("ip_areas"); it != source.end() && it->is_array()) {
    for (const auto& area : *it) {
      if (area.is_string()) rights.push_back(area.get<std::string>());
    }
  }
  std::sort(rights.begin(), rights.end());
  rights.erase(std::unique(rights.begin(), rights.end()), rights.end());
  for (std::size_t i = 0; i < rights.size() && i < schema::kMaxIpRights; ++i) {
    xdoc.add_boolean_term(filter_term(schema::kIpRightPrefix, rights[i]));
    xdoc.add_value(schema::kIpRightSlotFirst + static_cast<Xapian::valueno>(i), rights[i]);
  }
}

void add_court(Xapian::Document& xdoc, const nlohmann::json& source,
               const analyzers::Analyzer& analyzer) {
  const std::string court = string_field(source, "court");
  const std::string key = court_key(court);
  if (key.empty()) return;
  xdoc.add_boolean_term(std::string(schema::kCourtPrefix) + key);
  xdoc.add_value(schema::kCourtSlot, key);
  xdoc.add_value(schema::kCourtLabelSlot, court);
  for (const analyzers::Token& token : analyzer.analyze(court)) {
    xdoc.add_posting(std::string(schema::kCourtWordPrefix) + token.word, token.position, 0);
  }
}

}  // namespace

Xapian::Document build_xapian_document(const Document& doc, analyzers::AnalyzerCache& analyzers) {
  Xapian::Document xdoc;
  const analyzers::Analyzer& analyzer = analyzers.get(doc.lang);
  Xapian::termpos pos = index_text(xdoc, analyzer, doc.title, 0, schema::kTitleWeight);
  pos = index_text(xdoc, analyzer, doc.summary, pos + schema::kFieldGap, schema::kSummaryWeight);
  pos = index_text(xdoc, analyzer, doc.body, pos + schema::kFieldGap, schema::kBodyWeight);
  index_text(xdoc, analyzer, doc.extra_text, pos + schema::kFieldGap, schema::kBodyWeight);

  xdoc.add_boolean_term(id_term(doc.id));
  xdoc.add_value(schema::kIdSlot, doc.id);
  xdoc.add_value(schema::kTitleSlot, doc.title);
  add_suggest_terms(xdoc, doc.title, analyzers);
  xdoc.add_boolean_term(filter_term(schema::kKindPrefix, doc.kind));
  xdoc.add_value(schema::kKindSlot, doc.kind);
  const std::string lang = doc.lang.empty() ? "und" : doc.lang;
  xdoc.add_boolean_term(filter_term(schema::kLangPrefix, lang));
  xdoc.add_value(schema::kLangSlot, lang);
  const std::string& group = doc.translation_of.empty() ? doc.id : doc.translation_of;
  xdoc.add_boolean_term(filter_term(schema::kTranslationPrefix, group));
  xdoc.add_value(schema::kGroupSlot, group);
  if (!doc.translation_of.empty()) {
    xdoc.add_boolean_term(std::string(schema::kTranslationMemberTerm));
  }
  if (!doc.region.empty()) {
    xdoc.add_boolean_term(filter_term(schema::kRegionPrefix, doc.region));
    xdoc.add_value(schema::kRegionSlot, doc.region);
  }
  if (!doc.date.empty()) {
    std::string compact = doc.date;
    compact.erase(std::remove(compact.begin(), compact.end(), '-'), compact.end());
    xdoc.add_value(schema::kDateSlot, compact);
    xdoc.add_value(schema::kYearSlot, doc.date.substr(0, 4));
    xdoc.add_boolean_term(std::string(schema::kYearPrefix) + doc.date.substr(0, 4));
  }
  for (std::size_t i = 0; i < doc.themes.size() && i < schema::kMaxThemes; ++i) {
    xdoc.add_boolean_term(filter_term(schema::kThemePrefix, doc.themes[i]));
    xdoc.add_value(schema::kThemeSlotFirst + static_cast<Xapian::valueno>(i), doc.themes[i]);
  }
  for (std::size_t i = 0; i < doc.countries.size() && i < schema::kMaxCountries; ++i) {
    xdoc.add_boolean_term(filter_term(schema::kCountryPrefix, doc.countries[i]));
    xdoc.add_value(schema::kCountrySlotFirst + static_cast<Xapian::valueno>(i), doc.countries[i]);
  }
  add_enum(xdoc, doc.source, "org_type", schema::kOrgTypePrefix, schema::kOrgTypeSlot);
  add_enum(xdoc, doc.source, "cooperation", schema::kCooperationPrefix, schema::kCooperationSlot);
  add_enum(xdoc, doc.source, "match_type", schema::kMatchTypePrefix, schema::kMatchTypeSlot);
  add_ip_rights(xdoc, doc.source);
  add_court(xdoc, doc.source, analyzer);
  xdoc.set_data(doc.source.dump());
  return xdoc;
}

}  // namespace concord::indexer
