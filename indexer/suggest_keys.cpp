#include "indexer/suggest_keys.h"

#include "analyzers/language_detector.h"
#include "analyzers/text_normalizer.h"
#include "indexer/schema.h"

namespace concord::indexer {

SuggestFolding fold_for_suggest(std::string_view text, analyzers::AnalyzerCache& analyzers) {
  const std::string lang = analyzers::script_language(analyzers::dominant_script(text));
  SuggestFolding out;
  for (const analyzers::Token& token : analyzers.get(lang).analyze(text)) {
    if (token.subword) continue;
    if (!out.text.empty() && lang != "zh") out.text += ' ';
    out.starts.push_back(out.text.size());
    out.text += lang == "zh" ? token.word : analyzers::fold_accents(token.word);
  }
  return out;
}

std::string suggest_term(std::string_view folded_from_start, bool entry_start) {
  std::size_t cut = std::min(folded_from_start.size(), kSuggestKeyBytes);
  // Never split a UTF-8 sequence: back up to the start of the last whole character.
  if (cut < folded_from_start.size()) {
    while (cut > 0 && (static_cast<unsigned char>(folded_from_start[cut]) & 0xC0) == 0x80) --cut;
  }
  std::string term(entry_start ? schema::kSuggestEntryPrefix : schema::kSuggestWordPrefix);
  term.append(folded_from_start.substr(0, cut));
  return term;
}

void add_suggest_terms(Xapian::Document& xdoc, std::string_view title,
                       analyzers::AnalyzerCache& analyzers) {
  const SuggestFolding folded = fold_for_suggest(title, analyzers);
  for (std::size_t start : folded.starts) {
    xdoc.add_boolean_term(suggest_term(std::string_view(folded.text).substr(start), start == 0));
  }
}

}  // namespace concord::indexer
