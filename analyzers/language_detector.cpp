#include "analyzers/language_detector.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdio>  // CLD2's header needs it first.
#include <map>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "analyzers/text_normalizer.h"

namespace CLD2 {
const char* LanguageCode(Language lang);  // Declared in CLD2's internal headers only.
}

namespace concord::analyzers {
namespace {

struct ScriptCounts {
  std::size_t latin = 0, arabic = 0, cyrillic = 0, han = 0, kana = 0, hangul = 0, other = 0;
  std::size_t letters() const { return latin + arabic + cyrillic + han + kana + hangul + other; }
};

ScriptCounts count_scripts(std::string_view text) {
  ScriptCounts counts;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0 || !u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(c, &status)) {
      case USCRIPT_LATIN:
        ++counts.latin;
        break;
      case USCRIPT_ARABIC:
        ++counts.arabic;
        break;
      case USCRIPT_CYRILLIC:
        ++counts.cyrillic;
        break;
      case USCRIPT_HAN:
        ++counts.han;
        break;
      case USCRIPT_HIRAGANA:
      case USCRIPT_KATAKANA:
        ++counts.kana;
        break;
      case USCRIPT_HANGUL:
        ++counts.hangul;
        break;
      default:
        ++counts.other;
        break;
    }
  }
  return counts;
}

// Function words and letters that tell the Latin-script languages apart on short texts, where
// CLD2 alone is unreliable (NOTES.md: 72% on short Spanish titles).
const std::map<std::string, std::array<int, 4>>& latin_cues() {
  // Weights for en, fr, es, pt.
  static const std::map<std::string, std::array<int, 4>> cues = {
      {"the", {3, 0, 0, 0}},  {"and", {3, 0, 0, 0}},    {"of", {2, 0, 0, 0}},
      {"for", {2, 0, 0, 0}},  {"with", {2, 0, 0, 0}},   {"in", {1, 0, 0, 0}},
      {"to", {2, 0, 0, 0}},   {"is", {2, 0, 0, 0}},     {"le", {0, 3, 0, 0}},
      {"la", {0, 1, 1, 0}},   {"les", {0, 3, 0, 0}},    {"des", {0, 3, 0, 0}},
      {"du", {0, 3, 0, 0}},   {"et", {0, 3, 0, 0}},     {"pour", {0, 3, 0, 0}},
      {"dans", {0, 3, 0, 0}}, {"une", {0, 3, 0, 0}},    {"est", {0, 2, 0, 0}},
      {"au", {0, 2, 0, 0}},   {"aux", {0, 3, 0, 0}},    {"sur", {0, 2, 0, 0}},
      {"el", {0, 0, 3, 0}},   {"los", {0, 0, 3, 0}},    {"las", {0, 0, 3, 0}},
      {"del", {0, 0, 3, 0}},  {"y", {0, 0, 3, 0}},      {"para", {0, 0, 2, 2}},
      {"con", {0, 0, 3, 0}},  {"una", {0, 0, 2, 0}},    {"en", {0, 1, 2, 0}},
      {"de", {0, 1, 1, 1}},   {"por", {0, 0, 2, 2}},    {"o", {0, 0, 0, 2}},
      {"os", {0, 0, 0, 3}},   {"as", {0, 0, 0, 2}},     {"do", {0, 0, 0, 3}},
      {"da", {0, 0, 0, 3}},   {"dos", {0, 0, 0, 3}},    {"das", {0, 0, 0, 3}},
      {"e", {0, 0, 0, 3}},    {"em", {0, 0, 0, 3}},     {"com", {0, 0, 0, 3}},
      {"um", {0, 0, 0, 3}},   {"uma", {0, 0, 0, 3}},    {"no", {0, 0, 1, 2}},
      {"na", {0, 0, 0, 3}},   {"ção", {0, 0, 0, 3}},    {"ções", {0, 0, 0, 3}},
      {"ción", {0, 0, 3, 0}}, {"ciones", {0, 0, 3, 0}}, {"tion", {1, 1, 0, 0}},
      {"ñ", {0, 0, 3, 0}},    {"ã", {0, 0, 0, 3}},      {"õ", {0, 0, 0, 3}},
      {"è", {0, 2, 0, 0}},    {"ê", {0, 1, 0, 1}},      {"à", {0, 2, 0, 0}},
      {"œ", {0, 3, 0, 0}},    {"ç", {0, 1, 0, 1}},      {"é", {0, 1, 1, 1}},
      {"í", {0, 0, 1, 1}},    {"ó", {0, 0, 1, 1}},      {"ú", {0, 0, 1, 1}},
      {"á", {0, 0, 1, 1}},    {"â", {0, 1, 0, 1}},      {"ù", {0, 2, 0, 0}},
  };
  return cues;
}

std::string latin_by_cues(std::string_view text) {
  static constexpr std::array<const char*, 4> kLangs = {"en", "fr", "es", "pt"};
  std::array<int, 4> score{};
  const auto& cues = latin_cues();
  auto add = [&](const std::string& key) {
    if (auto it = cues.find(key); it != cues.end()) {
      for (std::size_t i = 0; i < score.size(); ++i) score[i] += it->second[i];
    }
  };
  std::string lower;
  for (unsigned char c : text) lower.push_back(static_cast<char>(std::tolower(c)));
  std::size_t i = 0;
  while (i < lower.size()) {
    std::size_t j = i;
    while (j < lower.size() && (std::isalpha(static_cast<unsigned char>(lower[j])) ||
                                (static_cast<unsigned char>(lower[j]) & 0x80))) {
      ++j;
    }
    if (j > i) {
      const std::string word = lower.substr(i, j - i);
      add(word);
      for (const char* suffix : {"ção", "ções", "ción", "ciones", "tion"}) {
        const std::string_view sv(suffix);
        if (word.size() > sv.size() && word.ends_with(sv)) add(std::string(sv));
      }
      for (const char* letter :
           {"ñ", "ã", "õ", "è", "ê", "à", "œ", "ç", "é", "í", "ó", "ú", "á", "â", "ù"}) {
        if (word.find(letter) != std::string::npos) add(letter);
      }
    }
    i = j + 1;
  }
  const auto best = std::max_element(score.begin(), score.end());
  if (*best <= 0) return {};
  if (std::count(score.begin(), score.end(), *best) > 1) return {};
  return kLangs[static_cast<std::size_t>(best - score.begin())];
}

std::string cld2_guess(std::string_view text, bool* reliable) {
  CLD2::Language language3[3];
  int percent3[3];
  int text_bytes = 0;
  *reliable = false;
  const CLD2::Language top = CLD2::DetectLanguageSummary(
      text.data(), static_cast<int>(text.size()), true, language3, percent3, &text_bytes, reliable);
  if (top == CLD2::UNKNOWN_LANGUAGE) return {};
  return CLD2::LanguageCode(top);
}

}  // namespace

bool is_supported_language(std::string_view lang) {
  static constexpr std::array<std::string_view, 7> kLangs = {"ar", "zh", "en", "fr",
                                                             "ru", "es", "pt"};
  return std::find(kLangs.begin(), kLangs.end(), lang) != kLangs.end();
}

std::string dominant_script(std::string_view text) {
  const ScriptCounts c = count_scripts(fold_chinese(text));
  if (c.letters() == 0) return {};
  if (c.kana > 0 && c.kana * 10 >= c.han + c.kana) return "kana";
  const std::array<std::pair<std::size_t, const char*>, 6> ranked = {{{c.latin, "latin"},
                                                                      {c.arabic, "arabic"},
                                                                      {c.cyrillic, "cyrillic"},
                                                                      {c.han, "han"},
                                                                      {c.hangul, "hangul"},
                                                                      {c.other, "other"}}};
  return std::max_element(ranked.begin(), ranked.end(),
                          [](const auto& a, const auto& b) { return a.first < b.first; })
      ->second;
}

std::string detect_language(std::string_view raw) {
  const std::string text = fold_chinese(raw);  // also replaces ill-formed UTF-8
  const std::string script = dominant_script(text);
  if (script.empty()) return {};
  if (script == "kana") return "ja";
  if (script == "han") return "zh";
  if (script == "hangul") return "ko";
  bool reliable = false;
  const std::string guess = cld2_guess(text, &reliable);
  if (script == "arabic") return reliable && (guess == "fa" || guess == "ur") ? guess : "ar";
  if (script == "cyrillic") {
    return reliable && (guess == "uk" || guess == "bg" || guess == "be" || guess == "sr" ||
                        guess == "mk" || guess == "kk" || guess == "ky" || guess == "mn")
               ? guess
               : "ru";
  }
  if (script != "latin") return reliable ? guess : std::string();
  if (reliable && text.size() >= 40) return guess;
  if (std::string cue = latin_by_cues(text); !cue.empty()) return cue;
  return reliable ? guess : std::string();
}

}  // namespace concord::analyzers
