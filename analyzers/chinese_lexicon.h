// The compiled-in Chinese word lists and the character classes that the segmenter's rules use.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace concord::analyzers {

namespace zh_word_lists {
/// analyzers/data/zh_*_words.txt, embedded by CMake; one word a line, `#` starts a comment line.
extern const std::string_view k_domain;
extern const std::string_view k_general;
}  // namespace zh_word_lists

/// Words (Simplified) that must stay whole although ICU's dictionary splits them. Immutable, so
/// one instance is shared by every thread.
class ChineseLexicon {
 public:
  ChineseLexicon();

  bool contains(std::u32string_view word) const { return words_.contains(std::u32string(word)); }
  /// Longest word, in characters: bounds the dictionary lookups at each position.
  std::size_t max_length() const { return max_length_; }
  std::size_t size() const { return words_.size(); }

 private:
  std::unordered_set<std::u32string> words_;
  std::size_t max_length_ = 0;
};

const ChineseLexicon& chinese_lexicon();

/// The words of one embedded list, UTF-8 decoded, comments and blank lines skipped.
std::vector<std::u32string> parse_word_list(std::string_view list);

std::u32string to_u32(std::string_view utf8);

bool is_han(char32_t c);
/// ASCII and full-width digits.
bool is_digit(char32_t c);
/// 〇 ○ 零 一 … 九 十 百 千 万 亿 两.
bool is_chinese_numeral(char32_t c);
/// Characters of common one-character surnames, for splitting a name into surname + given name.
bool is_surname(char32_t c);
/// Characters that mostly spell out foreign names (克林顿, 拉姆斯菲尔德).
bool is_transliteration(char32_t c);
/// Characters that rarely start or end a given name (function words, very common verbs).
bool is_function_char(char32_t c);
/// One-character suffixes that make a new word from a noun or verb (现代化, 委员会, 检察院).
bool is_word_suffix(char32_t c);
/// Two-character ICU words that are two words in the usual (PKU) convention: a numeral and a
/// measure word (一次), an adverb and a verb (就是), a word and a particle (新的, 有了).
bool splits_into_two_words(std::u32string_view word);

}  // namespace concord::analyzers
