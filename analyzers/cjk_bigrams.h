// Overlapping character bigrams of CJK text, indexed beside the segmenter's words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace concord::analyzers {

/// The overlapping two-character pairs of every run of Han, kana or Hangul characters in
/// `text` (中国农业银行 → 中国 国农 农业 业银 银行), Traditional folded to Simplified as the
/// analyzer folds words; a one-character run yields nothing. A word segmenter and its
/// dictionary decide where words end, and the query and the document can be cut differently
/// (a longer dictionary word on one side, an unknown name on the other); bigrams match
/// whatever the cut, which is why CJK engines index them beside or instead of words.
/// Thread-safe.
std::vector<std::string> cjk_bigrams(std::string_view text);

}  // namespace concord::analyzers
