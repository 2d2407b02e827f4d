// Hand-written evidence that tells apart languages sharing a script, for the texts too short
// for CLD2's statistics: Romance languages and English, Japanese and Chinese Han text, Arabic,
// Persian and Urdu, Russian and the other Cyrillic languages.
#pragma once

#include <array>
#include <string_view>

namespace concord::analyzers::cues {

inline constexpr std::array<std::string_view, 4> kLatinLangs = {"en", "fr", "es", "pt"};
using LatinScores = std::array<int, 4>;  // in the order of kLatinLangs

/// Points per language from function words, word endings and letters. `lower` must be case
/// folded (NFKC_Casefold) valid UTF-8.
LatinScores latin_scores(std::string_view lower);

/// Evidence in Han text: `japanese` counts character forms and words only Japanese writes and
/// `chinese` those only Chinese writes. `raw` is the text as given, `folded` its
/// Traditional→Simplified folding (same code points count), which reveals Traditional forms.
struct HanEvidence {
  int japanese = 0;
  int chinese = 0;
};
HanEvidence han_evidence(std::string_view raw, std::string_view folded);

/// Letters of the Arabic script that only Urdu uses, that Persian and Urdu use instead of the
/// Arabic ones, and that only Arabic uses.
struct ArabicScriptLetters {
  int urdu = 0;
  int persian = 0;
  int arabic = 0;
};
ArabicScriptLetters arabic_script_letters(std::string_view text);

/// Whether a Cyrillic text holds letters (or, for Bulgarian, a use of ъ) that Russian does not
/// have and that `lang` has: a statistical guess of another Cyrillic language needs them.
bool has_cyrillic_letters_of(std::string_view lang, std::string_view text);

}  // namespace concord::analyzers::cues
