// Hindi stems: spelling variants folded, then light suffix stripping.
#pragma once

#include <string>
#include <string_view>

namespace concord::analyzers {

/// Folds the spellings Hindi writers use for one word (Larkey, Connell and AbdulJaleel, "Hindi
/// CLIR in Thirty Days", 2003): nukta dropped (ड़ as ड), chandrabindu as anusvara, a dead nasal
/// before a consonant as anusvara (हिन्दी as हिंदी), long ī and ū as short, ZWJ and ZWNJ dropped.
/// `word` is a normalised Token::word; other scripts pass through unchanged.
std::string hindi_normalize(std::string_view word);

/// The Hindi light stem of a word: hindi_normalize, then the longest inflectional suffix of
/// Ramanathan and Rao's list ("A Lightweight Stemmer for Hindi", 2003) stripped when at least
/// two letters remain (लड़कों, लड़के, लड़का → लडक).
std::string hindi_light_stem(std::string_view word);

}  // namespace concord::analyzers
