#include "analyzers/chinese_rules.h"

#include <algorithm>

#include "analyzers/chinese_lexicon.h"

namespace concord::analyzers::zh_rules {
namespace {

bool adjacent(const Pieces& ps, std::size_t i) {
  return i + 1 < ps.size() && ps[i].last == ps[i + 1].first;
}

bool all_han(std::u32string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), is_han);
}

bool single_han(const Text& t, const Piece& p) {
  return p.size() == 1 && !p.punctuation && is_han(t.chars[p.first]);
}

// Replaces pieces [from, to) by one piece, remembering the originals as parts.
void merge(Pieces& ps, std::size_t from, std::size_t to) {
  if (to <= from + 1) return;
  Piece merged{ps[from].first, ps[to - 1].last, false, {}};
  for (std::size_t k = from; k < to; ++k) {
    if (ps[k].parts.empty()) {
      merged.parts.emplace_back(ps[k].first, ps[k].last);
    } else {
      merged.parts.insert(merged.parts.end(), ps[k].parts.begin(), ps[k].parts.end());
    }
  }
  ps[from] = std::move(merged);
  ps.erase(ps.begin() + static_cast<std::ptrdiff_t>(from) + 1,
           ps.begin() + static_cast<std::ptrdiff_t>(to));
}

bool is_decimal_mark(char32_t c) {
  return c == '.' || c == U'．' || c == U'·';
}

bool is_minus(std::u32string_view s) {
  return s == U"-" || s == U"－" || s == U"−";
}

bool is_alnum(char32_t c) {
  return is_digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

bool is_numeric(std::u32string_view s) {
  if (s.empty() || is_decimal_mark(s.front()) || is_decimal_mark(s.back())) return false;
  return std::all_of(s.begin(), s.end(), [](char32_t c) {
    return is_digit(c) || is_chinese_numeral(c) || is_decimal_mark(c);
  });
}

// The value of a small number written in digits or in Chinese (12, 十二, 三十一); -1 otherwise.
int small_value(std::u32string_view s) {
  static constexpr std::u32string_view kDigits = U"〇一二三四五六七八九";
  auto digit = [](char32_t c) {
    if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
    if (c >= 0xFF10 && c <= 0xFF19) return static_cast<int>(c - 0xFF10);
    const std::size_t k = kDigits.find(c);
    return k == std::u32string_view::npos ? -1 : static_cast<int>(k);
  };
  const std::size_t ten = s.find(U'十');
  if (ten == std::u32string_view::npos) {
    if (s.empty() || s.size() > 2) return -1;
    int v = 0;
    for (char32_t c : s) {
      if (digit(c) < 0) return -1;
      v = v * 10 + digit(c);
    }
    return v;
  }
  const int tens = ten == 0 ? 1 : (ten == 1 ? digit(s[0]) : -1);
  const int units = ten + 1 == s.size() ? 0 : (ten + 2 == s.size() ? digit(s[ten + 1]) : -1);
  return tens < 0 || units < 0 ? -1 : tens * 10 + units;
}

// A year written digit by digit: 2001, 二〇〇一, 一九九八.
bool is_year(std::u32string_view s) {
  return s.size() == 4 && std::none_of(s.begin(), s.end(), [](char32_t c) {
           return std::u32string_view(U"十百千万亿两.．·").find(c) != std::u32string_view::npos;
         });
}

bool takes_unit(std::u32string_view number, std::u32string_view unit) {
  if (unit == U"%" || unit == U"％" || unit == U"‰") return true;
  if (unit == U"年") return is_year(number);
  const int v = small_value(number);
  if (unit == U"月" || unit == U"月份") return v >= 1 && v <= 12;
  if (unit == U"日" || unit == U"号") return v >= 1 && v <= 31;
  if (unit == U"时" || unit == U"分" || unit == U"秒") return v >= 0 && v < 60;
  return false;
}

}  // namespace

bool ends_clause(const Text& t, const Piece& p) {
  if (!p.punctuation || p.size() != 1) return false;
  static constexpr std::u32string_view kMarks = U"，。；：！？、,;:!?";
  return kMarks.find(t.chars[p.first]) != std::u32string_view::npos;
}

Text decode(std::string_view utf8) {
  Text t;
  t.chars.reserve(utf8.size());
  t.byte_at.reserve(utf8.size() + 1);
  for (std::uint32_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    std::uint32_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    n = std::min<std::uint32_t>(n, static_cast<std::uint32_t>(utf8.size()) - i);
    t.chars += to_u32(utf8.substr(i, n));
    t.byte_at.push_back(i);
    i += n;
  }
  t.byte_at.push_back(static_cast<std::uint32_t>(utf8.size()));
  return t;
}

std::u32string_view view(const Text& t, const Piece& p) {
  return std::u32string_view(t.chars).substr(p.first, p.size());
}

void split_function_words(const Text& t, Pieces& ps) {
  for (std::size_t i = 0; i < ps.size(); ++i) {
    if (ps[i].punctuation || !splits_into_two_words(view(t, ps[i]))) continue;
    const Piece second{ps[i].first + 1, ps[i].last, false, {}};
    ps[i].last = ps[i].first + 1;
    ps.insert(ps.begin() + static_cast<std::ptrdiff_t>(i) + 1, second);
    ++i;
  }
}

// A word must start and end where pieces do, so the lexicon only ever removes ICU boundaries.
void join_lexicon_words(const Text& t, Pieces& ps) {
  const ChineseLexicon& lexicon = chinese_lexicon();
  for (std::size_t i = 0; i < ps.size(); ++i) {
    if (ps[i].punctuation) continue;
    std::size_t best = i;
    for (std::size_t j = i; adjacent(ps, j) && !ps[j + 1].punctuation &&
                            ps[j + 1].last - ps[i].first <= lexicon.max_length();) {
      ++j;
      const std::u32string_view span =
          std::u32string_view(t.chars).substr(ps[i].first, ps[j].last - ps[i].first);
      if (lexicon.contains(span)) best = j;
    }
    merge(ps, i, best + 1);
  }
}

void join_numbers(const Text& t, Pieces& ps) {
  for (std::size_t i = 0; i < ps.size(); ++i) {
    if (!is_numeric(view(t, ps[i]))) continue;
    std::size_t j = i + 1;
    while (adjacent(ps, j - 1)) {
      if (is_numeric(view(t, ps[j]))) {
        ++j;
      } else if (ps[j].size() == 1 && is_decimal_mark(t.chars[ps[j].first]) &&
                 is_digit(t.chars[ps[j].first - 1]) && adjacent(ps, j) &&
                 is_numeric(view(t, ps[j + 1])) && is_digit(t.chars[ps[j + 1].first])) {
        j += 2;
      } else {
        break;
      }
    }
    if (adjacent(ps, j - 1)) {
      // ICU may glue the last digit to the unit (三十 一日): take the unit with that digit.
      const std::u32string_view next = view(t, ps[j]);
      std::size_t k = 0;
      while (k + 1 < next.size() && is_chinese_numeral(next[k])) ++k;
      const std::u32string_view whole =
          std::u32string_view(t.chars).substr(ps[i].first, ps[j].first - ps[i].first + k);
      if (takes_unit(whole, next.substr(k))) ++j;
    }
    std::size_t from = i;
    if (i > 0 && adjacent(ps, i - 1) && view(t, ps[i - 1]) == U"第") from = i - 1;
    // A minus sign before digits and after no digit or letter is a sign (气温－5℃), not a dash.
    if (i > 0 && adjacent(ps, i - 1) && is_minus(view(t, ps[i - 1])) &&
        is_digit(t.chars[ps[i].first]) &&
        (ps[i - 1].first == 0 || !is_alnum(t.chars[ps[i - 1].first - 1]))) {
      from = i - 1;
    }
    merge(ps, from, j);
    i = from;
  }
}

void join_names(const Text& t, Pieces& ps) {
  // PKU writes a surname apart from the given name; ICU, not knowing the name, leaves each
  // character of it alone. Two free characters after a surname are taken as a given name.
  for (std::size_t i = 0; i + 2 < ps.size(); ++i) {
    if (!single_han(t, ps[i]) || !is_surname(t.chars[ps[i].first])) continue;
    if (!adjacent(ps, i) || !adjacent(ps, i + 1)) continue;
    if (!single_han(t, ps[i + 1]) || !single_han(t, ps[i + 2])) continue;
    if (is_function_char(t.chars[ps[i + 1].first]) || is_function_char(t.chars[ps[i + 2].first])) {
      continue;
    }
    if (i + 3 < ps.size() && adjacent(ps, i + 2) && single_han(t, ps[i + 3]) &&
        !is_function_char(t.chars[ps[i + 3].first])) {
      continue;  // A longer run of free characters is more likely a transliteration.
    }
    merge(ps, i + 1, i + 3);
  }
  // Foreign names are spelt with a small set of characters, which ICU leaves one by one.
  for (std::size_t i = 0; i < ps.size(); ++i) {
    std::size_t j = i;
    while (j < ps.size() && single_han(t, ps[j]) && is_transliteration(t.chars[ps[j].first]) &&
           (j == i || ps[j - 1].last == ps[j].first)) {
      ++j;
    }
    if (j - i >= 2) merge(ps, i, j);
  }
}

// Words after which a suffix character is rather a word of its own (我们 会 = "we will").
bool takes_no_suffix(std::u32string_view w) {
  static constexpr std::u32string_view kWords[] = {
      U"我们", U"你们", U"他们", U"她们", U"它们", U"大家", U"人们", U"自己", U"可能",
      U"也许", U"一定", U"肯定", U"必然", U"将来", U"今后", U"以后", U"这样", U"那样",
      U"同样", U"一样", U"怎么", U"或许", U"显然", U"自然", U"当然", U"仍然", U"依然"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

void join_suffixes(const Text& t, Pieces& ps) {
  for (std::size_t i = 0; i + 1 < ps.size(); ++i) {
    if (ps[i].size() < 2 || !all_han(view(t, ps[i])) || !adjacent(ps, i)) continue;
    if (!single_han(t, ps[i + 1]) || !is_word_suffix(t.chars[ps[i + 1].first])) continue;
    if (takes_no_suffix(view(t, ps[i]))) continue;
    merge(ps, i, i + 2);
  }
}

}  // namespace concord::analyzers::zh_rules
