#include "searchd/query_builder.h"

#include <algorithm>
#include <map>
#include <utility>

#include "analyzers/language_detector.h"
#include "indexer/schema.h"

namespace concord::search {
namespace {

namespace schema = indexer::schema;

enum class PartKind { kWords, kPhrase, kExcluded };

struct Part {
  PartKind kind;
  std::string_view text;
};

// Splits the query into plain runs, "quoted phrases" and -excluded words.
std::vector<Part> split_parts(std::string_view text) {
  std::vector<Part> parts;
  std::size_t plain_start = 0;
  auto flush_plain = [&](std::size_t end) {
    if (end > plain_start)
      parts.push_back({PartKind::kWords, text.substr(plain_start, end - plain_start)});
  };
  for (std::size_t i = 0; i < text.size();) {
    const bool at_word_start = i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t';
    if (text[i] == '"') {
      const std::size_t close = text.find('"', i + 1);
      if (close != std::string_view::npos) {
        flush_plain(i);
        parts.push_back({PartKind::kPhrase, text.substr(i + 1, close - i - 1)});
        i = plain_start = close + 1;
        continue;
      }
    } else if (text[i] == '-' && at_word_start && i + 1 < text.size() && text[i + 1] != ' ') {
      std::size_t end = text.find_first_of(" \t", i);
      if (end == std::string_view::npos) end = text.size();
      flush_plain(i);
      parts.push_back({PartKind::kExcluded, text.substr(i + 1, end - i - 1)});
      i = plain_start = end;
      continue;
    }
    ++i;
  }
  flush_plain(text.size());
  return parts;
}

// One query word: its surface form and every stem the query languages give it.
struct WordGroup {
  std::string word;
  std::set<std::string> stems;
};

std::vector<WordGroup> analyze_words(std::string_view text, const std::vector<std::string>& langs,
                                     analyzers::AnalyzerCache& analyzers) {
  std::map<std::pair<std::uint32_t, std::uint32_t>, WordGroup> by_span;
  for (const std::string& lang : langs) {
    for (const analyzers::Token& token : analyzers.get(lang).analyze(text)) {
      WordGroup& group = by_span[{token.begin, token.end}];
      if (group.word.empty()) group.word = token.word;
      if (!token.stem.empty()) group.stems.insert(token.stem);
    }
  }
  std::vector<WordGroup> groups;
  for (auto& [span, group] : by_span) groups.push_back(std::move(group));
  return groups;
}

Xapian::Query word_query(const WordGroup& group, MatchTerms& highlight) {
  std::vector<Xapian::Query> alternatives{Xapian::Query(group.word)};
  highlight.words.insert(group.word);
  for (const std::string& stem : group.stems) {
    alternatives.emplace_back(std::string(schema::kStemPrefix) + stem);
    highlight.stems.insert(stem);
  }
  return Xapian::Query(Xapian::Query::OP_SYNONYM, alternatives.begin(), alternatives.end());
}

Xapian::Query words_query(const std::vector<WordGroup>& groups, MatchTerms& highlight) {
  std::vector<Xapian::Query> subqueries;
  for (const WordGroup& group : groups) subqueries.push_back(word_query(group, highlight));
  return Xapian::Query(Xapian::Query::OP_OR, subqueries.begin(), subqueries.end());
}

Xapian::Query phrase_query(const std::vector<WordGroup>& groups, MatchTerms& highlight) {
  std::vector<Xapian::Query> words;
  for (const WordGroup& group : groups) {
    words.emplace_back(group.word);
    highlight.words.insert(group.word);
  }
  if (words.size() == 1) return words.front();
  return Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(), words.size());
}

}  // namespace

std::vector<std::string> query_languages(std::string_view text, std::string_view ui_lang) {
  const std::string script = analyzers::dominant_script(text);
  if (script == "han") return {"zh"};
  if (script == "arabic") return {"ar"};
  if (script == "cyrillic") return {"ru"};
  if (script == "kana") return {"ja"};
  if (script == "hangul") return {"ko"};
  std::vector<std::string> langs = {"en", "fr", "es", "pt"};
  if (!ui_lang.empty() && std::find(langs.begin(), langs.end(), ui_lang) == langs.end() &&
      analyzers::dominant_script(std::string(ui_lang)) == "latin" && ui_lang != "zh" &&
      ui_lang != "ar" && ui_lang != "ru") {
    langs.emplace_back(ui_lang);
  }
  return langs;
}

TextQuery build_text_query(std::string_view text, std::string_view ui_lang,
                           analyzers::AnalyzerCache& analyzers) {
  TextQuery result{Xapian::Query::MatchAll, {}};
  const std::vector<std::string> langs = query_languages(text, ui_lang);
  std::vector<Xapian::Query> positive;
  std::vector<Xapian::Query> negative;
  std::vector<Xapian::Query> required;
  for (const Part& part : split_parts(text)) {
    auto groups = analyze_words(part.text, langs, analyzers);
    if (groups.empty()) continue;
    switch (part.kind) {
      case PartKind::kWords:
        positive.push_back(words_query(groups, result.highlight));
        break;
      case PartKind::kPhrase:
        required.push_back(phrase_query(groups, result.highlight));
        break;
      case PartKind::kExcluded: {
        MatchTerms ignored;
        negative.push_back(words_query(groups, ignored));
        break;
      }
    }
  }
  Xapian::Query query = Xapian::Query::MatchAll;
  if (!required.empty()) {
    query = Xapian::Query(Xapian::Query::OP_AND, required.begin(), required.end());
    if (!positive.empty()) {
      query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, query,
                            Xapian::Query(Xapian::Query::OP_OR, positive.begin(), positive.end()));
    }
  } else if (!positive.empty()) {
    query = Xapian::Query(Xapian::Query::OP_OR, positive.begin(), positive.end());
  }
  if (!negative.empty()) {
    query = Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                          Xapian::Query(Xapian::Query::OP_OR, negative.begin(), negative.end()));
  }
  result.query = query;
  return result;
}

}  // namespace concord::search
