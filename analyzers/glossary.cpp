#include "analyzers/glossary.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "analyzers/analyzer.h"

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
      for (std::string_view term : split(cells[c], " | ")) {
        std::vector<Token> tokens = words_of(analyzers[c - 1], term);
        if (tokens.empty()) continue;
        longest_ = std::max(longest_, tokens.size());
        by_key_[key_of(header[c], tokens, 0, tokens.size())].push_back(concepts_.size());
        entry.terms.push_back({std::string(header[c]), std::move(tokens), std::string(term)});
      }
    }
    concepts_.push_back(std::move(entry));
  }
}

std::vector<std::size_t> Glossary::find(const std::vector<Token>& all_tokens,
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
      matched = n;
      for (std::size_t c : it->second) {
        if (seen.insert(c).second) found.push_back(c);
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
