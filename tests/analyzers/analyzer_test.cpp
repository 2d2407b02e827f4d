// Analyzer: the words, stems, offsets and positions that index time and query time share.
#include "analyzers/analyzer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "analyzers/analyzer_cache.h"

namespace concord::analyzers {
namespace {

// Whole words only: the Chinese subwords have tests of their own (chinese_segmenter_test.cpp).
std::vector<Token> whole_words(std::vector<Token> tokens) {
  std::erase_if(tokens, [](const Token& t) { return t.subword; });
  return tokens;
}

std::vector<std::string> words_of(std::string_view text, std::string_view lang) {
  std::vector<std::string> words;
  for (const Token& t : whole_words(Analyzer(lang).analyze(text))) words.push_back(t.word);
  return words;
}

std::vector<std::string> stems_of(std::string_view text, std::string_view lang) {
  std::vector<std::string> stems;
  for (const Token& t : Analyzer(lang).analyze(text)) stems.push_back(t.stem);
  return stems;
}

bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
    if (c >= 0x80 && ((c & 0xC0) == 0x80 || c >= 0xF8)) return false;
    if (i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

struct WordsCase {
  std::string_view input;
  std::string_view lang;
  std::vector<std::string> expected;
};

TEST(AnalyzerTest, NormalisesWordsPerLanguage) {
  const std::vector<WordsCase> cases = {
      // Arabic: tatweel and diacritics removed, alef variants unified, ى → ي, ة → ه.
      {"الـعَرَبِيَّة", "ar", {"العربيه"}},
      {"أحمد إسلام آمن", "ar", {"احمد", "اسلام", "امن"}},
      {"مستشفى", "ar", {"مستشفي"}},
      {"مَدْرَسَةٌ مدرسة", "ar", {"مدرسه", "مدرسه"}},
      {"الملكية الفكرية", "ar", {"الملكيه", "الفكريه"}},
      // Chinese: ICU dictionary segmentation; Traditional folded to Simplified.
      {"绿色创新", "zh", {"绿色", "创新"}},
      {"綠色創新", "zh", {"绿色", "创新"}},
      {"知识产权保护", "zh", {"知识产权", "保护"}},
      {"知識產權保護", "zh", {"知识产权", "保护"}},
      {"专利，商标。", "zh", {"专利", "商标"}},
      // Japanese is segmented as written, then folded word by word like Chinese: 出願 stays one
      // word (folded first, as 出愿, ICU's dictionary cut it in two).
      {"特許を出願する", "ja", {"特许", "を", "出愿", "する"}},
      // English: case folding and NFKC.
      {"Patents PATENTS patents", "en", {"patents", "patents", "patents"}},
      {"ＡＢＣ ﬁnance", "en", {"abc", "finance"}},
      {"Technology-Transfer, 2024!", "en", {"technology", "transfer", "2024"}},
      // French: elided articles removed with either apostrophe.
      {"l'innovation d’un brevet", "fr", {"innovation", "un", "brevet"}},
      {"L'Office européen", "fr", {"office", "européen"}},
      {"qu'elle aujourd'hui", "fr", {"elle", "aujourd'hui"}},
      // Other Latin and Cyrillic languages.
      {"Las PATENTES de Innovación", "es", {"las", "patentes", "de", "innovación"}},
      {"As Patentes da Inovação", "pt", {"as", "patentes", "da", "inovação"}},
      {"ПАТЕНТЫ Охрана", "ru", {"патенты", "охрана"}},
      // The elision rule is French: English keeps the apostrophe word whole.
      {"l'innovation", "en", {"l'innovation"}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.lang) + ": " + std::string(c.input));
    EXPECT_EQ(words_of(c.input, c.lang), c.expected);
  }
}

struct StemCase {
  std::string_view lang;
  std::string_view a;
  std::string_view b;
};

TEST(AnalyzerTest, InflectedFormsShareAStem) {
  const std::vector<StemCase> cases = {
      {"en", "patents", "patent"},     {"en", "Licensing", "licensed"},
      {"fr", "brevets", "brevet"},     {"fr", "l'innovation", "innovations"},
      {"es", "patentes", "patente"},   {"es", "innovación", "innovaciones"},
      {"pt", "inovação", "inovações"}, {"pt", "patentes", "patente"},
      {"ru", "патентов", "патент"},    {"ru", "Патенты", "патентами"},
      {"ar", "مدرسة", "المدرسة"},      {"ar", "مَدْرَسَةٌ", "مدرسة"},
      {"ar", "الملكية", "ملكية"},      {"ar", "المعلمون", "معلم"},
      {"ar", "المنظمات", "منظمة"},     {"ar", "الابتكار", "للابتكار"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.lang) + ": " + std::string(c.a) + " / " + std::string(c.b));
    const auto a = Analyzer(c.lang).analyze(c.a);
    const auto b = Analyzer(c.lang).analyze(c.b);
    ASSERT_EQ(a.size(), 1u);
    ASSERT_EQ(b.size(), 1u);
    EXPECT_FALSE(a[0].stem.empty());
    EXPECT_EQ(a[0].stem, b[0].stem);
  }
}

TEST(AnalyzerTest, EnglishStemOfPatentsIsPatent) {
  EXPECT_EQ(stems_of("patents", "en"), std::vector<std::string>{"patent"});
}

TEST(AnalyzerTest, ArabicStemHasTehMarbutaFolded) {
  for (const Token& t : Analyzer("ar").analyze("مدرسة الجامعة")) {
    SCOPED_TRACE(t.word);
    EXPECT_EQ(t.word.find("ة"), std::string::npos);
    EXPECT_EQ(t.stem.find("ة"), std::string::npos);
  }
}

TEST(AnalyzerTest, StemmersExistExceptForChinese) {
  const std::vector<std::pair<std::string_view, bool>> cases = {
      {"ar", true}, {"en", true}, {"fr", true},  {"ru", true},
      {"es", true}, {"pt", true}, {"zh", false}, {"", false},
  };
  for (const auto& [lang, expected] : cases) {
    SCOPED_TRACE(std::string(lang));
    const Analyzer analyzer(lang);
    EXPECT_EQ(analyzer.lang(), lang);
    EXPECT_EQ(analyzer.has_stemmer(), expected);
    for (const Token& t : analyzer.analyze("Patents 专利")) {
      if (!expected && t.word == "专利") {
        EXPECT_TRUE(t.stem.empty()) << t.word;
      }
    }
  }
}

// Latin-script words in Chinese text are mostly English names and terms: they get English
// stems, so that Merits finds Merit. Language-neutral analysis stems nothing.
TEST(AnalyzerTest, LatinWordsInChineseGetEnglishStems) {
  std::map<std::string, std::string> zh_stems;
  for (const Token& t : Analyzer("zh").analyze("Merits的专利Networks和NSFNET")) {
    zh_stems[t.word] = t.stem;
  }
  EXPECT_EQ(zh_stems["merits"], "merit");
  EXPECT_EQ(zh_stems["networks"], "network");
  EXPECT_EQ(zh_stems["nsfnet"], "nsfnet");
  EXPECT_EQ(zh_stems["专利"], "");
  for (const Token& t : Analyzer("").analyze("Patents networks")) {
    EXPECT_TRUE(t.stem.empty()) << t.word;
  }
}

// Without a stemmer of their own, Latin and Greek words are stemmed without their accents, so
// that a query typed without them finds the document, and Greek capitals (written without
// accents) find lower case; other scripts keep their marks, which are letters there.
TEST(AnalyzerTest, WordsWithoutAStemmerMatchWithoutAccents) {
  EXPECT_EQ(stems_of("Thành phố Hồ Chí Minh", "vi"), stems_of("Thanh pho Ho Chi Minh", "vi"));
  EXPECT_EQ(stems_of("Thành phố Hồ Chí Minh", "vi"), stems_of("Thanh pho Ho Chi Minh", "en"));
  EXPECT_EQ(stems_of("Αθηναϊκοί αγώνες της πόλης", "el"),
            stems_of("ΑΘΗΝΑΙΚΟΙ ΑΓΩΝΕΣ ΤΗΣ ΠΟΛΗΣ", "el"));
  EXPECT_EQ(stems_of("πόλης", "el"), stems_of("πολης", "en"));
  for (const Token& t : Analyzer("th").analyze("ภาษาไทย")) {
    EXPECT_TRUE(t.stem.empty()) << t.word;
  }
  EXPECT_EQ(stems_of("Hồ", "fr"), (std::vector<std::string>{"hồ"}));  // fr has its own stemmer
}

TEST(AnalyzerTest, UnknownLanguageGetsNeutralAnalysis) {
  for (std::string_view lang : {"", "xx", "und"}) {
    SCOPED_TRACE(std::string(lang));
    EXPECT_EQ(words_of("Patents ＡＢＣ 綠色創新", lang),
              (std::vector<std::string>{"patents", "abc", "绿色", "创新"}));
  }
}

// A BCP 47 tag or a locale name is analysed as its language: pt-BR as pt, zh-Hant as zh.
TEST(AnalyzerTest, LanguageTagsAreAnalysedAsTheirLanguage) {
  const std::vector<std::pair<std::string_view, std::string_view>> cases = {
      {"pt-BR", "pt"}, {"zh-Hant", "zh"}, {"zh_CN.UTF-8", "zh"}, {"AR-eg", "ar"}, {"es-419", "es"}};
  const std::string text = "As patentes 專利權 البراءات, les brevets";
  for (const auto& [tag, lang] : cases) {
    SCOPED_TRACE(std::string(tag));
    const Analyzer tagged(tag);
    EXPECT_EQ(tagged.lang(), lang);
    const Analyzer plain(lang);
    std::vector<std::string> tagged_terms, plain_terms;
    for (const Token& t : tagged.analyze(text)) tagged_terms.push_back(t.word + "/" + t.stem);
    for (const Token& t : plain.analyze(text)) plain_terms.push_back(t.word + "/" + t.stem);
    EXPECT_EQ(tagged_terms, plain_terms);
  }
}

struct OffsetCase {
  std::string_view input;
  std::string_view lang;
  std::vector<std::string_view> surfaces;
};

TEST(AnalyzerTest, OffsetsPointIntoTheOriginalText) {
  const std::vector<OffsetCase> cases = {
      {"綠色創新", "zh", {"綠色", "創新"}},
      {"我们的綠色創新项目", "zh", {"我们", "的", "綠色", "創新", "项目"}},
      {"Office ＡＢＣ des ﬁnances", "fr", {"Office", "ＡＢＣ", "des", "ﬁnances"}},
      {"l’innovation, d'un brevet", "fr", {"l’innovation", "d'un", "brevet"}},
      {"الـعَرَبِيَّة مدرسة", "ar", {"الـعَرَبِيَّة", "مدرسة"}},
      {"  Охрана  ПАТЕНТОВ ", "ru", {"Охрана", "ПАТЕНТОВ"}},
      {"𝐀𝐁𝐂 😀 Patent", "en", {"𝐀𝐁𝐂", "Patent"}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.lang) + ": " + std::string(c.input));
    const auto tokens = Analyzer(c.lang).analyze(c.input);
    ASSERT_EQ(tokens.size(), c.surfaces.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const Token& t = tokens[i];
      ASSERT_LE(t.begin, t.end);
      ASSERT_LE(t.end, c.input.size());
      const std::string_view surface = c.input.substr(t.begin, t.end - t.begin);
      EXPECT_EQ(surface, c.surfaces[i]);
      // Analysing the surface alone gives the same term: highlighting and queries agree.
      const auto again = Analyzer(c.lang).analyze(surface);
      ASSERT_EQ(again.size(), 1u) << surface;
      EXPECT_EQ(again[0].word, t.word);
      EXPECT_EQ(again[0].stem, t.stem);
    }
  }
}

TEST(AnalyzerTest, PositionsCountFromOneInOrder) {
  const std::vector<std::pair<std::string_view, std::string_view>> cases = {
      {"The patents, the trademarks; and designs.", "en"},
      {"国家知识产权局提供培训", "zh"},
      {"يبحث المكتب الوطني عن شريك", "ar"},
      {"Охрана патентов и инноваций", "ru"},
  };
  for (const auto& [text, lang] : cases) {
    SCOPED_TRACE(std::string(lang) + ": " + std::string(text));
    const auto tokens = whole_words(Analyzer(lang).analyze(text));
    ASSERT_FALSE(tokens.empty());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      EXPECT_EQ(tokens[i].position, i + 1);
      if (i > 0) {
        EXPECT_GE(tokens[i].begin, tokens[i - 1].end);
      }
    }
  }
}

TEST(AnalyzerTest, TextWithoutWordsGivesNoTokens) {
  for (std::string_view text : {"", " ", "\t\n  ", "...,;!? — «»", "。，、", "😀😀"}) {
    SCOPED_TRACE(std::string(text));
    for (std::string_view lang : {"ar", "zh", "en", "fr", "ru", "es", "pt", ""}) {
      EXPECT_TRUE(Analyzer(lang).analyze(text).empty()) << lang;
    }
  }
}

struct BytesCase {
  std::string input;
  std::string_view lang;
  std::vector<std::string> expected;
};

TEST(AnalyzerTest, InvalidUtf8NeverThrowsAndSeparatesWords) {
  const std::vector<BytesCase> cases = {
      {"abc\xff"
       "def",
       "en",
       {"abc", "def"}},
      {"patent\xc3", "en", {"patent"}},
      {"\xc3(brevet", "fr", {"brevet"}},
      {"\xe2\x82 trademark \xf0\x9f\x98", "en", {"trademark"}},
      {"\xed\xa0\x80surrogate", "en", {"surrogate"}},
      {"\xc0\xaf"
       "overlong",
       "en",
       {"overlong"}},
      {"绿色\xff创新", "zh", {"绿色", "创新"}},
      {"патент\x80патент", "ru", {"патент", "патент"}},
      {std::string("nul\0byte", 8), "en", {"nul", "byte"}},
      {"\xff\xfe\xfd", "ar", {}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.lang) + ": " + c.input);
    std::vector<Token> tokens;
    ASSERT_NO_THROW(tokens = Analyzer(c.lang).analyze(c.input));
    std::vector<std::string> words;
    for (const Token& t : tokens) {
      words.push_back(t.word);
      EXPECT_TRUE(is_valid_utf8(t.word)) << t.word;
      EXPECT_TRUE(is_valid_utf8(c.input.substr(t.begin, t.end - t.begin)));
    }
    EXPECT_EQ(words, c.expected);
  }
}

TEST(AnalyzerTest, LongWordsAreCutOnACharacterBoundary) {
  const std::vector<std::pair<std::string, std::string_view>> cases = {
      {std::string(200, 'a'), "en"},
      {"a" +
           [] {
             std::string s;
             for (int i = 0; i < 60; ++i) s += "ж";
             return s;
           }(),
       "ru"},
      {[] {
         std::string s;
         for (int i = 0; i < 40; ++i) s += "ب";
         return s;
       }(),
       "ar"},
  };
  for (const auto& [text, lang] : cases) {
    SCOPED_TRACE(std::string(lang));
    const auto tokens = Analyzer(lang).analyze(text);
    ASSERT_EQ(tokens.size(), 1u);
    EXPECT_LE(tokens[0].word.size(), Analyzer::kMaxTermBytes);
    EXPECT_GE(tokens[0].word.size(), Analyzer::kMaxTermBytes - 3);
    EXPECT_LE(tokens[0].stem.size(), Analyzer::kMaxTermBytes);
    EXPECT_TRUE(is_valid_utf8(tokens[0].word));
    EXPECT_TRUE(is_valid_utf8(tokens[0].stem));
    EXPECT_EQ(tokens[0].end - tokens[0].begin, text.size());  // offsets keep the whole word
  }
}

// Texts assembled from words of every script, stray bytes and cut characters: whatever the
// input, analysis returns well-formed tokens that point inside it.
TEST(AnalyzerTest, MixedGarbageNeverBreaksTokens) {
  const std::vector<std::string> pieces = {
      "patent", "L'Office", "brevets", "綠色創新", "知识产权", "الـعَرَبِيَّة", "патентов",
      " ",      "\n",       "，",      "\xff",     "\xc3",     "\xe7\xbb", "\xf0\x9f",
      "😀",      "𝐀𝐁",       "ﬁ",       "’",        "'",        "-",        "7",
  };
  std::mt19937 random(20240501);
  for (std::string_view lang : {"ar", "zh", "en", "fr", "ru", "es", "pt", ""}) {
    const Analyzer analyzer(lang);
    for (int round = 0; round < 300; ++round) {
      std::string text;
      const auto n = random() % 12;
      for (std::uint32_t i = 0; i < n; ++i) text += pieces[random() % pieces.size()];
      SCOPED_TRACE(std::string(lang) + ": " + text);
      std::vector<Token> tokens;
      ASSERT_NO_THROW(tokens = whole_words(analyzer.analyze(text)));
      std::uint32_t previous_end = 0;
      for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        EXPECT_EQ(t.position, i + 1);
        EXPECT_LE(previous_end, t.begin);
        EXPECT_LT(t.begin, t.end);
        EXPECT_LE(t.end, text.size());
        EXPECT_FALSE(t.word.empty());
        EXPECT_TRUE(is_valid_utf8(t.word)) << t.word;
        EXPECT_TRUE(is_valid_utf8(t.stem)) << t.stem;
        previous_end = t.end;
      }
    }
  }
}

struct QueryCase {
  std::string_view lang;
  std::string_view document;
  std::string_view query;
};

// A query finds a document when every query stem (or word, without stemmer) is among the
// document's: the same analysis at both ends is what makes search work.
TEST(AnalyzerTest, QueryTermsMatchDocumentTerms) {
  const std::vector<QueryCase> cases = {
      {"en", "Licensing patents to small farmers", "patent license farmer"},
      {"fr", "L'Office protège les brevets d’invention", "brevet invention office"},
      {"es", "Protección de las patentes tecnológicas", "patente protección"},
      {"pt", "Proteção das inovações e patentes", "inovação patente"},
      {"ru", "Охрана патентов и изобретений", "патент изобретение"},
      {"ar", "حماية الملكية الفكرية في المدرسة", "ملكية فكرية مدرسة"},
      {"zh", "知識產權保護與綠色創新", "知识产权 绿色创新"},
  };
  AnalyzerCache cache;
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.lang) + ": " + std::string(c.query));
    const Analyzer& analyzer = cache.get(c.lang);
    const auto key = [&](const Token& t) { return analyzer.has_stemmer() ? t.stem : t.word; };
    std::vector<std::string> doc_terms;
    for (const Token& t : analyzer.analyze(c.document)) doc_terms.push_back(key(t));
    const auto query = analyzer.analyze(c.query);
    ASSERT_FALSE(query.empty());
    for (const Token& t : query) {
      EXPECT_NE(std::find(doc_terms.begin(), doc_terms.end(), key(t)), doc_terms.end())
          << "query term " << key(t) << " not in the document";
    }
  }
}

TEST(AnalyzerCacheTest, ReturnsOneAnalyzerPerLanguage) {
  AnalyzerCache cache;
  const Analyzer& fr = cache.get("fr");
  const Analyzer& en = cache.get("en");
  EXPECT_EQ(&fr, &cache.get("fr"));
  EXPECT_NE(&fr, &en);
  EXPECT_EQ(fr.lang(), "fr");
  EXPECT_EQ(en.lang(), "en");
  EXPECT_EQ(cache.get("").lang(), "");
}

TEST(AnalyzerTest, MovedAnalyzerStillWorks) {
  Analyzer a("en");
  Analyzer b = std::move(a);
  EXPECT_EQ(b.lang(), "en");
  ASSERT_EQ(b.analyze("patents").size(), 1u);
  EXPECT_EQ(b.analyze("patents")[0].stem, "patent");
}

}  // namespace
}  // namespace concord::analyzers
