#include "searchd/query/query_compiler.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "analyzers/language_detector.h"
#include "analyzers/text_normalizer.h"
#include "indexer/schema.h"
#include "searchd/query/filter_builder.h"

namespace concord::search {
namespace {

namespace schema = indexer::schema;
using Type = QueryNode::Type;

struct Context {
  std::string_view ui_lang;
  analyzers::AnalyzerCache& analyzers;
  bool cross_language;
  const Xapian::Database* db;
};

// The words of `text` as each query language's analyzer writes them (parts of longer Chinese
// words left out), each distinct reading once.
std::set<std::vector<std::string>> readings(std::string_view text, const Context& c) {
  std::set<std::vector<std::string>> out;
  for (const std::string& lang : query_languages(text, c.ui_lang, c.db)) {
    std::vector<std::string> words;
    for (const analyzers::Token& token : c.analyzers.get(lang).analyze(text)) {
      if (!token.subword) words.push_back(token.word);
    }
    if (!words.empty()) out.insert(std::move(words));
  }
  return out;
}

// court: matches the words of the court's name (a quoted value: as a phrase).
Xapian::Query court_query(const QueryNode& node, const Context& c) {
  std::vector<Xapian::Query> ways;
  for (const std::vector<std::string>& words : readings(node.text, c)) {
    std::vector<Xapian::Query> terms;
    for (const std::string& word : words) {
      terms.emplace_back(std::string(schema::kCourtWordPrefix) + word);
    }
    if (node.phrase && terms.size() > 1) {
      ways.emplace_back(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), terms.size());
    } else {
      ways.emplace_back(Xapian::Query::OP_AND, terms.begin(), terms.end());
    }
  }
  return Xapian::Query(Xapian::Query::OP_OR, ways.begin(), ways.end());
}

Xapian::Query field_query(const QueryNode& node, const Context& c) {
  Xapian::Query query = node.field == "court"
                            ? court_query(node, c)
                            : Xapian::Query(facet_filter_term(node.field, node.text));
  // Fields choose documents; they do not rank them.
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, 0);
}

std::size_t code_points(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; }));
}

// prefix*: the index words starting with the normalised prefix (its words before the last one
// must match as words). Chinese is not segmented: 知识产* is the start of one word.
std::optional<Xapian::Query> wildcard_query(const QueryNode& node, const Context& c) {
  const bool han = analyzers::dominant_script(node.text) == "han";
  std::set<std::vector<std::string>> ways;
  if (han) {
    ways.insert({analyzers::normalize_word(node.text, "zh")});
  } else {
    ways = readings(node.text, c);
  }
  std::vector<Xapian::Query> alternatives;
  for (const std::vector<std::string>& words : ways) {
    const std::string& prefix = words.back();
    // One Latin letter would expand to the commonest words of every language: not a search.
    if (prefix.empty() || (!han && code_points(prefix) < 2)) continue;
    std::vector<Xapian::Query> parts(words.begin(), words.end() - 1);
    // Words as written, and stems: an Arabic word's stem drops its article and attached
    // prepositions (البراءات starts with براء as a stem only).
    const Xapian::Query forms[] = {
        Xapian::Query(Xapian::Query::OP_WILDCARD, prefix, kMaxWildcardExpansion,
                      Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT),
        Xapian::Query(Xapian::Query::OP_WILDCARD, std::string(schema::kStemPrefix) + prefix,
                      kMaxWildcardExpansion, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT)};
    parts.emplace_back(Xapian::Query::OP_OR, std::begin(forms), std::end(forms));
    alternatives.emplace_back(Xapian::Query::OP_AND, parts.begin(), parts.end());
  }
  if (alternatives.empty()) return std::nullopt;
  return Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
}

Xapian::Query compile(const QueryNode& node, const Context& c, MatchTerms& highlight);

Xapian::Query text_query(const std::string& text, const Context& c, MatchTerms& highlight) {
  TextQuery built = build_text_query(text, c.ui_lang, c.analyzers, c.cross_language, c.db);
  highlight.words.insert(built.highlight.words.begin(), built.highlight.words.end());
  highlight.stems.insert(built.highlight.stems.begin(), built.highlight.stems.end());
  return built.query;
}

// Items side by side: words, wildcards and groups rank together (a "phrase" among the words is
// required, as in a plain query); fields filter (values of one field OR, fields AND); excluded
// items are taken away.
Xapian::Query compile_run(const QueryNode& run, const Context& c, MatchTerms& highlight) {
  std::optional<Xapian::Query> required;
  std::vector<Xapian::Query> optional;
  std::map<std::string, std::vector<Xapian::Query>> filters;
  std::vector<Xapian::Query> excluded;
  for (const QueryNode& item : run.children) {
    if (item.negated) {
      MatchTerms ignored;
      excluded.push_back(compile(item, c, ignored));
    } else if (item.type == Type::kField) {
      filters[item.field].push_back(compile(item, c, highlight));
    } else if (item.type == Type::kText && item.phrase) {
      required = compile(item, c, highlight);
    } else {
      optional.push_back(compile(item, c, highlight));
    }
  }
  Xapian::Query query = match_all();
  if (!optional.empty())
    query = Xapian::Query(Xapian::Query::OP_OR, optional.begin(), optional.end());
  if (required) {
    query =
        optional.empty() ? *required : Xapian::Query(Xapian::Query::OP_AND_MAYBE, *required, query);
  }
  for (const auto& [field, values] : filters) {
    query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                          Xapian::Query(Xapian::Query::OP_OR, values.begin(), values.end()));
  }
  if (!excluded.empty()) {
    query = Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                          Xapian::Query(Xapian::Query::OP_OR, excluded.begin(), excluded.end()));
  }
  return query;
}

Xapian::Query compile(const QueryNode& node, const Context& c, MatchTerms& highlight) {
  std::vector<Xapian::Query> children;
  switch (node.type) {
    case Type::kText:
      return text_query(node.text, c, highlight);
    case Type::kField:
      return field_query(node, c);
    case Type::kWildcard:
      // A prefix too short to expand is searched as the word it is.
      if (auto wildcard = wildcard_query(node, c)) return *wildcard;
      return text_query(node.text, c, highlight);
    case Type::kRun:
      return compile_run(node, c, highlight);
    case Type::kAll:
      return match_all();
    case Type::kAnd:
    case Type::kOr:
    case Type::kAndNot:
      break;
  }
  for (const QueryNode& child : node.children) {
    MatchTerms ignored;
    const bool excluded = node.type == Type::kAndNot && !children.empty();
    children.push_back(compile(child, c, excluded ? ignored : highlight));
  }
  const auto op = node.type == Type::kAnd  ? Xapian::Query::OP_AND
                  : node.type == Type::kOr ? Xapian::Query::OP_OR
                                           : Xapian::Query::OP_AND_NOT;
  return Xapian::Query(op, children.begin(), children.end());
}

}  // namespace

TextQuery compile_query(const QueryNode& node, std::string_view ui_lang,
                        analyzers::AnalyzerCache& analyzers, bool cross_language,
                        const Xapian::Database* db) {
  const Context context{ui_lang, analyzers, cross_language, db};
  TextQuery result{match_all(), {}};
  result.query = compile(node, context, result.highlight);
  return result;
}

TextQuery build_query(std::string_view text, std::string_view ui_lang,
                      analyzers::AnalyzerCache& analyzers, bool cross_language,
                      const Xapian::Database* db) {
  const QueryNode tree = parse_query(text);
  if (is_plain(tree)) return build_text_query(text, ui_lang, analyzers, cross_language, db);
  return compile_query(tree, ui_lang, analyzers, cross_language, db);
}

}  // namespace concord::search
