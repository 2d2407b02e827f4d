#include "indexer/document_builder.h"

#include <algorithm>

#include "analyzers/stemmer.h"
#include "indexer/schema.h"

namespace concord::indexer {
namespace {

// Adds one text field; returns the position after its last word.
Xapian::termpos index_text(Xapian::Document& xdoc, const analyzers::Analyzer& analyzer,
                           std::string_view text, Xapian::termpos base, Xapian::termcount weight) {
  Xapian::termpos last = base;
  for (const analyzers::Token& token : analyzer.analyze(text)) {
    last = base + token.position;
    xdoc.add_posting(token.word, last, weight);
    if (!token.stem.empty()) {
      xdoc.add_term(std::string(schema::kStemPrefix) + token.stem, weight);
    }
    // Other spellings' stems (stemmer.h) share the Z prefix: a query word searches all of its
    // stems as one OP_SYNONYM, so a document matches whichever spelling the query used.
    for (const std::string& extra :
         analyzers::extra_stems(token.word, token.stem, analyzer.lang())) {
      xdoc.add_term(std::string(schema::kStemPrefix) + extra, weight);
    }
  }
  return last;
}

}  // namespace

std::string id_term(std::string_view id) {
  return std::string(schema::kIdPrefix) + std::string(id);
}

std::string filter_term(std::string_view prefix, std::string_view value) {
  std::string term(prefix);
  for (char c : value)
    term.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return term;
}

Xapian::Document build_xapian_document(const Document& doc, analyzers::AnalyzerCache& analyzers) {
  Xapian::Document xdoc;
  const analyzers::Analyzer& analyzer = analyzers.get(doc.lang);
  Xapian::termpos pos = index_text(xdoc, analyzer, doc.title, 0, schema::kTitleWeight);
  pos = index_text(xdoc, analyzer, doc.summary, pos + schema::kFieldGap, schema::kSummaryWeight);
  pos = index_text(xdoc, analyzer, doc.body, pos + schema::kFieldGap, schema::kBodyWeight);
  index_text(xdoc, analyzer, doc.extra_text, pos + schema::kFieldGap, schema::kBodyWeight);

  xdoc.add_boolean_term(id_term(doc.id));
  xdoc.add_value(schema::kIdSlot, doc.id);
  xdoc.add_boolean_term(filter_term(schema::kKindPrefix, doc.kind));
  xdoc.add_value(schema::kKindSlot, doc.kind);
  const std::string lang = doc.lang.empty() ? "und" : doc.lang;
  xdoc.add_boolean_term(filter_term(schema::kLangPrefix, lang));
  xdoc.add_value(schema::kLangSlot, lang);
  xdoc.add_boolean_term(filter_term(schema::kTranslationPrefix,
                                    doc.translation_of.empty() ? doc.id : doc.translation_of));
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
  xdoc.set_data(doc.source.dump());
  return xdoc;
}

}  // namespace concord::indexer
