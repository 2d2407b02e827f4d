#include "analyzers/hindi_stemmer.h"

#include <array>
#include <vector>

#include "analyzers/icu_text.h"

namespace concord::analyzers {
namespace {

constexpr char16_t kNukta = 0x093C;
constexpr char16_t kVirama = 0x094D;
constexpr char16_t kAnusvara = 0x0902;

bool is_consonant(char16_t c) {
  return c >= 0x0915 && c <= 0x0939;
}

bool is_nasal_consonant(char16_t c) {
  return c == 0x0919 || c == 0x091E || c == 0x0923 || c == 0x0928 || c == 0x092E;  // ङ ञ ण न म
}

// The letter without its nukta, for the letters Unicode also encodes precomposed.
char16_t without_nukta(char16_t c) {
  switch (c) {
    case 0x0929:
      return 0x0928;  // ऩ
    case 0x0931:
      return 0x0930;  // ऱ
    case 0x0934:
      return 0x0933;  // ऴ
    case 0x0958:
      return 0x0915;  // क़
    case 0x0959:
      return 0x0916;  // ख़
    case 0x095A:
      return 0x0917;  // ग़
    case 0x095B:
      return 0x091C;  // ज़
    case 0x095C:
      return 0x0921;  // ड़
    case 0x095D:
      return 0x0922;  // ढ़
    case 0x095E:
      return 0x092B;  // फ़
    case 0x095F:
      return 0x092F;  // य़
    default:
      return c;
  }
}

// Long vowels that writers and transliterators swap for short ones.
char16_t shortened(char16_t c) {
  switch (c) {
    case 0x0908:
      return 0x0907;  // ई → इ
    case 0x090A:
      return 0x0909;  // ऊ → उ
    case 0x0940:
      return 0x093F;  // ी → ि
    case 0x0942:
      return 0x0941;  // ू → ु
    case 0x0901:
      return kAnusvara;  // chandrabindu
    default:
      return c;
  }
}

icu::UnicodeString normalized(const icu::UnicodeString& word) {
  icu::UnicodeString out;
  for (int32_t i = 0; i < word.length(); ++i) {
    const char16_t c = word.charAt(i);
    if (c == kNukta || c == 0x200C || c == 0x200D) continue;
    if (is_nasal_consonant(c) && i + 2 < word.length() && word.charAt(i + 1) == kVirama &&
        is_consonant(without_nukta(word.charAt(i + 2)))) {
      out.append(kAnusvara);
      ++i;  // the virama
      continue;
    }
    out.append(shortened(without_nukta(c)));
  }
  return out;
}

// Ramanathan and Rao's suffixes, by length in letters (index 0: one letter), normalised like
// the words they are stripped from.
const std::array<std::vector<icu::UnicodeString>, 5>& suffixes() {
  static const auto lists = [] {
    const std::array<std::vector<const char16_t*>, 5> written = {{
        {u"ो", u"े", u"ू", u"ु", u"ी", u"ि", u"ा"},
        {u"कर", u"ाओ", u"िए", u"ाई", u"ाए", u"ने", u"नी", u"ना", u"ते", u"ीं", u"ती", u"ता", u"ाँ",
         u"ां", u"ों", u"ें"},
        {u"ाकर", u"ाइए", u"ाईं", u"ाया", u"ेगी", u"ेगा", u"ोगी", u"ोगे", u"ाने", u"ाना", u"ाते", u"ाती",
         u"ाता", u"तीं", u"ाओं", u"ाएं", u"ुओं", u"ुएं", u"ुआं"},
        {u"ाएगी", u"ाएगा", u"ाओगी", u"ाओगे", u"एंगी", u"ेंगी", u"एंगे", u"ेंगे", u"ूंगी", u"ूंगा", u"ातीं",
         u"नाओं", u"नाएं", u"ताओं", u"ताएं", u"ियाँ", u"ियों", u"ियां"},
        {u"ाएंगी", u"ाएंगे", u"ाऊंगी", u"ाऊंगा", u"ाइयाँ", u"ाइयों", u"ाइयां"},
    }};
    std::array<std::vector<icu::UnicodeString>, 5> out;
    for (std::size_t n = 0; n < written.size(); ++n) {
      for (const char16_t* suffix : written[n]) out[n].push_back(normalized(suffix));
    }
    return out;
  }();
  return lists;
}

}  // namespace

std::string hindi_normalize(std::string_view word) {
  return to_utf8(normalized(to_unicode(word)));
}

std::string hindi_light_stem(std::string_view word) {
  icu::UnicodeString w = normalized(to_unicode(word));
  const auto& lists = suffixes();
  for (std::size_t n = lists.size(); n-- > 0;) {
    for (const icu::UnicodeString& suffix : lists[n]) {
      if (w.length() >= suffix.length() + 2 && w.endsWith(suffix)) {
        w.truncate(w.length() - suffix.length());
        return to_utf8(w);
      }
    }
  }
  return to_utf8(w);
}

}  // namespace concord::analyzers
