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

#include "analyzers/language_cues.h"
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

// Calls `f` with the script of each letter of `text` (valid UTF-8 or not), in order.
template <typename F>
void for_each_letter_script(std::string_view text, F f) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0 || !u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_SUCCESS(status)) f(script);
  }
}

ScriptCounts count_scripts(std::string_view text) {
  ScriptCounts counts;
  for_each_letter_script(text, [&counts](UScriptCode script) {
    switch (script) {
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
  });
  return counts;
}

// Below this, neither the cues nor CLD2 said enough to name a language.
constexpr double kMinLatinScore = 0.15;

// Field values may be whole documents or arbitrary bytes: the first 4 KB say as much about the
// language as the rest, and bound the time spent. The cut backs off to a character boundary.
constexpr std::size_t kMaxBytes = 4096;

std::string_view capped(std::string_view text) {
  if (text.size() <= kMaxBytes) return text;
  std::size_t n = kMaxBytes;
  for (int back = 0; back < 3 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80; ++back) {
    --n;
  }
  return text.substr(0, n);
}

struct Cld2Result {
  std::array<std::string, 3> lang;  // "" where CLD2 had no language
  std::array<int, 3> percent{};
  int text_bytes = 0;
  bool reliable = false;
};

// CLD2's code as an ISO 639 code, or "": CLD2 also names scripts it has no language for
// ("xx-Nkoo"), regional variants ("zh-Hant") and joke languages ("zzp"), none of which may key
// an analyzer or reach the index as a document's language.
std::string iso_code(std::string_view cld2_code) {
  const std::string_view primary = cld2_code.substr(0, cld2_code.find('-'));
  const bool letters =
      std::all_of(primary.begin(), primary.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (!letters || primary.size() < 2 || primary.size() > 3) return {};
  if (primary == "xx" || primary == "un" || primary.starts_with("zz")) return {};
  return std::string(primary);
}

Cld2Result cld2_run(std::string_view text, int flags) {
  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language language3[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE,
                                 CLD2::UNKNOWN_LANGUAGE};
  int percent3[3] = {0, 0, 0};
  double normalized_score3[3];
  Cld2Result r;
  CLD2::ExtDetectLanguageSummary(text.data(), static_cast<int>(text.size()), true, &hints, flags,
                                 language3, percent3, normalized_score3, nullptr, &r.text_bytes,
                                 &r.reliable);
  for (std::size_t i = 0; i < 3; ++i) {
    if (language3[i] == CLD2::UNKNOWN_LANGUAGE || percent3[i] <= 0) continue;
    r.lang[i] = iso_code(CLD2::LanguageCode(language3[i]));
    if (r.lang[i].empty()) continue;
    r.percent[i] = percent3[i];
  }
  return r;
}

// `text` must be valid UTF-8 (fold_chinese's output is).
Cld2Result cld2_detect(std::string_view text) {
  Cld2Result r = cld2_run(text, 0);
  if (!r.lang[0].empty()) return r;
  // On most titles CLD2 answers nothing; its best-effort guess still helps when the cues are
  // silent, but it calls that guess "reliable" even for Spanish read as English, so it is not.
  r = cld2_run(text, CLD2::kCLDFlagBestEffort);
  r.reliable = false;
  return r;
}

// Cue points and CLD2's shares on one scale. Cue points become shares of all cue points, with a
// floor on the total so that one weak cue is not a certainty; CLD2's shares weigh more as the
// text grows, since its statistics need text and the cues do not.
std::string latin_language(std::string_view text, const Cld2Result& cld) {
  const cues::LatinScores points = cues::latin_scores(normalize_word(text, ""));
  int total = 0;
  for (int p : points) total += p;
  std::map<std::string, double, std::less<>> score;
  for (std::size_t i = 0; i < points.size(); ++i) {
    score[std::string(cues::kLatinLangs[i])] =
        static_cast<double>(points[i]) / static_cast<double>(std::max(total, 8));
  }
  const double cld_weight = std::clamp(static_cast<double>(cld.text_bytes) / 150.0, 0.2, 2.0) *
                            (cld.reliable ? 1.0 : 0.5);
  for (std::size_t i = 0; i < 3; ++i) {
    if (!cld.lang[i].empty()) score[cld.lang[i]] += cld_weight * cld.percent[i] / 100.0;
  }
  std::string best;
  double best_score = 0.0, runner_up = 0.0;
  for (const auto& [lang, s] : score) {
    if (s > best_score) {
      runner_up = best_score;
      best_score = s;
      best = lang;
    } else if (s > runner_up) {
      runner_up = s;
    }
  }
  if (best_score < kMinLatinScore || best_score == runner_up) return {};
  return best;
}

std::string arabic_script_language(std::string_view raw, const Cld2Result& cld) {
  const std::string& guess = cld.lang[0];
  // CLD2 knows Pashto, Sindhi, Kurdish, Uyghur...: trust it when it is sure.
  if (cld.reliable && !guess.empty() && guess != "ar" && guess != "fa" && guess != "ur") {
    return guess;
  }
  // Letters decide between Arabic, Persian and Urdu: every Urdu sentence has ے ں ہ or ٹ,
  // every Persian one ی or ک, every Arabic one ي ك ة or ى. A borrowed letter in a name
  // does not outweigh them.
  const cues::ArabicScriptLetters letters = cues::arabic_script_letters(raw);
  if (letters.urdu > 0 && letters.urdu + letters.persian > letters.arabic) return "ur";
  if (letters.persian > letters.arabic) return "fa";
  return "ar";
}

std::string cyrillic_language(std::string_view raw, const Cld2Result& cld) {
  // CLD2 calls short Russian titles Bulgarian "reliably"; other Cyrillic languages have
  // letters Russian lacks, so a guess without them is Russian.
  const std::string& guess = cld.lang[0];
  if (cld.reliable && !guess.empty() && guess != "ru" &&
      cues::has_cyrillic_letters_of(guess, raw)) {
    return guess;
  }
  return "ru";
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

std::string script_language(std::string_view script) {
  if (script == "han") return "zh";
  if (script == "arabic") return "ar";
  if (script == "cyrillic") return "ru";
  if (script == "kana") return "ja";
  if (script == "hangul") return "ko";
  return {};
}

namespace {

// Whether ICU's locale data writes `lang` in `script`.
bool writes_script(std::string_view lang, UScriptCode script) {
  if (lang.empty() || lang.size() > 8) return false;
  UErrorCode status = U_ZERO_ERROR;
  std::array<UScriptCode, 8> codes{};
  const int32_t n = uscript_getCode(std::string(lang).c_str(), codes.data(),
                                    static_cast<int32_t>(codes.size()), &status);
  return U_SUCCESS(status) &&
         std::find(codes.begin(), codes.begin() + n, script) != codes.begin() + n;
}

}  // namespace

bool writes_latin(std::string_view lang) {
  return writes_script(lang, USCRIPT_LATIN);
}

bool writes_script_of(std::string_view lang, std::string_view text) {
  std::map<UScriptCode, std::size_t> letters;
  for_each_letter_script(text, [&letters](UScriptCode script) { ++letters[script]; });
  const auto most =
      std::max_element(letters.begin(), letters.end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; });
  return most != letters.end() && writes_script(lang, most->first);
}

std::string detect_language(std::string_view input) {
  const std::string_view raw = capped(input);
  const std::string text = fold_chinese(raw);  // also replaces ill-formed UTF-8
  const std::string script = dominant_script(text);
  if (script.empty()) return {};
  if (script == "kana" || script == "hangul") return script_language(script);
  if (script == "han") {
    const cues::HanEvidence e = cues::han_evidence(raw, text);
    return e.japanese > e.chinese ? "ja" : "zh";
  }
  const Cld2Result cld = cld2_detect(text);
  if (script == "arabic") return arabic_script_language(raw, cld);
  if (script == "cyrillic") return cyrillic_language(raw, cld);
  if (script == "latin") return latin_language(text, cld);
  return cld.reliable ? cld.lang[0] : std::string();
}

}  // namespace concord::analyzers
