#include "searchd/query/query_parser.h"

#include <algorithm>
#include <optional>

#include "indexer/schema.h"

namespace concord::search {
namespace {

using Type = QueryNode::Type;

enum class Tok { kItem, kAnd, kOr, kNot, kOpen, kClose };

struct Token {
  Tok type;
  QueryNode item;   // kItem: a kText word or phrase, a kField or a kWildcard
  std::string raw;  // as written, for the plain-words fallback
};

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QueryNode text_item(std::string text, bool negated, bool phrase = false) {
  QueryNode node;
  node.type = Type::kText;
  node.text = std::move(text);
  node.negated = negated;
  node.phrase = phrase;
  return node;
}

bool known_field(const std::string& name) {
  return indexer::schema::find_field(name) != nullptr;
}

// One whitespace-separated chunk (or a "quoted phrase") → a token. `i` is past the chunk.
Token next_token(std::string_view text, std::size_t& i) {
  const std::size_t start = i;
  if (text[i] == '(' || text[i] == ')') {
    ++i;
    return {text[start] == '(' ? Tok::kOpen : Tok::kClose, {}, std::string(1, text[start])};
  }
  if (text[i] == '"') {
    const std::size_t close = text.find('"', i + 1);
    if (close != std::string_view::npos) {
      i = close + 1;
      std::string raw(text.substr(start, i - start));
      return {Tok::kItem, text_item(raw, false, true), raw};
    }
    ++i;  // an unclosed quote starts a plain word
  }
  while (i < text.size() && !is_space(text[i]) && text[i] != '(' && text[i] != ')' &&
         text[i] != '"') {
    ++i;
  }
  std::string raw(text.substr(start, i - start));
  if (raw == "AND") return {Tok::kAnd, {}, raw};
  if (raw == "OR") return {Tok::kOr, {}, raw};
  if (raw == "NOT") return {Tok::kNot, {}, raw};
  const bool negated = raw.size() > 1 && raw[0] == '-';
  const std::string body = negated ? raw.substr(1) : raw;
  if (const std::size_t colon = body.find(':'); colon != std::string::npos && colon > 0) {
    std::string name = body.substr(0, colon);
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    QueryNode field;
    field.type = Type::kField;
    field.field = name;
    field.negated = negated;
    field.text = body.substr(colon + 1);
    if (known_field(name) && field.text.empty() && i < text.size() && text[i] == '"') {
      const std::size_t close = text.find('"', i + 1);
      if (close != std::string_view::npos && close > i + 1) {
        field.text = std::string(text.substr(i + 1, close - i - 1));
        field.phrase = true;
        raw += std::string(text.substr(i, close + 1 - i));
        i = close + 1;
      }
    }
    if (known_field(name) && !field.text.empty()) return {Tok::kItem, std::move(field), raw};
    return {Tok::kItem, text_item(body, negated), raw};
  }
  if (const std::size_t stars = body.find_last_not_of('*');
      stars != std::string::npos && stars + 1 < body.size() &&
      body.find('*') == stars + 1) {  // stars only at the end
    QueryNode wildcard;
    wildcard.type = Type::kWildcard;
    wildcard.text = body.substr(0, stars + 1);
    wildcard.negated = negated;
    return {Tok::kItem, std::move(wildcard), raw};
  }
  return {Tok::kItem, text_item(body, negated), raw};
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  for (std::size_t i = 0; i < text.size();) {
    if (is_space(text[i])) {
      ++i;
      continue;
    }
    tokens.push_back(next_token(text, i));
  }
  return tokens;
}

// Items side by side: plain words gather into one text leaf (ranked together, as a plain
// query is), each excluded word stays a leaf of its own.
QueryNode make_run(std::vector<QueryNode> items) {
  QueryNode run;
  run.type = Type::kRun;
  std::optional<std::size_t> text_at;
  for (QueryNode& item : items) {
    if (item.type == Type::kText && !item.negated) {
      if (!text_at) {
        text_at = run.children.size();
        run.children.push_back(text_item("", false));
      }
      QueryNode& text = run.children[*text_at];
      text.text += (text.text.empty() ? "" : " ") + item.text;
      text.phrase = text.phrase || item.phrase;
    } else {
      run.children.push_back(std::move(item));
    }
  }
  if (run.children.size() == 1 && !run.children.front().negated) {
    return std::move(run.children.front());
  }
  return run;
}

class Parser {
 public:
  explicit Parser(const std::vector<Token>& tokens) : tokens_(tokens) {}

  std::optional<QueryNode> parse() {
    auto node = parse_or();
    if (!node || pos_ != tokens_.size()) return std::nullopt;
    return node;
  }

 private:
  bool at(Tok type) const { return pos_ < tokens_.size() && tokens_[pos_].type == type; }

  std::optional<QueryNode> parse_or() {
    auto left = parse_and();
    if (!left || !at(Tok::kOr)) return left;
    QueryNode node;
    node.type = Type::kOr;
    node.children.push_back(std::move(*left));
    while (at(Tok::kOr)) {
      ++pos_;
      auto right = parse_and();
      if (!right) return std::nullopt;
      node.children.push_back(std::move(*right));
    }
    return node;
  }

  std::optional<QueryNode> parse_and() {
    std::optional<QueryNode> left;
    if (at(Tok::kNot)) {
      left = QueryNode{};
      left->type = Type::kAll;
    } else {
      left = parse_run();
      if (!left) return std::nullopt;
    }
    while (at(Tok::kAnd) || at(Tok::kNot)) {
      const bool is_and = at(Tok::kAnd);
      ++pos_;
      auto right = parse_run();
      if (!right) return std::nullopt;
      if (is_and && left->type == Type::kAnd) {
        left->children.push_back(std::move(*right));
        continue;
      }
      QueryNode node;
      node.type = is_and ? Type::kAnd : Type::kAndNot;
      node.children.push_back(std::move(*left));
      node.children.push_back(std::move(*right));
      left = std::move(node);
    }
    return left;
  }

  std::optional<QueryNode> parse_run() {
    std::vector<QueryNode> items;
    while (pos_ < tokens_.size()) {
      if (at(Tok::kItem)) {
        items.push_back(tokens_[pos_++].item);
      } else if (at(Tok::kOpen)) {
        ++pos_;
        auto inner = parse_or();
        if (!inner || !at(Tok::kClose)) return std::nullopt;
        ++pos_;
        items.push_back(std::move(*inner));
      } else {
        break;
      }
    }
    if (items.empty()) return std::nullopt;
    return make_run(std::move(items));
  }

  const std::vector<Token>& tokens_;
  std::size_t pos_ = 0;
};

}  // namespace

QueryNode parse_query(std::string_view text) {
  const std::vector<Token> tokens = tokenize(text);
  const bool plain = std::all_of(tokens.begin(), tokens.end(), [](const Token& t) {
    return t.type == Tok::kItem && t.item.type == Type::kText;
  });
  if (plain) return text_item(std::string(text), false);
  if (auto tree = Parser(tokens).parse()) return *tree;
  // Malformed structure: operators and parentheses become plain words of one run.
  std::vector<QueryNode> items;
  for (const Token& token : tokens) {
    if (token.type == Tok::kItem) {
      items.push_back(token.item);
    } else if (token.type != Tok::kOpen && token.type != Tok::kClose) {
      items.push_back(text_item(token.raw, false));
    }
  }
  return make_run(std::move(items));
}

std::string phrases_as_words(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] != '"') continue;
    const std::size_t close = out.find('"', i + 1);
    if (close == std::string::npos) break;  // an unclosed quote is already a plain word
    const bool kept = i > 0 && (out[i - 1] == ':' || out[i - 1] == '-');
    if (!kept) out[i] = out[close] = ' ';
    i = close;
  }
  return out;
}

bool is_plain(const QueryNode& node) {
  return node.type == Type::kText && !node.negated;
}

std::string to_string(const QueryNode& node) {
  const std::string minus = node.negated ? "-" : "";
  auto join = [&](const char* separator, const char* open, const char* close) {
    std::string out = open;
    for (std::size_t i = 0; i < node.children.size(); ++i) {
      if (i > 0) out += separator;
      out += to_string(node.children[i]);
    }
    return out + close;
  };
  switch (node.type) {
    case Type::kText:
      return minus + node.text;
    case Type::kField:
      return minus + node.field + ":" + (node.phrase ? "\"" + node.text + "\"" : node.text);
    case Type::kWildcard:
      return minus + node.text + "*";
    case Type::kRun:
      return join(" ", "{", "}");
    case Type::kAnd:
      return join(" AND ", "(", ")");
    case Type::kOr:
      return join(" OR ", "(", ")");
    case Type::kAndNot:
      return join(" NOT ", "(", ")");
    case Type::kAll:
      return "<all>";
  }
  return {};
}

}  // namespace concord::search
