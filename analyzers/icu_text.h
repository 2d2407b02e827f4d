// UTF-8 ↔ ICU UnicodeString, for the analyzers' own .cpp files (ICU stays inside this library).
#pragma once

#include <unicode/unistr.h>

#include <string>
#include <string_view>

namespace concord::analyzers {

inline icu::UnicodeString to_unicode(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

inline std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace concord::analyzers
