#include "searchd/query/query_parser.h"

#include <gtest/gtest.h>

namespace concord::search {
namespace {

struct Case {
  std::string query;
  std::string tree;  // to_string of the parse
};

void expect_parses(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    EXPECT_EQ(to_string(parse_query(c.query)), c.tree) << c.query;
  }
}

TEST(QueryParserTest, PlainQueriesStayOneTextAsTyped) {
  expect_parses({
      {"green innovation", "green innovation"},
      {"\"green innovation\" -solar", "\"green innovation\" -solar"},
      {"知识产权 保护", "知识产权 保护"},
      {"and or not", "and or not"},  // operators are upper case only
      {"", ""},
  });
  EXPECT_TRUE(is_plain(parse_query("solar -panel \"a phrase\"")));
  EXPECT_FALSE(is_plain(parse_query("solar OR wind")));
}

TEST(QueryParserTest, Operators) {
  expect_parses({
      {"solar OR wind", "(solar OR wind)"},
      {"solar AND wind", "(solar AND wind)"},
      {"solar NOT wind", "(solar NOT wind)"},
      {"NOT wind", "(<all> NOT wind)"},
      {"a AND b AND c", "(a AND b AND c)"},
      {"a OR b AND c", "(a OR (b AND c))"},
      {"a AND b OR c", "((a AND b) OR c)"},
      {"climate change AND patent", "(climate change AND patent)"},
      {"a NOT b AND c", "((a NOT b) AND c)"},
      {"(a OR b) AND c", "((a OR b) AND c)"},
      {"(a OR b) c", "{(a OR b) c}"},
      {"((a))", "a"},
      {"\"green innovation\" OR 绿色创新", "(\"green innovation\" OR 绿色创新)"},
  });
}

TEST(QueryParserTest, FieldsWildcardsAndExclusions) {
  expect_parses({
      {"court:\"Supreme People's Court\"", "court:\"Supreme People's Court\""},
      {"court:最高人民法院 专利", "{court:最高人民法院 专利}"},
      {"country:KE theme:green-innovation", "{country:KE theme:green-innovation}"},
      {"Country:ke", "country:ke"},
      {"patent -country:US", "{patent -country:US}"},
      {"innov*", "innov*"},
      {"知识产*", "知识产*"},
      {"solar -panel*", "{solar -panel*}"},
      {"brevet OR -x", "(brevet OR {-x})"},
      {"year:2023 OR year:2024", "(year:2023 OR year:2024)"},
      {"ip_right:gi org_type:university cooperation:south-south match_type:technical",
       "{ip_right:gi org_type:university cooperation:south-south match_type:technical}"},
      {"lang:fr kind:story region:africa", "{lang:fr kind:story region:africa}"},
      {"solar court:\"High Court\" wind", "{solar wind court:\"High Court\"}"},
  });
}

TEST(QueryParserTest, MalformedInputIsPlainWords) {
  expect_parses({
      // Unknown fields and empty values are words where they stand.
      {"colour:red", "colour:red"},
      {"http://example.org", "http://example.org"},
      {"court: patent", "court: patent"},
      {"court:\"\" x", "court:\"\" x"},
      // A lone or inner star is a word; only trailing stars make a prefix.
      {"*", "*"},
      {"-*", "-*"},
      {"a*b", "a*b"},
      {"**", "**"},
      // An unclosed quote is a character of a word.
      {"\"green innovation", "\"green innovation"},
      {"court:\"Supreme", "court:\"Supreme"},
      // Broken structure: operators and parentheses become words of one run.
      {"solar AND", "solar AND"},
      {"OR wind", "OR wind"},
      {"a OR OR b", "a OR OR b"},
      {"AND", "AND"},
      {"NOT", "NOT"},
      {"(a OR b", "a OR b"},
      {"a OR b)", "a OR b"},
      {"()", "{}"},
      {"innov* AND", "{innov* AND}"},
      {"country:ke OR", "{country:ke OR}"},
  });
}

// A phrase no document holds is searched again as words: only plain phrases lose their quotes.
TEST(QueryParserTest, PhrasesAsWordsKeepsFieldAndExcludedQuotes) {
  struct Case {
    std::string in, out;
  };
  const std::vector<Case> cases = {
      {"what is \"green innovation\"?", "what is  green innovation ?"},
      {"\"a\" b \"c d\"", " a  b  c d "},
      {"court:\"High Court\" \"fair use\"", "court:\"High Court\"  fair use "},
      {"solar -\"diesel engine\"", "solar -\"diesel engine\""},
      {"\"unclosed phrase", "\"unclosed phrase"},
      {"plain words", "plain words"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.in);
    EXPECT_EQ(phrases_as_words(c.in), c.out);
    EXPECT_EQ(phrases_as_words(c.out), c.out);  // nothing left to relax: the engine stops
  }
}

TEST(QueryParserTest, NeverThrowsOnOddInput) {
  for (const char* q : {"\"\"", "\" \"", "((((", "))))", "-", "--", "-\"x\"", ":", "a:b:c", "*:*",
                        "NOT NOT a", "a NOT NOT b", "\t\n", "\xe4\xb8\xad*", "court:\"\"\"\""}) {
    EXPECT_NO_THROW(to_string(parse_query(q))) << q;
  }
}

}  // namespace
}  // namespace concord::search
