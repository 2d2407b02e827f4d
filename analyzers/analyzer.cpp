#include "analyzers/analyzer.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>
#include <xapian.h>

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "analyzers/chinese_segmenter.h"
#include "analyzers/language_tag.h"
#include "analyzers/stemmer.h"
#include "analyzers/text_normalizer.h"

namespace concord::analyzers {
namespace {

// Cuts a UTF-8 string to at most `limit` bytes without splitting a character.
void truncate_utf8(std::string& s, std::size_t limit) {
  if (s.size() <= limit) return;
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
}

bool holds_arabic(std::string_view word) {
  for (unsigned char c : word) {
    if (c == 0xD8 || c == 0xD9 || c == 0xDA || c == 0xDB) return true;
  }
  return false;
}

// A word of Latin or Greek letters, accented or not (digits and marks may come with them).
bool is_latin_or_greek_word(std::string_view word) {
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  bool letters = false;
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_FAILURE(status)) return false;
    if (script == USCRIPT_LATIN || script == USCRIPT_GREEK) {
      letters = true;
    } else if (script != USCRIPT_COMMON && script != USCRIPT_INHERITED) {
      return false;
    }
  }
  return letters;
}

// UTF-16 copy of valid UTF-8 text plus, for each UTF-16 index, the byte offset it came from.
struct Utf16Text {
  icu::UnicodeString text;
  std::vector<std::uint32_t> byte_offset;
};

Utf16Text to_utf16(std::string_view utf8) {
  Utf16Text out;
  out.byte_offset.reserve(utf8.size() + 1);
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    const auto start = static_cast<std::uint32_t>(i);
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) c = 0x20;
    out.text.append(c);
    out.byte_offset.push_back(start);
    if (U16_LENGTH(c) == 2) out.byte_offset.push_back(start);
  }
  out.byte_offset.push_back(static_cast<std::uint32_t>(utf8.size()));
  return out;
}

// ICU's words of `text`, leaving out spaces and punctuation.
std::vector<WordSpan> icu_words(icu::BreakIterator& words, std::string_view text) {
  Utf16Text u = to_utf16(text);
  words.setText(u.text);
  std::vector<WordSpan> spans;
  int32_t start = words.first();
  for (int32_t end = words.next(); end != icu::BreakIterator::DONE;
       start = end, end = words.next()) {
    if (words.getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;  // spaces and punctuation
    spans.push_back({u.byte_offset[static_cast<std::size_t>(start)],
                     u.byte_offset[static_cast<std::size_t>(end)], false});
  }
  return spans;
}

}  // namespace

struct Analyzer::Impl {
  std::unique_ptr<icu::BreakIterator> words;
  std::unique_ptr<Stemmer> stemmer;
  // Chinese needs more than ICU's dictionary: see chinese_segmenter.h.
  std::optional<ChineseSegmenter> chinese;
  // Latin-script words in a language without a stemmer are mostly English names and terms
  // (NSFNET, Merits in Chinese text); they get English stems, as Lucene's SmartChinese does.
  // Their stem is that of the word without accents, and so is a Greek word's (English stems
  // leave Greek alone): Vietnamese "Ho Chi Minh" finds "Hồ Chí Minh", and Greek capitals,
  // written without accents, find the lower case that has them, as in Meilisearch and Typesense.
  std::unique_ptr<Stemmer> latin_stemmer;
};

Analyzer::Analyzer(std::string_view lang)
    : lang_(primary_language(lang)), impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale = lang_.empty() ? icu::Locale::getRoot() : icu::Locale(lang_.c_str());
  impl_->words.reset(icu::BreakIterator::createWordInstance(locale, status));
  if (U_FAILURE(status) || !impl_->words) throw std::runtime_error("ICU word breaker unavailable");
  impl_->stemmer = Stemmer::for_language(lang_);
  if (lang_ == "zh") impl_->chinese.emplace();
  if (!impl_->stemmer && !lang_.empty()) impl_->latin_stemmer = Stemmer::for_language("en");
}

Analyzer::~Analyzer() = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

bool Analyzer::has_stemmer() const {
  return impl_->stemmer != nullptr;
}

std::vector<Token> Analyzer::analyze(std::string_view text) const {
  // Folding first lets one dictionary segment Traditional and Simplified text alike; it keeps
  // byte offsets, so tokens point into the caller's text. Japanese keeps its own kanji, whose
  // words ICU's dictionary holds as Japanese writes them (出願 is a word, its folded 出愿 is
  // cut in two); its words are folded afterwards, as every word is (normalize_word).
  const std::string folded = lang_ == "ja" ? well_formed(text) : fold_chinese(text);
  const std::vector<WordSpan> spans =
      impl_->chinese ? impl_->chinese->segment(folded) : icu_words(*impl_->words, folded);

  std::vector<Token> tokens;
  std::uint32_t position = 0;
  for (const WordSpan& span : spans) {
    Token token;
    token.begin = span.begin;
    token.end = span.end;
    token.subword = span.subword;
    token.word = normalize_word(folded.substr(token.begin, token.end - token.begin), lang_);
    if (token.word.empty()) continue;
    truncate_utf8(token.word, kMaxTermBytes);
    if (impl_->stemmer) {
      token.stem = impl_->stemmer->stem(token.word);
      truncate_utf8(token.stem, kMaxTermBytes);
    } else if (impl_->latin_stemmer && is_latin_or_greek_word(token.word)) {
      token.stem = impl_->latin_stemmer->stem(fold_accents(token.word));
      truncate_utf8(token.stem, kMaxTermBytes);
    }
    if (holds_arabic(token.word)) {
      // Teh marbuta is unified after stemming: the light stemmer strips it as a suffix.
      token.word = unify_teh_marbuta(token.word);
      token.stem = unify_teh_marbuta(token.stem);
    }
    // A subword shares the position of its word, so phrases match either.
    token.position = span.subword ? position : ++position;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

}  // namespace concord::analyzers
