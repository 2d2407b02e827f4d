#include "searchd/results/highlighter.h"

#include <algorithm>
#include <set>
#include <vector>

#include "analyzers/stemmer.h"
#include "analyzers/text_normalizer.h"

namespace concord::search {
namespace {

struct Word {
  std::uint32_t begin, end;      // bytes
  std::size_t cp_begin, cp_end;  // characters
  bool matched;
  const std::string* term;  // what matched, for counting distinct matches
};

// The stem head of `t` that `heads` holds, if any: one the indexer gave the token.
const std::string* matched_head(const analyzers::Token& t, const std::set<std::string>& heads,
                                std::string_view lang) {
  if (t.stem.empty()) return nullptr;
  for (const std::string& head :
       analyzers::stem_heads(t.stem, analyzers::extra_stems(t.word, t.stem, lang))) {
    if (auto it = heads.find(head); it != heads.end()) return &*it;
  }
  return nullptr;
}

std::vector<Word> find_words(std::string_view text, const analyzers::Analyzer& analyzer,
                             const MatchTerms& terms, std::vector<analyzers::Token>& tokens) {
  tokens = analyzer.analyze(text);
  const bool by_heads = terms.empty() && !terms.heads.empty();  // MatchTerms::heads_only()
  std::vector<Word> words;
  words.reserve(tokens.size());
  std::size_t cp = 0;
  std::uint32_t byte = 0;
  // Characters before a byte offset; subword tokens step back inside the word before them.
  auto move_to = [&](std::uint32_t target) {
    for (; byte < target; ++byte) {
      if ((static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80) ++cp;
    }
    for (; byte > target; --byte) {
      if ((static_cast<unsigned char>(text[byte - 1]) & 0xC0) != 0x80) --cp;
    }
    return cp;
  };
  for (const analyzers::Token& t : tokens) {
    const std::string* term = nullptr;  // what matched, for counting distinct matches
    if (by_heads) {
      term = matched_head(t, terms.heads, analyzer.lang());
    } else if (!t.stem.empty() && terms.stems.contains(t.stem)) {
      term = &t.stem;
    } else if (terms.words.contains(t.word)) {
      term = &t.word;
    }
    Word w{t.begin, t.end, move_to(t.begin), 0, term != nullptr, term ? term : &t.word};
    w.cp_end = move_to(t.end);
    words.push_back(w);
  }
  return words;
}

std::size_t count_chars(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

// Escaped text of [begin, end) with the bytes of matched words in [first, last) marked. Marks
// are maximal runs, so adjacent Chinese words merge into one mark and a matched part of a
// longer word (a subword token) marks just that part.
std::string render(std::string_view text, const std::vector<Word>& words, std::size_t first,
                   std::size_t last, std::uint32_t begin, std::uint32_t end) {
  std::vector<bool> marked(end - begin, false);
  for (std::size_t i = first; i < last; ++i) {
    if (!words[i].matched) continue;
    for (std::uint32_t b = std::max(words[i].begin, begin); b < std::min(words[i].end, end); ++b) {
      marked[b - begin] = true;
    }
  }
  std::string out;
  bool open = false;
  for (std::uint32_t b = begin; b < end; ++b) {
    if (marked[b - begin] != open) {
      out += open ? "</mark>" : "<mark>";
      open = !open;
    }
    out += escape_html(text.substr(b, 1));
  }
  if (open) out += "</mark>";
  return out;
}

std::size_t window_score(const std::vector<Word>& words, std::size_t first, std::size_t last) {
  std::set<std::string_view> distinct;
  std::size_t matches = 0;
  for (std::size_t i = first; i < last; ++i) {
    if (!words[i].matched) continue;
    distinct.insert(*words[i].term);
    ++matches;
  }
  return distinct.size() * 100 + matches;
}

}  // namespace

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string highlight_text(std::string_view text, const analyzers::Analyzer& analyzer,
                           const MatchTerms& terms) {
  std::vector<analyzers::Token> tokens;
  const auto words = find_words(text, analyzer, terms, tokens);
  return render(text, words, 0, words.size(), 0, static_cast<std::uint32_t>(text.size()));
}

namespace {

// Analysing a long text costs more than the search that found it: a court decision of 1 MB,
// the longest body accepted, takes about a second in Chinese, and a page shows ten. As
// Elasticsearch bounds the text its highlighter analyses (index.highlight.max_analyzed_offset),
// a longer text is analysed in a window of this size.
constexpr std::size_t kMaxAnalyzedBytes = 64 * 1024;

// The first place a query word or stem appears in `text` as written (a stem is mostly a prefix
// of its words); for heads_only() terms, a head.
std::size_t first_match(std::string_view text, const MatchTerms& terms) {
  std::size_t first = std::string_view::npos;
  const auto forms =
      terms.empty() ? std::vector{&terms.heads} : std::vector{&terms.words, &terms.stems};
  for (const std::set<std::string>* set : forms) {
    for (const std::string& form : *set) {
      if (!form.empty()) first = std::min(first, text.find(form));
    }
  }
  return first;
}

// Where the window starts: a little before the first match, else at the start. A match written
// otherwise than the query's normalised forms, in Traditional characters or capitals, is looked
// for in a copy folded to Simplified and lower case, whose bytes line up with the text's.
std::size_t window_start(std::string_view text, const MatchTerms& terms) {
  std::size_t first = first_match(text, terms);
  if (first == std::string_view::npos) {
    std::string folded = analyzers::fold_chinese(text);
    std::transform(folded.begin(), folded.end(), folded.begin(), [](char c) {
      return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    first = first_match(folded, terms);
  }
  if (first == std::string_view::npos) return 0;
  std::size_t start = first > kMaxAnalyzedBytes / 4 ? first - kMaxAnalyzedBytes / 4 : 0;
  start = std::min(start, text.size() - kMaxAnalyzedBytes);
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return start;
}

}  // namespace

Passage best_passage(std::string_view text, const analyzers::Analyzer& analyzer,
                     const MatchTerms& terms, std::size_t max_chars) {
  if (text.size() > kMaxAnalyzedBytes) {
    const std::size_t start = window_start(text, terms);
    std::size_t end = start + kMaxAnalyzedBytes;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    Passage p = best_passage(text.substr(start, end - start), analyzer, terms, max_chars);
    const std::string_view ellipsis = "…";
    if (start > 0 && !p.html.starts_with(ellipsis)) p.html.insert(0, ellipsis);
    if (end < text.size() && !p.html.ends_with(ellipsis)) p.html += ellipsis;
    return p;
  }
  std::vector<analyzers::Token> tokens;
  const auto words = find_words(text, analyzer, terms, tokens);
  const auto size = static_cast<std::uint32_t>(text.size());
  if (count_chars(text) <= max_chars) {
    return {render(text, words, 0, words.size(), 0, size), window_score(words, 0, words.size())};
  }
  // Try a window leading up to each match with a little context before it.
  std::size_t best_first = 0;
  std::size_t best_score = 0;
  const std::size_t context = max_chars / 5;
  for (std::size_t anchor = 0, first = 0; anchor < words.size(); ++anchor) {
    if (!words[anchor].matched) continue;
    while (words[anchor].cp_begin - words[first].cp_begin > context) ++first;
    std::size_t last = first;
    while (last < words.size() && words[last].cp_end - words[first].cp_begin <= max_chars) ++last;
    const std::size_t score = window_score(words, first, last);
    if (score > best_score) {
      best_score = score;
      best_first = first;
    }
  }
  std::size_t last = best_first;
  const std::size_t start_cp = words.empty() ? 0 : words[best_first].cp_begin;
  while (last < words.size() && words[last].cp_end - start_cp <= max_chars) ++last;
  const std::uint32_t begin = best_first == 0 ? 0 : words[best_first].begin;
  std::uint32_t end = last == words.size() ? size : 0;
  for (std::size_t i = best_first; i < last && end < size; ++i) end = std::max(end, words[i].end);
  std::string html = begin > 0 ? "…" : "";
  html += render(text, words, best_first, last, begin, end);
  if (end < size) html += "…";
  return {html, best_score};
}

}  // namespace concord::search
