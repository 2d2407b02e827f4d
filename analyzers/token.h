// A word found in a text: its index term, its stem and where it stands in the original bytes.
#pragma once

#include <cstdint>
#include <string>

namespace concord::analyzers {

struct Token {
  /// Normalised surface form (NFKC case-folded, Chinese folded to Simplified, Arabic unified).
  std::string word;
  /// Snowball stem of `word`; empty when the language has no stemmer.
  std::string stem;
  /// Byte offsets of the word in the analysed text, [begin, end).
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  /// Word position, counting from 1, for phrase matching.
  std::uint32_t position = 0;
  /// A shorter word inside a longer one (农业 in 中国农业发展银行), at the longer word's position
  /// and offsets within it, indexed so that a query for the part finds the whole.
  bool subword = false;
};

}  // namespace concord::analyzers
