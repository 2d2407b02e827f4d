// Chinese word segmentation: ICU's dictionary segmentation corrected by rules and word lists.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace concord::analyzers {

/// A word of a text as byte offsets [begin, end). A subword is a shorter word inside the word
/// before it in the list (农业 in 中国农业发展银行), so that a query for the part finds the whole.
struct WordSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool subword = false;
};

/// Segments Simplified Chinese text (fold Traditional first) into words in the PKU convention:
/// numbers with their date and percent units are one word (2001年, 12.5％), surnames stand apart
/// from given names, compounds with productive suffixes and the compiled-in domain and general
/// word lists stay whole, and a numeral stands apart from its measure word (一 次). Words of
/// three or more characters are followed by their subwords. Not thread-safe: one per thread.
class ChineseSegmenter {
 public:
  ChineseSegmenter();
  ~ChineseSegmenter();
  ChineseSegmenter(ChineseSegmenter&&) noexcept;
  ChineseSegmenter& operator=(ChineseSegmenter&&) noexcept;

  /// Words of `text` in order, each followed by its subwords. Spaces and punctuation are not
  /// words, except the percent signs and decimal points that belong to a number.
  std::vector<WordSpan> segment(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace concord::analyzers
