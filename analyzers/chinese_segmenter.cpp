#include "analyzers/chinese_segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <iterator>
#include <stdexcept>
#include <utility>

#include "analyzers/chinese_lexicon.h"
#include "analyzers/chinese_rules.h"

namespace concord::analyzers {
namespace {

using zh_rules::Piece;
using zh_rules::Pieces;
using zh_rules::Text;
using Span = std::pair<std::uint32_t, std::uint32_t>;

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || c == 0xFEFF;
}

// ICU's words over chars [first, last), and each punctuation character as a piece of its own.
Pieces icu_pieces(icu::BreakIterator& words, const Text& t, std::uint32_t first,
                  std::uint32_t last) {
  icu::UnicodeString u;
  std::vector<std::uint32_t> char_at;  // UTF-16 index -> character index
  for (std::uint32_t i = first; i < last; ++i) {
    u.append(static_cast<UChar32>(t.chars[i]));
    char_at.push_back(i);
    if (t.chars[i] > 0xFFFF) char_at.push_back(i);
  }
  char_at.push_back(last);
  words.setText(u);
  Pieces ps;
  int32_t start = words.first();
  for (int32_t end = words.next(); end != icu::BreakIterator::DONE;
       start = end, end = words.next()) {
    const std::uint32_t from = char_at[static_cast<std::size_t>(start)];
    const std::uint32_t to = char_at[static_cast<std::size_t>(end)];
    if (words.getRuleStatus() >= UBRK_WORD_NONE_LIMIT) {
      ps.push_back({from, to, false, {}});
      continue;
    }
    for (std::uint32_t i = from; i < to; ++i) {
      if (!is_space(t.chars[i])) ps.push_back({i, i + 1, true, {}});
    }
  }
  return ps;
}

bool has_han(std::u32string_view s) {
  return std::any_of(s.begin(), s.end(), is_han);
}

// Each join shifts the pieces after it, so the rules' time grows with the square of the
// pieces they see: 4.4 s for 1 MB of Chinese in one piece list, 0.3 s by clauses. A run
// without clause punctuation is cut after this many pieces (a word across the cut stays
// split; prose has a comma well before).
constexpr std::size_t kMaxClausePieces = 1000;

void apply_rules(const Text& t, Pieces& ps) {
  // Splits come first so that the joins see the convention's words; the lexicon before the
  // number and name rules, so that a listed word is never taken apart by them.
  zh_rules::split_function_words(t, ps);
  zh_rules::join_lexicon_words(t, ps);
  zh_rules::join_numbers(t, ps);
  zh_rules::join_names(t, ps);
  zh_rules::join_suffixes(t, ps);
}

}  // namespace

struct ChineseSegmenter::Impl {
  std::unique_ptr<icu::BreakIterator> words;

  std::vector<Span> subwords(const Text& t, const Piece& word) const;
};

// The shorter words inside a word: the ICU words it was joined from, what ICU finds in it less
// its first or last character (its own dictionary would return the whole word), and the
// lexicon's words inside it. Single characters are left out: as query terms they match far
// too much to be worth their postings.
std::vector<Span> ChineseSegmenter::Impl::subwords(const Text& t, const Piece& word) const {
  std::vector<Span> spans;
  auto add = [&](std::uint32_t first, std::uint32_t last) {
    if (last - first >= 2 && (first != word.first || last != word.last)) {
      spans.emplace_back(first, last);
    }
  };
  for (const auto& [first, last] : word.parts) add(first, last);
  const std::u32string_view chars = zh_rules::view(t, word);
  if (word.size() >= 3 && std::all_of(chars.begin(), chars.end(), is_han)) {
    for (const Piece& p : icu_pieces(*words, t, word.first, word.last - 1)) add(p.first, p.last);
    for (const Piece& p : icu_pieces(*words, t, word.first + 1, word.last)) add(p.first, p.last);
    const ChineseLexicon& lexicon = chinese_lexicon();
    for (std::uint32_t i = word.first; i < word.last; ++i) {
      for (std::uint32_t n = 2; n <= lexicon.max_length() && i + n <= word.last; ++n) {
        if (lexicon.contains(std::u32string_view(t.chars).substr(i, n))) add(i, i + n);
      }
    }
  }
  // Left to right, longer first, each once.
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    return a.first != b.first ? a.first < b.first : a.second > b.second;
  });
  spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
  return spans;
}

ChineseSegmenter::ChineseSegmenter() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->words.reset(icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
  if (U_FAILURE(status) || !impl_->words) throw std::runtime_error("ICU word breaker unavailable");
}

ChineseSegmenter::~ChineseSegmenter() = default;
ChineseSegmenter::ChineseSegmenter(ChineseSegmenter&&) noexcept = default;
ChineseSegmenter& ChineseSegmenter::operator=(ChineseSegmenter&&) noexcept = default;

std::vector<WordSpan> ChineseSegmenter::segment(std::string_view text) const {
  const Text t = zh_rules::decode(text);
  Pieces all = icu_pieces(*impl_->words, t, 0, static_cast<std::uint32_t>(t.chars.size()));
  Pieces ps;
  ps.reserve(all.size());
  for (std::size_t from = 0; from < all.size();) {
    std::size_t to = from;
    while (to < all.size() && to - from < kMaxClausePieces && !zh_rules::ends_clause(t, all[to])) {
      ++to;
    }
    Pieces clause(std::make_move_iterator(all.begin() + static_cast<std::ptrdiff_t>(from)),
                  std::make_move_iterator(all.begin() + static_cast<std::ptrdiff_t>(to)));
    apply_rules(t, clause);
    std::move(clause.begin(), clause.end(), std::back_inserter(ps));
    if (to < all.size() && zh_rules::ends_clause(t, all[to])) ps.push_back(std::move(all[to++]));
    from = to;
  }

  std::vector<WordSpan> out;
  out.reserve(ps.size());
  for (const Piece& p : ps) {
    if (p.punctuation) continue;
    out.push_back({t.byte_at[p.first], t.byte_at[p.last], false});
    if (p.parts.empty() && (p.size() < 3 || !has_han(zh_rules::view(t, p)))) continue;
    for (const auto& [first, last] : impl_->subwords(t, p)) {
      out.push_back({t.byte_at[first], t.byte_at[last], true});
    }
  }
  return out;
}

}  // namespace concord::analyzers
