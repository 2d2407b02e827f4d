// Language tags (BCP 47) → the code that chooses a language's analysis.
#pragma once

#include <string>
#include <string_view>

namespace concord::analyzers {

/// The primary language subtag of a BCP 47 tag or a POSIX locale name, in lower case:
/// "pt-BR" → "pt", "zh-Hant" → "zh", "EN" → "en", "zh_CN.UTF-8" → "zh"; "" stays "". Analysis
/// depends on the language alone: a region's spelling (pt-BR, en-GB) needs no analyzer of its
/// own, and Traditional Chinese is folded to Simplified whatever the tag says.
inline std::string primary_language(std::string_view tag) {
  std::string primary(tag.substr(0, tag.find_first_of("-_.@")));
  for (char& c : primary) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return primary;
}

/// Whether `code` has the shape of a primary language subtag: two or three lower-case letters.
inline bool is_language_code(std::string_view code) {
  if (code.size() < 2 || code.size() > 3) return false;
  for (char c : code) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

}  // namespace concord::analyzers
