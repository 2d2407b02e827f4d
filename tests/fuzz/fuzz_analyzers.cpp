// The analyzers on arbitrary bytes, invalid UTF-8 included: the first byte picks the language,
// the rest is the text. Every token must point inside the text and be no longer than the index
// accepts.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <string>

#include "analyzers/analyzer_cache.h"
#include "analyzers/chinese_segmenter.h"
#include "analyzers/hindi_stemmer.h"
#include "analyzers/language_detector.h"
#include "analyzers/stemmer.h"
#include "analyzers/text_normalizer.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

using concord::fuzz::require;
namespace a = concord::analyzers;

// The seven languages, four with rules of their own beyond them, no language, and one no
// analyzer knows.
constexpr std::array<std::string_view, 13> kLangs = {"ar", "zh", "en", "fr", "ru", "es", "pt",
                                                     "hi", "ro", "it", "ja", "",   "xx"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view lang = kLangs[data[0] % kLangs.size()];
  const std::string_view text = concord::fuzz::as_text(data + 1, size - 1);

  a::normalize_word(text, lang);
  a::fold_chinese(text);
  a::well_formed(text);
  a::fold_accents(text);
  a::unify_teh_marbuta(text);
  a::arabic_light_stem(text);
  a::hindi_light_stem(text);
  a::dominant_script(text);
  const std::string detected = a::detect_language(text);
  require(detected.empty() || (detected.size() >= 2 && detected.size() <= 3 &&
                               std::all_of(detected.begin(), detected.end(), ::islower)),
          "the detector answers an ISO 639 code or nothing");
  a::is_supported_language(detected);

  static const a::ChineseSegmenter segmenter;
  for (const a::WordSpan& span : segmenter.segment(text)) {
    require(span.begin <= span.end && span.end <= text.size(), "a word span lies in the text");
  }

  if (auto stemmer = a::Stemmer::for_language(lang)) {
    const std::string stem = stemmer->stem(std::string(text));
    a::extra_stems(text, stem, lang);
  }

  static a::AnalyzerCache analyzers;
  if (lang != "xx") {
    for (const a::Token& token : analyzers.get(lang).analyze(text)) {
      require(token.begin <= token.end && token.end <= text.size(), "a token lies in the text");
      require(token.word.size() <= a::Analyzer::kMaxTermBytes, "a token's word fits a term");
    }
  }
  return 0;
}
