// Language detection for texts that do not say their language.
#pragma once

#include <string>
#include <string_view>

namespace concord::analyzers {

/// The ISO 639-1 code of the text's language, or "" when it cannot be told. Script decides
/// first; within a script, hand-written cues decide where CLD2 is weak on short texts: Japanese
/// against Chinese Han text, Persian and Urdu against Arabic, Russian against the other Cyrillic
/// languages, and English, French, Spanish and Portuguese (cue scores combined with CLD2's).
/// Any bytes are accepted; only the first 4 KB are read.
std::string detect_language(std::string_view text);

/// Languages with a full analysis pipeline (segmentation rules, stemmer, UI labels).
bool is_supported_language(std::string_view lang);

/// The writing system of the text's letters: "latin", "arabic", "cyrillic", "han", "kana",
/// "hangul", "other", or "" when it holds no letters.
std::string dominant_script(std::string_view text);

/// The language a text whose dominant_script() is `script` is analysed as when nothing else
/// says: "zh" for han, "ar" for arabic, "ru" for cyrillic, "ja" for kana, "ko" for hangul; ""
/// for Latin and other scripts, where the script alone does not tell the language.
std::string script_language(std::string_view script);

/// Whether the language `lang` (an ISO 639 code) is written in Latin letters, by ICU's locale
/// data: "de", "vi", "tr" are; "el", "ja", "ru" are not.
bool writes_latin(std::string_view lang);

/// Whether `lang` is written, by ICU's locale data, in the script most of `text`'s letters are
/// in: "hi" for Devanagari text, "el" for Greek, "th" for Thai.
bool writes_script_of(std::string_view lang, std::string_view text);

}  // namespace concord::analyzers
