// Stems for one language: Snowball through Xapian, and a light stemmer for Arabic.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace concord::analyzers {

/// Not thread-safe (Xapian::Stem is not): one per Analyzer.
class Stemmer {
 public:
  /// A stemmer for `lang`, or nullptr when the language has none (zh, ja, th, ...).
  static std::unique_ptr<Stemmer> for_language(std::string_view lang);
  virtual ~Stemmer() = default;
  /// The stem of a normalised word (Token::word before teh-marbuta folding).
  virtual std::string stem(const std::string& word) = 0;
};

/// Arabic light stemming: strips the conjunction و, the article and its prepositional forms
/// (ال بال كال فال لل وال) and common suffixes (ها ان ات ون ين يه ه ي). The Snowball Arabic
/// stemmer is inconsistent on plurals and clitics (NOTES.md: البراءات→براء, براءات→راءا).
std::string arabic_light_stem(std::string_view word);

/// Stems a word is indexed and searched under besides Token::stem, each different from it and
/// from one another; empty for most words. One stem per word cannot serve every spelling:
/// - Arabic: the Snowball stem of the light stem (it removes what the light stemmer leaves,
///   such as verb affixes), and the light stem after a single-letter preposition ب ل ك ف
///   (بكاليفورنيا, لكاليفورنيا), which light stemming leaves alone because so many words
///   begin with those letters.
/// - Latin-script languages with a Snowball stemmer (English, French, Spanish, German,
///   Romanian, Turkish, ...): the stem of the word without accents, so that "informacion" finds
///   "información" and "stiinta" finds "ştiinţa" (ñ keeps its tilde: año and ano differ).
/// `word` is a normalised Token::word; `stem` is its Token::stem. Thread-safe.
std::vector<std::string> extra_stems(std::string_view word, std::string_view stem,
                                     std::string_view lang);

/// Letters a stem keeps in its head term (stem_head).
inline constexpr int kStemHeadLetters = 4;

/// The first kStemHeadLetters letters of a stem in an alphabetic script (Latin, Greek,
/// Cyrillic), for a stem of at least that many letters; empty otherwise (digits, Arabic, CJK,
/// Devanagari). Indexed beside the stem, it joins words a suffix stemmer leaves apart
/// (derivations, irregular forms, a second language's spelling: нация, национальный;
/// nación, nacional), as truncation does in McNamee and Mayfield's multilingual retrieval
/// experiments. Arabic builds words from roots with patterns, so its prefixes are not roots.
/// Thread-safe.
std::string stem_head(std::string_view stem);

/// The distinct heads of a token's stem and of its other spellings' stems (extra_stems): the
/// heads the indexer gives the token. Thread-safe.
std::vector<std::string> stem_heads(const std::string& stem,
                                    const std::vector<std::string>& extras);

}  // namespace concord::analyzers
