// Normalisation of single words: the one place that decides when two spellings are the same.
#pragma once

#include <string>
#include <string_view>

namespace concord::analyzers {

/// NFKC case folding (İ as i), Arabic unification (tatweel, diacritics, alef/yeh/teh-marbuta
/// variants), Romanian ș ț as ş ţ, Traditional→Simplified Chinese folding, for French, Italian and
/// Catalan removal of elided articles (l', d'), and for Turkish and Azerbaijani of suffixes after
/// an apostrophe.
std::string normalize_word(std::string_view word, std::string_view lang);

/// Traditional→Simplified folding of a whole text, code point for code point; the byte offsets
/// of the result are those of the input. Ill-formed UTF-8 bytes become spaces, one for one.
std::string fold_chinese(std::string_view text);

/// `text` with ill-formed UTF-8 bytes replaced by spaces, one for one, and nothing else changed.
std::string well_formed(std::string_view text);

/// `word` without accents (combining marks after NFD), for accent-insensitive matching in Latin
/// scripts; n keeps its tilde, since ñ is a letter of its own (año, ano); the Turkish dotless ı
/// becomes i.
std::string fold_accents(std::string_view word);

/// Unifies Arabic letter variants after stemming, when `word` holds Arabic letters.
std::string unify_teh_marbuta(std::string_view word);

}  // namespace concord::analyzers
