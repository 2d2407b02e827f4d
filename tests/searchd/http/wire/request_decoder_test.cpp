#include "searchd/http/wire/request_decoder.h"

#include <gtest/gtest.h>

namespace concord::search {
namespace {

TEST(RequestDecoderTest, DecodesEveryParameter) {
  auto r = decode_search_request({{"q", "solar"},
                                  {"theme", "green-innovation"},
                                  {"theme", "public-health"},
                                  {"kind", "story"},
                                  {"country", "ke"},
                                  {"date_from", "2020"},
                                  {"date_to", "2021-06-30"},
                                  {"facets", "theme,kind"},
                                  {"sort", "-date"},
                                  {"page", "2"},
                                  {"per_page", "20"},
                                  {"ui_lang", "zh-Hans"},
                                  {"lang", "pt-BR"},
                                  {"lang", "es"},
                                  {"highlight", "false"}});
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->q, "solar");
  EXPECT_EQ(r->filters["theme"], (std::vector<std::string>{"green-innovation", "public-health"}));
  EXPECT_EQ(r->filters["country"], std::vector<std::string>{"KE"});
  EXPECT_EQ(r->filters["lang"], (std::vector<std::string>{"pt", "es"}));  // filed by language
  EXPECT_EQ(r->date_from, "20200101");
  EXPECT_EQ(r->date_to, "20210630");
  EXPECT_EQ(r->facets, (std::vector<std::string>{"theme", "kind"}));
  EXPECT_EQ(r->sort, Sort::kDateDescending);
  EXPECT_EQ(r->page, 2);
  EXPECT_EQ(r->per_page, 20);
  EXPECT_EQ(r->ui_lang, "zh");
  EXPECT_FALSE(r->highlight);
  EXPECT_TRUE(r->group);  // the API groups translations unless told not to
  EXPECT_FALSE(decode_search_request({{"group", "false"}})->group);
}

TEST(RequestDecoderTest, DecodesTheDiscoveryFacets) {
  auto r = decode_search_request({{"org_type", "university"},
                                  {"cooperation", "south-south"},
                                  {"match_type", "technical"},
                                  {"ip_right", "gi"},
                                  {"ip_right", "patent"},
                                  {"court", "supreme people's court"},
                                  {"court", "最高人民法院"},
                                  {"facets", "org_type,cooperation,match_type,ip_right,court"}});
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->filters["ip_right"], (std::vector<std::string>{"gi", "patent"}));
  EXPECT_EQ(r->filters["court"],
            (std::vector<std::string>{"supreme people's court", "最高人民法院"}));
  EXPECT_EQ(r->facets, (std::vector<std::string>{"org_type", "cooperation", "match_type",
                                                 "ip_right", "court"}));
}

TEST(RequestDecoderTest, RejectsBadParametersNamingThem) {
  struct Case {
    Params params;
    std::string field;
  };
  const std::vector<Case> cases = {
      {{{"page", "0"}}, "page"},
      {{{"page", "-3"}}, "page"},
      {{{"page", "99999999999999999999"}}, "page"},
      {{{"page", "abc"}}, "page"},
      {{{"per_page", "101"}}, "per_page"},
      {{{"page", "200"}, {"per_page", "100"}}, "page"},
      {{{"sort", "popularity"}}, "sort"},
      {{{"kind", "blog"}}, "kind"},
      {{{"region", "mars"}}, "region"},
      {{{"country", "KEN"}}, "country"},
      {{{"year", "20x1"}}, "year"},
      {{{"date_from", "2021-02-30"}}, "date_from"},
      {{{"date_from", "yesterday"}}, "date_from"},
      {{{"date_from", "2022"}, {"date_to", "2021"}}, "date_from"},
      {{{"facets", "theme,colour"}}, "facets"},
      {{{"q", std::string(5000, 'a')}}, "q"},
      {{{"q",
         [] {
           std::string q;
           for (int i = 0; i < 257; ++i) q += "w ";
           return q;
         }()}},
       "q"},
      {{{"q", "\xff\xfe"}}, "q"},
      {{{"q", "a"}, {"q", "b"}}, "q"},
      {{{"qq", "a"}}, "qq"},
      {{{"highlight", "maybe"}}, "highlight"},
      {{{"xlang", "yes"}}, "xlang"},
      {{{"group", "maybe"}}, "group"},
      {{{"org_type", "startup"}}, "org_type"},
      {{{"cooperation", "south-north"}}, "cooperation"},
      {{{"match_type", "moral"}}, "match_type"},
      {{{"ip_right", "patents"}}, "ip_right"},
      {{{"court", "a\tb"}}, "court"},
      {{{"lang", "-fr"}}, "lang"},
      {{{"lang", "f"}}, "lang"},
      {{{"court", std::string(200, 'x')}}, "court"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.field);
    auto r = decode_search_request(c.params);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidParameter);
    EXPECT_EQ(r.error().field, c.field);
  }
}

TEST(RequestDecoderTest, QueriesUpToTheWordLimitAreAccepted) {
  std::string q;
  for (int i = 0; i < 256; ++i) q += " w" + std::to_string(i) + "\t";
  ASSERT_TRUE(decode_search_request({{"q", q}}));
  EXPECT_TRUE(decode_search_request({{"q", std::string(4000, 'x')}}));  // one long word
}

TEST(RequestDecoderTest, JsonBodyBecomesParameters) {
  auto params = params_from_json(nlohmann::json::parse(
      R"({"q": "solar", "theme": ["a", "b"], "page": 2, "highlight": true})"));
  ASSERT_TRUE(params);
  EXPECT_EQ(params->size(), 5u);
  EXPECT_FALSE(params_from_json(nlohmann::json::parse(R"({"q": {"x": 1}})")));
  EXPECT_FALSE(params_from_json(nlohmann::json::parse("[1]")));
}

TEST(RequestDecoderTest, Utf8Validation) {
  EXPECT_TRUE(is_valid_utf8("知识产权 أ é"));
  EXPECT_FALSE(is_valid_utf8("\xc0\xaf"));          // overlong
  EXPECT_FALSE(is_valid_utf8("\xed\xa0\x80"));      // surrogate
  EXPECT_FALSE(is_valid_utf8("\xe4\xb8"));          // truncated
  EXPECT_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));  // past U+10FFFF
}

}  // namespace
}  // namespace concord::search
