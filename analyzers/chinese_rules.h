// The segmenter's corrections to ICU's Chinese words, as passes over a list of pieces.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord::analyzers::zh_rules {

/// The text as code points, so that rules count characters; byte_at maps back to the input.
struct Text {
  std::u32string chars;
  std::vector<std::uint32_t> byte_at;  // one more than chars
};

Text decode(std::string_view utf8);

/// A run of characters [first, last) taken as one word; `parts` are the ICU words it was merged
/// from, which become its subwords. Punctuation is kept as pieces only so that a number can take
/// its percent sign or decimal point.
struct Piece {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  bool punctuation = false;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> parts;

  std::uint32_t size() const { return last - first; }
};

using Pieces = std::vector<Piece>;

std::u32string_view view(const Text& t, const Piece& p);

/// Clause punctuation (，。；：！？、 and their ASCII forms): no rule below joins across it or
/// looks past it, so the rules may run on each clause alone.
bool ends_clause(const Text& t, const Piece& p);

/// Two-character ICU words that are two words by convention become two pieces (一 次, 就 是).
void split_function_words(const Text& t, Pieces& ps);
/// Pieces that together spell a compiled-in word become one, longest match first.
void join_lexicon_words(const Text& t, Pieces& ps);
/// Digits, Chinese numerals, decimal points and units of dates and percentages become one
/// piece (2001年, 12月, 三十一日, 12.5％, 1万亿, 第123).
void join_numbers(const Text& t, Pieces& ps);
/// Given names after a surname (江 泽民) and runs of transliteration characters (克林顿).
void join_names(const Text& t, Pieces& ps);
/// A word and a productive one-character suffix (现代化, 委员会, 检察院).
void join_suffixes(const Text& t, Pieces& ps);

}  // namespace concord::analyzers::zh_rules
