#include "analyzers/stemmer.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>
#include <xapian.h>

#include <algorithm>
#include <array>
#include <map>

#include "analyzers/analyzer.h"
#include "analyzers/hindi_stemmer.h"
#include "analyzers/icu_text.h"
#include "analyzers/text_normalizer.h"

namespace concord::analyzers {
namespace {

class SnowballStemmer : public Stemmer {
 public:
  explicit SnowballStemmer(Xapian::Stem stem) : stem_(std::move(stem)) {}
  std::string stem(const std::string& word) override { return stem_(word); }

 private:
  Xapian::Stem stem_;
};

class ArabicStemmer : public Stemmer {
 public:
  std::string stem(const std::string& word) override { return arabic_light_stem(word); }
};

// Xapian 1.4 has no Hindi stemmer.
class HindiStemmer : public Stemmer {
 public:
  std::string stem(const std::string& word) override { return hindi_light_stem(word); }
};

// Cuts to the analyzer's longest term without splitting a character.
std::string truncated(std::string term) {
  std::size_t cut = std::min(term.size(), Analyzer::kMaxTermBytes);
  while (cut > 0 && cut < term.size() && (static_cast<unsigned char>(term[cut]) & 0xC0) == 0x80)
    --cut;
  term.resize(cut);
  return term;
}

// Xapian::Stem is not thread-safe, so each thread keeps its own, one per language.
Xapian::Stem& snowball(const std::string& lang) {
  thread_local std::map<std::string, Xapian::Stem> stems;
  auto it = stems.find(lang);
  if (it == stems.end()) it = stems.emplace(lang, Xapian::Stem(lang)).first;
  return it->second;
}

bool strip_prefix(icu::UnicodeString& word, const char16_t* prefix, int32_t min_left) {
  const icu::UnicodeString p(prefix);
  if (word.length() - p.length() < min_left || !word.startsWith(p)) return false;
  word.remove(0, p.length());
  return true;
}

bool strip_suffix(icu::UnicodeString& word, const char16_t* suffix, int32_t min_left) {
  const icu::UnicodeString s(suffix);
  if (word.length() - s.length() < min_left || !word.endsWith(s)) return false;
  word.truncate(word.length() - s.length());
  return true;
}

}  // namespace

std::string arabic_light_stem(std::string_view utf8) {
  icu::UnicodeString word = to_unicode(utf8);
  word.findAndReplace(icu::UnicodeString(u"\u0629"), icu::UnicodeString(u"\u0647"));  // ة→ه
  strip_prefix(word, u"\u0648", 3);                                                   // و
  static constexpr std::array<const char16_t*, 6> kArticles = {
      u"\u0648\u0627\u0644", u"\u0628\u0627\u0644", u"\u0643\u0627\u0644",
      u"\u0641\u0627\u0644", u"\u0644\u0644",       u"\u0627\u0644"};
  for (const char16_t* article : kArticles) {
    if (strip_prefix(word, article, 2)) break;
  }
  static constexpr std::array<const char16_t*, 8> kSuffixes = {
      u"\u0647\u0627", u"\u0627\u0646", u"\u0627\u062A", u"\u0648\u0646",
      u"\u064A\u0646", u"\u064A\u0647", u"\u0647",       u"\u064A"};
  for (const char16_t* suffix : kSuffixes) {
    strip_suffix(word, suffix, 2);
  }
  return to_utf8(word);
}

namespace {

// The light stem after one single-letter preposition (ب ل ك ف) behind an optional و, when at
// least three letters remain; empty when the word has none.
std::string arabic_preposition_stem(std::string_view utf8) {
  icu::UnicodeString word = to_unicode(utf8);
  strip_prefix(word, u"\u0648", 3);
  if (word.length() < 4) return {};
  const char16_t first = word.charAt(0);
  if (first != u'\u0628' && first != u'\u0644' && first != u'\u0643' && first != u'\u0641')
    return {};
  return arabic_light_stem(to_utf8(word.remove(0, 1)));
}

// The Latin-script languages Xapian 1.4 has a Snowball stemmer for.
bool has_latin_snowball_stemmer(std::string_view lang) {
  static constexpr std::array<std::string_view, 21> kLangs = {
      "ca", "da", "de", "en", "es", "eu", "fi", "fr", "ga", "hu", "id",
      "it", "lt", "nb", "nl", "nn", "no", "pt", "ro", "sv", "tr"};
  return std::find(kLangs.begin(), kLangs.end(), lang) != kLangs.end();
}

}  // namespace

std::vector<std::string> extra_stems(std::string_view word, std::string_view stem,
                                     std::string_view lang) {
  std::vector<std::string> candidates;
  if (lang == "ar") {
    candidates.push_back(snowball("arabic")(arabic_light_stem(word)));
    candidates.push_back(arabic_preposition_stem(word));
  } else if (has_latin_snowball_stemmer(lang)) {
    const std::string bare = fold_accents(word);
    if (bare != word) candidates.push_back(snowball(std::string(lang))(bare));
  }
  std::vector<std::string> out;
  for (std::string& candidate : candidates) {
    if (candidate.empty()) continue;
    candidate = truncated(unify_teh_marbuta(candidate));
    if (candidate != stem && std::find(out.begin(), out.end(), candidate) == out.end())
      out.push_back(std::move(candidate));
  }
  return out;
}

std::string stem_head(std::string_view stem) {
  const auto length = static_cast<int32_t>(stem.size());
  int32_t at = 0;
  for (int letters = 0; letters < kStemHeadLetters; ++letters) {
    if (at >= length) return {};
    UChar32 c = 0;
    U8_NEXT(stem.data(), at, length, c);
    if (c < 0 || !u_isalpha(c)) return {};
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_FAILURE(status) ||
        (script != USCRIPT_LATIN && script != USCRIPT_GREEK && script != USCRIPT_CYRILLIC))
      return {};
  }
  return std::string(stem.substr(0, static_cast<std::size_t>(at)));
}

std::vector<std::string> stem_heads(const std::string& stem,
                                    const std::vector<std::string>& extras) {
  std::vector<std::string> heads;
  auto add = [&heads](std::string head) {
    if (!head.empty() && std::find(heads.begin(), heads.end(), head) == heads.end())
      heads.push_back(std::move(head));
  };
  add(stem_head(stem));
  for (const std::string& extra : extras) add(stem_head(extra));
  return heads;
}

std::unique_ptr<Stemmer> Stemmer::for_language(std::string_view lang) {
  if (lang == "ar") return std::make_unique<ArabicStemmer>();
  if (lang == "hi") return std::make_unique<HindiStemmer>();
  if (lang.empty()) return nullptr;
  try {
    Xapian::Stem stem{std::string(lang)};
    if (stem.is_none()) return nullptr;
    return std::make_unique<SnowballStemmer>(std::move(stem));
  } catch (const Xapian::InvalidArgumentError&) {
    return nullptr;
  }
}

}  // namespace concord::analyzers
