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

// Function words, endings and letters that tell the Latin-script languages apart on short
// texts, where CLD2 alone is unreliable (NOTES.md: 72% on short Spanish titles).
using CueWeights = std::array<int, 4>;  // en, fr, es, pt
constexpr std::array<const char*, 4> kCueLangs = {"en", "fr", "es", "pt"};

const std::map<std::string, CueWeights, std::less<>>& word_cues() {
  static const std::map<std::string, CueWeights, std::less<>> cues = {
      {"the", {3, 0, 0, 0}},  {"and", {3, 0, 0, 0}},   {"of", {2, 0, 0, 0}},
      {"for", {2, 0, 0, 0}},  {"with", {2, 0, 0, 0}},  {"in", {1, 0, 0, 0}},
      {"to", {2, 0, 0, 0}},   {"is", {2, 0, 0, 0}},    {"from", {2, 0, 0, 0}},
      {"by", {2, 0, 0, 0}},   {"on", {2, 0, 0, 0}},    {"its", {2, 0, 0, 0}},
      {"le", {0, 3, 0, 0}},   {"les", {0, 3, 0, 0}},   {"des", {0, 3, 0, 0}},
      {"du", {0, 3, 0, 0}},   {"et", {0, 3, 0, 0}},    {"pour", {0, 3, 0, 0}},
      {"dans", {0, 3, 0, 0}}, {"une", {0, 3, 0, 0}},   {"est", {0, 2, 0, 0}},
      {"au", {0, 2, 0, 0}},   {"aux", {0, 3, 0, 0}},   {"sur", {0, 2, 0, 0}},
      {"avec", {0, 3, 0, 0}}, {"par", {0, 2, 0, 0}},   {"ses", {0, 2, 0, 0}},
      {"leur", {0, 3, 0, 0}}, {"leurs", {0, 3, 0, 0}}, {"cette", {0, 3, 0, 0}},
      {"qui", {0, 2, 0, 0}},  {"la", {0, 1, 1, 0}},    {"el", {0, 0, 3, 0}},
      {"los", {0, 0, 3, 0}},  {"las", {0, 0, 3, 0}},   {"del", {0, 0, 3, 0}},
      {"y", {0, 0, 3, 0}},    {"con", {0, 0, 3, 0}},   {"una", {0, 0, 2, 0}},
      {"al", {0, 0, 2, 0}},   {"su", {0, 0, 2, 0}},    {"sus", {0, 0, 3, 0}},
      {"más", {0, 0, 3, 0}},  {"en", {0, 1, 2, 0}},    {"para", {0, 0, 2, 2}},
      {"por", {0, 0, 2, 2}},  {"de", {0, 1, 1, 1}},    {"o", {0, 0, 0, 2}},
      {"os", {0, 0, 0, 3}},   {"as", {0, 0, 0, 2}},    {"do", {0, 0, 0, 3}},
      {"da", {0, 0, 0, 3}},   {"dos", {0, 0, 0, 3}},   {"das", {0, 0, 0, 3}},
      {"e", {0, 0, 0, 3}},    {"em", {0, 0, 0, 3}},    {"com", {0, 0, 0, 3}},
      {"um", {0, 0, 0, 3}},   {"uma", {0, 0, 0, 3}},   {"no", {0, 0, 1, 2}},
      {"na", {0, 0, 0, 3}},   {"nas", {0, 0, 0, 3}},   {"nos", {0, 0, 1, 2}},
      {"pela", {0, 0, 0, 3}}, {"pelo", {0, 0, 0, 3}},  {"ao", {0, 0, 0, 3}},
      {"aos", {0, 0, 0, 3}},  {"não", {0, 0, 0, 3}},   {"à", {0, 2, 0, 1}},
  };
  return cues;
}

struct EndingCue {
  std::string_view ending;
  CueWeights weights;
};
constexpr std::array<EndingCue, 16> kEndingCues = {{
    {"ção", {0, 0, 0, 3}},
    {"ções", {0, 0, 0, 3}},
    {"ão", {0, 0, 0, 2}},
    {"dade", {0, 0, 0, 2}},
    {"ência", {0, 0, 0, 2}},
    {"ción", {0, 0, 3, 0}},
    {"ciones", {0, 0, 3, 0}},
    {"dad", {0, 0, 2, 0}},
    {"encia", {0, 0, 2, 0}},
    {"ía", {0, 0, 1, 1}},
    {"ité", {0, 2, 0, 0}},
    {"eur", {0, 1, 0, 0}},
    {"eux", {0, 2, 0, 0}},
    {"ing", {2, 0, 0, 0}},
    {"ness", {2, 0, 0, 0}},
    {"tion", {1, 1, 0, 0}},
}};

struct LetterCue {
  std::string_view letter;
  CueWeights weights;
};
constexpr std::array<LetterCue, 15> kLetterCues = {{
    {"ñ", {0, 0, 3, 0}},
    {"ã", {0, 0, 0, 3}},
    {"õ", {0, 0, 0, 3}},
    {"è", {0, 2, 0, 0}},
    {"ê", {0, 1, 0, 1}},
    {"à", {0, 2, 0, 0}},
    {"œ", {0, 3, 0, 0}},
    {"ç", {0, 1, 0, 1}},
    {"é", {0, 1, 1, 1}},
    {"í", {0, 0, 1, 1}},
    {"ó", {0, 0, 1, 1}},
    {"ú", {0, 0, 1, 1}},
    {"á", {0, 0, 1, 1}},
    {"â", {0, 1, 0, 1}},
    {"ù", {0, 2, 0, 0}},
}};

struct CueVerdict {
  std::string lang;  // "" on a tie or no cue
  int margin = 0;    // best score minus the runner-up
};

CueVerdict latin_by_cues(std::string_view text) {
  CueWeights score{};
  auto add = [&](const CueWeights& w) {
    for (std::size_t i = 0; i < score.size(); ++i) score[i] += w[i];
  };
  const std::string lower = normalize_word(text, "");  // case folding, whole text at once
  std::size_t i = 0;
  while (i < lower.size()) {
    std::size_t j = i;
    while (j < lower.size() && (std::isalpha(static_cast<unsigned char>(lower[j])) ||
                                (static_cast<unsigned char>(lower[j]) & 0x80))) {
      ++j;
    }
    const std::string_view word(lower.data() + i, j - i);
    if (!word.empty()) {
      if (auto it = word_cues().find(word); it != word_cues().end()) add(it->second);
      for (const EndingCue& cue : kEndingCues) {
        if (word.size() > cue.ending.size() + 1 && word.ends_with(cue.ending)) add(cue.weights);
      }
      for (const LetterCue& cue : kLetterCues) {
        if (word.find(cue.letter) != std::string_view::npos) add(cue.weights);
      }
    }
    i = j + 1;
  }
  std::array<std::size_t, 4> order = {0, 1, 2, 3};
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });
  CueVerdict verdict;
  verdict.margin = score[order[0]] - score[order[1]];
  if (score[order[0]] > 0 && verdict.margin > 0) verdict.lang = kCueLangs[order[0]];
  return verdict;
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
  // Clear cues win: CLD2 calls short Spanish or Portuguese titles "reliably" English or
  // Catalan. Without clear cues, a reliable CLD2 verdict is kept (it knows ~80 languages).
  const CueVerdict cues = latin_by_cues(text);
  if (cues.margin >= 2) return cues.lang;
  if (reliable) return guess;
  return cues.lang;
}

}  // namespace concord::analyzers
