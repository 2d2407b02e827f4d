// Language detection for texts that do not say their language.
#pragma once

#include <string>
#include <string_view>

namespace concord::analyzers {

/// The ISO 639-1 code of the text's language, or "" when it cannot be told. Script decides for
/// Arabic, Cyrillic, Han, kana and Hangul; CLD2 decides among Latin-script languages.
std::string detect_language(std::string_view text);

/// Languages with a full analysis pipeline (segmentation rules, stemmer, UI labels).
bool is_supported_language(std::string_view lang);

/// The writing system of the text's letters: "latin", "arabic", "cyrillic", "han", "kana",
/// "hangul", "other", or "" when it holds no letters.
std::string dominant_script(std::string_view text);

}  // namespace concord::analyzers
