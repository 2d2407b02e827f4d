#include "analyzers/glossary.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <stdexcept>

#include "analyzers/analyzer.h"
#include "analyzers/stopwords.h"

namespace concord::analyzers {

namespace glossary_data {
extern const std::string_view kTsv;
}

namespace {

std::vector<std::string_view> split(std::string_view text, std::string_view separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + separator.size();
  }
}

// Terms match by stem where the language has one, so "brevets" names the concept "brevet".
std::string key_of(std::string_view lang, const std::vector<Token>& tokens, std::size_t from,
                   std::size_t count) {
  std::string key(lang);
  for (std::size_t i = from; i < from + count; ++i) {
    key += '\x1f';
    key += tokens[i].stem.empty() ? tokens[i].word : tokens[i].stem;
  }
  return key;
}

std::vector<Token> words_of(const Analyzer& analyzer, std::string_view text) {
  std::vector<Token> words = analyzer.analyze(text);
  std::erase_if(words, [](const Token& t) { return t.subword; });
  return words;
}

// A capital letter and no small one: "PCT", "I+D", "PCT申请", "ИС"; not "Do" or "pct".
bool in_capitals(std::string_view text) {
  bool capital = false;
  const auto size = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < size;) {
    UChar32 c = 0;
    U8_NEXT(text.data(), i, size, c);
    if (c < 0) continue;
    if (u_isULowercase(c)) return false;
    capital = capital || u_isUUppercase(c);
  }
  return capital;
}

// Where `text` writes the words first..last: "DO" names a concept, "do" does not.
bool written_in_capitals(std::string_view text, const Token& first, const Token& last) {
  if (first.begin > last.end || last.end > text.size()) return false;
  return in_capitals(text.substr(first.begin, last.end - first.begin));
}

// Short: that is what an abbreviation folds into (DO → "do"), and what most texts are full of.
bool short_function_word(const Token& token, std::string_view lang) {
  const auto letters = std::count_if(token.word.begin(), token.word.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  });
  return letters <= 3 && is_stopword(token.word, lang);
}

// The name `text` of the language in header[column], analysed; none when it holds no word.
std::optional<GlossaryTerm> term_of(const Analyzer& analyzer,
                                    const std::vector<std::string_view>& header, std::size_t column,
                                    std::string_view text) {
  GlossaryTerm term{std::string(header[column]), words_of(analyzer, text), std::string(text)};
  if (term.tokens.empty()) return std::nullopt;
  term.abbreviation = in_capitals(text);
  // Any language's function word: the index holds one folded "do" for all of them.
  term.function_word =
      term.tokens.size() == 1 && std::any_of(header.begin() + 1, header.end(), [&](auto lang) {
        return short_function_word(term.tokens.front(), lang);
      });
  return term;
}

}  // namespace

Glossary::Glossary(std::string_view tsv) {
  std::vector<std::string_view> lines = split(tsv, "\n");
  if (lines.empty()) throw std::runtime_error("glossary: empty");
  const std::vector<std::string_view> header = split(lines.front(), "\t");
  std::vector<Analyzer> analyzers;
  for (std::size_t i = 1; i < header.size(); ++i) analyzers.emplace_back(header[i]);
  for (std::size_t n = 1; n < lines.size(); ++n) {
    if (lines[n].empty()) continue;
    const std::vector<std::string_view> cells = split(lines[n], "\t");
    if (cells.size() != header.size()) {
      throw std::runtime_error("glossary line " + std::to_string(n + 1) + ": wrong column count");
    }
    Concept entry{std::string(cells[0]), {}};
    for (std::size_t c = 1; c < cells.size(); ++c) {
      for (std::string_view text : split(cells[c], " | ")) {
        std::optional<GlossaryTerm> term = term_of(analyzers[c - 1], header, c, text);
        if (!term) continue;
        longest_ = std::max(longest_, term->tokens.size());
        // Only its own language's function words: Spanish "do" is no word, so DO names the
        // concept there, where Portuguese "do" is "of the".
        if (term->tokens.size() > 1 || !short_function_word(term->tokens.front(), header[c])) {
          by_key_[key_of(header[c], term->tokens, 0, term->tokens.size())].push_back(
              {concepts_.size(), term->abbreviation});
        }
        entry.terms.push_back(std::move(*term));
      }
    }
    concepts_.push_back(std::move(entry));
  }
}

std::vector<std::size_t> Glossary::find(std::string_view text, const std::vector<Token>& all_tokens,
                                        std::string_view lang) const {
  std::vector<Token> tokens = all_tokens;
  std::erase_if(tokens, [](const Token& t) { return t.subword; });
  std::vector<std::size_t> found;
  std::set<std::size_t> seen;
  for (std::size_t i = 0; i < tokens.size();) {
    std::size_t matched = 0;
    for (std::size_t n = std::min(longest_, tokens.size() - i); n >= 1 && matched == 0; --n) {
      auto it = by_key_.find(key_of(lang, tokens, i, n));
      if (it == by_key_.end()) continue;
      const bool capitals = written_in_capitals(text, tokens[i], tokens[i + n - 1]);
      for (const Named& named : it->second) {
        if (named.abbreviation && !capitals) continue;
        matched = n;
        if (seen.insert(named.concept_index).second) found.push_back(named.concept_index);
      }
    }
    i += std::max<std::size_t>(matched, 1);
  }
  return found;
}

const Glossary& builtin_glossary() {
  static const Glossary glossary(glossary_data::kTsv);
  return glossary;
}

}  // namespace concord::analyzers
