// The query syntax → a small syntax tree. Parsing never fails: whatever is malformed is kept
// as plain words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace concord::search {

struct QueryNode {
  enum class Type {
    kText,      // plain words and "phrases" as typed (text), searched as ranked words
    kField,     // field:value, or field:"several words" (phrase)
    kWildcard,  // prefix* (text holds the prefix, without the star)
    kRun,       // items side by side: words and wildcards rank (OR), fields filter (AND)
    kAnd,       // a AND b
    kOr,        // a OR b
    kAndNot,    // a NOT b: the first child without the second
    kAll,       // every document (the left side of a leading NOT)
  };
  Type type = Type::kText;
  std::string text;
  std::string field;     // kField: a name of schema::kFields
  bool phrase = false;   // kText: holds a "phrase"; kField: the value was quoted
  bool negated = false;  // kText, kField, kWildcard: written -word, -field:value, -prefix*
  std::vector<QueryNode> children;

  bool operator==(const QueryNode&) const = default;
};

/// Operators are the upper-case words AND, OR, NOT; parentheses group. Precedence: a run of
/// items side by side binds tightest, then AND and NOT (left to right), then OR. A structural
/// error (unbalanced parenthesis, an operator with nothing on one side) makes the whole query
/// one run in which operators and parentheses are plain words; an unknown `field:`, an
/// unclosed quote or a lone `*` are plain words where they stand.
QueryNode parse_query(std::string_view text);

/// `text` with the quotes of its "phrases" taken away, so that their words are searched as
/// words; quoted field values (court:"…") and excluded phrases (-"…") keep theirs. Returns
/// `text` unchanged when it has no such phrase.
std::string phrases_as_words(std::string_view text);

/// True when the tree is one plain text leaf: nothing the plain word search cannot handle.
bool is_plain(const QueryNode& node);

/// The tree written back in the syntax, for tests and logs.
std::string to_string(const QueryNode& node);

}  // namespace concord::search
