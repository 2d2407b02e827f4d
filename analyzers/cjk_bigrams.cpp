#include "analyzers/cjk_bigrams.h"

#include <unicode/utf8.h>

#include "analyzers/text_normalizer.h"

namespace concord::analyzers {
namespace {

bool is_cjk(UChar32 c) {
  return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3134F) ||               // Han
         (c >= 0x3041 && c <= 0x30FF && c != 0x30FB) ||  // kana, without the middle dot
         (c >= 0xAC00 && c <= 0xD7A3);                   // Hangul syllables
}

}  // namespace

std::vector<std::string> cjk_bigrams(std::string_view text) {
  const std::string folded = fold_chinese(text);
  const auto* s = reinterpret_cast<const uint8_t*>(folded.data());
  const auto length = static_cast<int32_t>(folded.size());
  std::vector<std::string> bigrams;
  int32_t previous = -1;  // byte offset of the CJK character before this one, if any
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0 || !is_cjk(c)) {
      previous = -1;
      continue;
    }
    if (previous >= 0) {
      bigrams.push_back(
          normalize_word(std::string_view(folded).substr(static_cast<std::size_t>(previous),
                                                         static_cast<std::size_t>(i - previous)),
                         "zh"));
    }
    previous = start;
  }
  return bigrams;
}

}  // namespace concord::analyzers
