#include "analyzers/text_normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "analyzers/icu_text.h"

namespace concord::analyzers {
namespace {

// CJK Unified Ideographs Extension A through the end of the URO: the Han characters that have
// Traditional variants. Both ends are 3-byte UTF-8, so folding never moves byte offsets.
constexpr char32_t kHanFirst = 0x3400;
constexpr char32_t kHanLast = 0x9FFF;

// ICU's Traditional-Simplified transliterator maps one character at a time over this range; we
// run it once over the whole range and keep the table, which is 60× faster than calling the
// transliterator per text and safe to share between threads.
class HanFoldTable {
 public:
  HanFoldTable() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU Traditional-Simplified is unavailable");
    icu::UnicodeString all;
    for (char32_t c = kHanFirst; c <= kHanLast; ++c) all.append(static_cast<UChar32>(c));
    icu::UnicodeString folded(all);
    t->transliterate(folded);
    for (char32_t c = kHanFirst; c <= kHanLast; ++c) table_[c - kHanFirst] = c;
    if (folded.length() != all.length()) return;  // Not one-to-one: keep the identity.
    for (int32_t i = 0; i < folded.length(); ++i) {
      char16_t s = folded.charAt(i);
      if (s >= kHanFirst && s <= kHanLast) table_[i] = s;
    }
    // 著 is also a Simplified character in its own right (著名, 显著); ICU's table maps it to
    // 着 (the Traditional form's verb-suffix use), which would break common words.
    table_[U'著' - kHanFirst] = U'著';
  }
  char32_t fold(char32_t c) const {
    return c >= kHanFirst && c <= kHanLast ? table_[c - kHanFirst] : c;
  }

 private:
  std::array<char32_t, kHanLast - kHanFirst + 1> table_{};
};

const HanFoldTable& han_fold_table() {
  static const HanFoldTable table;
  return table;
}

bool is_arabic_diacritic(UChar32 c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED) ||
         c == 0x0640;  // tatweel
}

UChar32 unify_letter(UChar32 c) {
  switch (c) {
    case 0x0622:  // alef with madda
    case 0x0623:  // alef with hamza above
    case 0x0625:  // alef with hamza below
    case 0x0671:  // alef wasla
      return 0x0627;
    case 0x0649:  // alef maksura
    case 0x06CC:  // Farsi yeh
      return 0x064A;
    case 0x06A9:  // keheh
      return 0x0643;
    case 0x0451:  // ё: Russian writes it as е more often than not
      return 0x0435;
    // Romanian ș and ț are written with a comma below or, in older text and keyboards, with a
    // cedilla; Xapian's Snowball Romanian stems only the cedilla forms (universităţii → univers,
    // universității left as universităț), and Turkish writes ş with a cedilla too.
    case 0x0219:
      return 0x015F;
    case 0x021B:
      return 0x0163;
    default:
      return c;
  }
}

bool has_elision_language(std::string_view lang) {
  return lang == "fr" || lang == "it" || lang == "ca";
}

// Articles, prepositions and conjunctions that elide before a vowel: French l'eau, d'un,
// qu'elle; Italian dell'anno, all'estero, un'altra, quest'anno; Catalan l'any, d'una. ICU
// keeps a word with an inner apostrophe whole, so the article would otherwise stay attached.
void strip_elision(icu::UnicodeString& word) {
  static const std::array<const char16_t*, 27> kElided = {
      u"l",   u"d",     u"j",      u"m",      u"n",      u"s",    u"t",    u"c",    u"v",
      u"qu",  u"jusqu", u"lorsqu", u"puisqu", u"quoiqu", u"dell", u"dall", u"nell", u"sull",
      u"all", u"coll",  u"un",     u"quest",  u"quell",  u"gl",   u"degl", u"dagl", u"negl"};
  int32_t apostrophe = word.indexOf(u'\'');
  if (apostrophe < 0) apostrophe = word.indexOf(static_cast<char16_t>(0x2019));
  if (apostrophe <= 0 || apostrophe + 1 >= word.length()) return;
  icu::UnicodeString head(word, 0, apostrophe);
  for (const char16_t* e : kElided) {
    if (head == icu::UnicodeString(e)) {
      word.remove(0, apostrophe + 1);
      return;
    }
  }
}

// Turkish and Azerbaijani write a proper noun's suffixes after an apostrophe (İstanbul'daki,
// Ankara'ya): the noun is the word, as in Lucene's Turkish analyzer.
void strip_suffix_after_apostrophe(icu::UnicodeString& word) {
  int32_t apostrophe = word.indexOf(u'\'');
  const int32_t typographic = word.indexOf(static_cast<char16_t>(0x2019));
  if (apostrophe < 0 || (typographic >= 0 && typographic < apostrophe)) apostrophe = typographic;
  if (apostrophe > 0) word.truncate(apostrophe);
}

}  // namespace

namespace {

// Ill-formed bytes become spaces, one for one, and Han characters are folded when asked: either
// way every byte offset of the text stays put.
std::string rewritten(std::string_view text, bool fold_han) {
  const HanFoldTable& table = han_fold_table();
  std::string out;
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      out.append(static_cast<std::size_t>(i - start), ' ');
      continue;
    }
    if (fold_han && c >= static_cast<UChar32>(kHanFirst) && c <= static_cast<UChar32>(kHanLast)) {
      const auto folded = static_cast<UChar32>(table.fold(static_cast<char32_t>(c)));
      uint8_t buffer[4];
      int32_t n = 0;
      U8_APPEND_UNSAFE(buffer, n, folded);
      out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(n));
    } else {
      out.append(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    }
  }
  return out;
}

}  // namespace

std::string fold_chinese(std::string_view text) {
  return rewritten(text, true);
}

std::string well_formed(std::string_view text) {
  return rewritten(text, false);
}

std::string normalize_word(std::string_view word, std::string_view lang) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFKC_Casefold is unavailable");
  icu::UnicodeString normalized = nfkc_cf->normalize(to_unicode(word), status);
  if (U_FAILURE(status)) return {};

  const HanFoldTable& table = han_fold_table();
  icu::UnicodeString out;
  for (int32_t i = 0; i < normalized.length();) {
    UChar32 c = normalized.char32At(i);
    i += U16_LENGTH(c);
    if (is_arabic_diacritic(c)) continue;
    // Case folding spells the Turkish İ as i with a dot above: an i has its dot already, and
    // "istanbul" must find "İstanbul".
    if (c == 0x0307 && out.length() > 0 && out.charAt(out.length() - 1) == u'i') continue;
    c = unify_letter(c);
    out.append(static_cast<UChar32>(table.fold(static_cast<char32_t>(c))));
  }
  if (has_elision_language(lang)) strip_elision(out);
  if (lang == "tr" || lang == "az") strip_suffix_after_apostrophe(out);
  return to_utf8(out);
}

std::string fold_accents(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFD/NFC is unavailable");
  const icu::UnicodeString decomposed = nfd->normalize(to_unicode(word), status);
  if (U_FAILURE(status)) return std::string(word);
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    const bool tilde_on_n =
        c == 0x0303 && bare.length() > 0 &&
        (bare.charAt(bare.length() - 1) == u'n' || bare.charAt(bare.length() - 1) == u'N');
    if (u_charType(c) == U_NON_SPACING_MARK && !tilde_on_n) continue;
    // The Turkish dotless ı has no mark to drop, yet it is what writers without a Turkish
    // keyboard, and case folding of a capital I, spell as i (kapı, kapi, KAPI).
    bare.append(c == 0x0131 ? UChar32{'i'} : c);
  }
  std::string out;
  nfc->normalize(bare, status).toUTF8String(out);
  return U_FAILURE(status) ? std::string(word) : out;
}

std::string unify_teh_marbuta(std::string_view word) {
  // U+0629 teh marbuta → U+0647 heh: both are two bytes in UTF-8 (D8 A9 → D9 87).
  std::string out(word);
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    if (static_cast<unsigned char>(out[i]) == 0xD8 &&
        static_cast<unsigned char>(out[i + 1]) == 0xA9) {
      out[i] = static_cast<char>(0xD9);
      out[i + 1] = static_cast<char>(0x87);
      ++i;
    }
  }
  return out;
}

}  // namespace concord::analyzers
