#include "searchd/results/did_you_mean.h"

#include "analyzers/language_detector.h"

namespace concord::search {

std::optional<std::string> did_you_mean(Searcher& searcher, std::string_view q) {
  const std::string script = analyzers::dominant_script(q);
  if (script == "han" || script == "kana" || script == "hangul") return std::nullopt;
  const std::string lang = analyzers::script_language(script);
  std::string corrected;
  bool changed = false;
  // Words as the index normalised them (case, Unicode forms); spelling data holds the same.
  for (const analyzers::Token& token : searcher.analyzers.get(lang).analyze(q)) {
    if (token.subword) continue;
    std::string word = token.word;
    if (searcher.db.get_termfreq(word) == 0) {
      std::string better = searcher.db.get_spelling_suggestion(word, 2);
      if (!better.empty() && better != word) {
        word = std::move(better);
        changed = true;
      }
    }
    corrected += (corrected.empty() ? "" : " ") + word;
  }
  if (!changed) return std::nullopt;
  return corrected;
}

}  // namespace concord::search
