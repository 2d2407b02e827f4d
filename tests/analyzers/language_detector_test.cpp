// Language detection of texts that do not say their language: titles and sentences in the
// seven supported languages, on the IP-cooperation topics the corpus holds and on everyday
// news, science and culture, so that the cues are not tuned to one domain.
#include "analyzers/language_detector.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "tests/analyzers/language_detection_cases.h"

namespace concord::analyzers {
namespace {

// Code points, not bytes: "over 40 characters" is what a reader counts.
std::size_t characters(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Short strings (40 characters or less) are 121/124 = 97.6% right; the floor is that minus about
// two strings, so a regression fails but a new honest miss in the table does not.
constexpr double kShortStringFloor = 95.0;

struct Tally {
  std::size_t right = 0, total = 0;
  void add(bool ok) {
    right += ok;
    ++total;
  }
  double percent() const {
    return total == 0 ? 100.0 : 100.0 * static_cast<double>(right) / static_cast<double>(total);
  }
};

void print_tally(const char* label, const Tally& t) {
  std::printf("  %-22s %3zu/%3zu = %5.1f%%\n", label, t.right, t.total, t.percent());
}

// Short strings are reported separately because they are where detectors differ: on a
// ten-word sentence every method is right, on a five-word title the cues have to carry it.
TEST(LanguageDetectorTest, ScriptsNameTheirDefaultLanguage) {
  EXPECT_EQ(script_language(dominant_script("知识产权")), "zh");
  EXPECT_EQ(script_language(dominant_script("الملكية")), "ar");
  EXPECT_EQ(script_language(dominant_script("патент")), "ru");
  EXPECT_EQ(script_language(dominant_script("とっきょ")), "ja");
  EXPECT_EQ(script_language(dominant_script("특허")), "ko");
  EXPECT_EQ(script_language(dominant_script("patent")), "");
  EXPECT_EQ(script_language(dominant_script("δίπλωμα")), "");
  for (const char* lang : {"en", "de", "vi", "tr", "pt"}) EXPECT_TRUE(writes_latin(lang)) << lang;
  for (const char* lang : {"el", "ja", "ru", "zh", "ar", "hi", "", "not a code"}) {
    EXPECT_FALSE(writes_latin(lang)) << lang;
  }
}

TEST(LanguageDetectorTest, DetectsTheSevenLanguages) {
  Tally all, long_only, short_only;
  std::map<std::string, Tally> by_lang;
  for (const auto& c : detection_cases()) {
    const std::string got = detect_language(c.text);
    const bool ok = got == c.expected;
    all.add(ok);
    by_lang[std::string(c.expected)].add(ok);
    (characters(c.text) > 40 ? long_only : short_only).add(ok);
    if (!ok) {
      std::printf("  misdetected (%zu chars) as \"%s\", want %s: %s\n", characters(c.text),
                  got.c_str(), std::string(c.expected).c_str(), std::string(c.text).c_str());
    }
  }
  std::printf("language detection accuracy:\n");
  print_tally("overall", all);
  print_tally("over 40 characters", long_only);
  print_tally("40 characters or less", short_only);
  for (const auto& [lang, tally] : by_lang) print_tally(lang.c_str(), tally);
  ASSERT_GE(all.total, 200u);
  EXPECT_GE(long_only.percent(), 97.0);
  // What the detector reaches on short strings, minus a margin of about two strings, so that
  // a regression fails here rather than in search quality.
  EXPECT_GE(short_only.percent(), kShortStringFloor);
}

// Latin-script titles of 40+ bytes that CLD2 calls "reliably" English or Catalan: clear
// function-word cues must win, and a fr/pt letter tie must not leave plain Portuguese undetected.
TEST(LanguageDetectorTest, LatinTitlesOver40BytesFollowTheCues) {
  const std::vector<DetectCase> cases = {
      {"Transferencia de tecnología en universidades andinas", "es"},  // got "en"
      {"Denominación de origen para el café de altura", "es"},         // got "ca"
      {"Transferência de tecnologia nas universidades", "pt"},         // got ""
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.text));
    EXPECT_EQ(detect_language(c.text), c.expected);
  }
}

// The table must stay balanced, or the accuracy it reports says little about one language.
TEST(LanguageDetectorTest, PerLanguageCountsInTheTable) {
  for (std::string_view lang : {"ar", "zh", "en", "fr", "ru", "es", "pt"}) {
    std::size_t short_n = 0, long_n = 0;
    for (const auto& c : detection_cases()) {
      if (c.expected != lang) continue;
      (characters(c.text) > 40 ? long_n : short_n) += 1;
    }
    SCOPED_TRACE(std::string(lang));
    EXPECT_GE(short_n + long_n, 30u);
    EXPECT_GE(short_n, 14u);
    EXPECT_GE(long_n, 14u);
  }
}

// Japanese with kana is easy; kanji-only Japanese (headlines, agency names) is told by the
// character forms only Japanese uses, by words only Japanese writes that way, and by mixing
// forms a Chinese text would write all Simplified or all Traditional.
TEST(LanguageDetectorTest, Japanese) {
  const std::vector<DetectCase> cases = {
      {"東京都知事選挙の結果", "ja"},
      {"特許庁審査基準改訂", "ja"},
      {"大阪府知事選挙", "ja"},
      {"気象庁大雨警報発表", "ja"},
      {"円安進行輸出企業好調", "ja"},
      {"青森県立美術館", "ja"},
      {"労働基準法改正案", "ja"},
      {"駅前再開発事業", "ja"},
      {"読売新聞世論調査", "ja"},
      {"実証実験開始", "ja"},
      {"首都圏鉄道運休", "ja"},
      {"北海道新幹線延伸計画", "ja"},
      {"日本銀行金融政策決定会合", "ja"},
      {"株式会社設立登記", "ja"},
      {"特許出願の手続きについて教えてください", "ja"},
      {"ちょさくけんのほご", "ja"},
      {"ラーメン店の新メニュー", "ja"},
      {"明日は全国的に雨が降るでしょう。洗濯物は部屋の中に干したほうがよさそうです。", "ja"},
  };
  std::size_t right = 0;
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.text));
    const std::string got = detect_language(c.text);
    EXPECT_EQ(got, c.expected);
    right += got == c.expected;
  }
  std::printf("Japanese: %zu/%zu\n", right, cases.size());
}

// Han text written with forms Chinese and Japanese share cannot be told apart; it stays
// Chinese, the supported language, and so do Chinese texts that mention Japanese places.
TEST(LanguageDetectorTest, SharedHanStaysChinese) {
  const std::vector<DetectCase> cases = {
      {"东京都知事选举结果", "zh"},
      {"東京都知事選舉結果", "zh"},
      {"東北地方太平洋沖地震", "zh"},  // could be either; nothing says Japanese
      {"北京大学", "zh"},
      {"地区经济发展规划", "zh"},  // 区 is Simplified Chinese too
      {"日本首相访问北京", "zh"},
      {"國立臺灣大學圖書館", "zh"},
      {"新华社记者从日本広岛发回报道，当地各界人士举行集会，纪念原子弹爆炸受害者，呼吁世界和平。",
       "zh"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.text));
    EXPECT_EQ(detect_language(c.text), c.expected);
  }
}

// Persian and Urdu share the Arabic script but have letters of their own; a lone borrowed
// letter in an Arabic text (a foreign name) must not turn it Persian.
TEST(LanguageDetectorTest, ArabicScriptLanguages) {
  const std::vector<DetectCase> cases = {
      {"قیمت نان دوباره افزایش یافت", "fa"},
      {"برگزاری جشنواره فیلم در تهران", "fa"},
      {"کتابخانه ملی ایران", "fa"},
      {"پژوهشگران یک ماهواره تازه ساختند", "fa"},
      {"وزارت بهداشت اعلام کرد که واکسیناسیون کودکان از هفته آینده در همه "
       "استان‌ها "
       "آغاز "
       "می‌شود.",
       "fa"},
      {"پاکستان میں شدید بارشوں کا سلسلہ جاری ہے", "ur"},
      {"لاہور میں کتاب میلہ", "ur"},
      {"کرکٹ ٹیم نے میچ جیت لیا", "ur"},
      {"حکومت نے اعلان کیا ہے کہ اگلے مہینے سے تمام سرکاری اسکولوں میں مفت کتابیں دی جائیں گی۔",
       "ur"},
      {"استضافت العاصمة معرضا لأعمال الرسام پابلو بيكاسو بحضور عدد كبير من الزوار والنقاد.", "ar"},
      {"مكتب البراءات", "ar"},
      {"كتاب جديد", "ar"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.text));
    EXPECT_EQ(detect_language(c.text), c.expected);
  }
}

// Very short strings where a single word or letter decides, and strings where more than one
// answer is defensible (including "", no answer): the detector must pick one of those, never
// an unrelated language.
TEST(LanguageDetectorTest, ShortAmbiguousCases) {
  struct Case {
    std::string_view text;
    std::vector<std::string_view> allowed;
  };
  const std::vector<Case> cases = {
      {"Universidade de Lisboa", {"pt"}},
      {"Universidad de Chile", {"es"}},
      {"Université de Genève", {"fr"}},
      {"Café da manhã", {"pt"}},
      {"São Paulo", {"pt"}},
      {"El Niño", {"es"}},
      {"Les Misérables", {"fr"}},
      {"Don Quijote de la Mancha", {"es"}},
      {"Os Lusíadas", {"pt"}},
      {"The Beatles", {"en"}},
      {"Festival de jazz", {"fr", "es", "pt", ""}},
      {"A casa", {"pt", "es", ""}},
      {"Radio Nacional", {"es", "pt", ""}},
      {"Hotel", {"en", "fr", "es", "pt", ""}},
      {"OK", {"en", ""}},
      {"Привет", {"ru"}},
      {"Москва", {"ru"}},
      {"مرحبا", {"ar"}},
      {"你好", {"zh"}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.text));
    const std::string got = detect_language(c.text);
    EXPECT_TRUE(std::find(c.allowed.begin(), c.allowed.end(), got) != c.allowed.end())
        << "got \"" << got << "\"";
  }
}

// Field values come from users and crawlers: any bytes must give an answer, quickly.
TEST(LanguageDetectorTest, AnyBytesAreSafe) {
  EXPECT_EQ(detect_language(std::string_view("\xc3", 1)), "");
  EXPECT_EQ(detect_language(std::string_view("\0\0\0", 3)), "");
  EXPECT_EQ(detect_language("\xed\xa0\x80\xed\xb0\x80"), "");  // UTF-16 surrogates in UTF-8
  EXPECT_EQ(detect_language("Le conseil \xff\xfe municipal a adopt\xc3 un plan pour la ville"),
            "fr");
  // Every prefix of a multi-byte text, so cuts fall inside characters.
  const std::string mixed = "Привет, 世界! Olá, coração. مرحبا";
  for (std::size_t n = 0; n <= mixed.size(); ++n) (void)detect_language(mixed.substr(0, n));

  // Megabytes of text cost no more than the first few kilobytes.
  std::string huge;
  while (huge.size() < 8 * 1024 * 1024) {
    huge += "Les chercheurs ont constaté que les enfants lisent chaque soir. ";
  }
  EXPECT_EQ(detect_language(huge), "fr");
  std::string han(3 * 1024 * 1024, '\0');
  for (std::size_t i = 0; i + 3 <= han.size(); i += 3) han.replace(i, 3, "专");
  EXPECT_EQ(detect_language(han), "zh");
  std::string garbage(1024 * 1024, '\x80');
  EXPECT_EQ(detect_language(garbage), "");
}

TEST(LanguageDetectorTest, OtherScriptsAndNoLetters) {
  const std::vector<DetectCase> cases = {
      {"特許出願の手続きについて教えてください", "ja"},
      {"ちょさくけんのほご", "ja"},
      {"지식재산권 보호", "ko"},
      {"", ""},
      {"   ", ""},
      {"...!?,;: — «»", ""},
      {"2024-05-01 / 42", ""},
      {"😀😀😀", ""},
      {"\xff\xfe\xfd", ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.text));
    EXPECT_EQ(detect_language(c.text), c.expected);
  }
}

TEST(LanguageDetectorTest, IsSupportedLanguage) {
  const std::vector<std::pair<std::string_view, bool>> cases = {
      {"ar", true}, {"zh", true},  {"en", true},  {"fr", true}, {"ru", true},  {"es", true},
      {"pt", true}, {"ja", false}, {"de", false}, {"", false},  {"EN", false}, {"pt-BR", false},
  };
  for (const auto& [lang, expected] : cases) {
    SCOPED_TRACE(std::string(lang));
    EXPECT_EQ(is_supported_language(lang), expected);
  }
}

TEST(LanguageDetectorTest, DominantScript) {
  const std::vector<DetectCase> cases = {
      {"Patent office", "latin"},
      {"Офис патентов", "cyrillic"},
      {"مكتب البراءات", "arabic"},
      {"专利局", "han"},
      {"專利局", "han"},
      {"ひらがな カタカナ", "kana"},
      {"特許庁の審査", "kana"},
      {"특허청", "hangul"},
      {"Γραφείο διπλωμάτων", "other"},
      {"Patent office 专利", "latin"},
      {"", ""},
      {"123 !?", ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.text));
    EXPECT_EQ(dominant_script(c.text), c.expected);
  }
}

// Found by fuzz_analyzers: for N'Ko letters CLD2 answers its script placeholder "xx-Nkoo",
// which is no language; the detector must say "" rather than pass it on as a document's
// language.
TEST(LanguageDetectorTest, ScriptsWithoutALanguageAreNotDetected) {
  EXPECT_EQ(detect_language(std::string("=\0\0\0\xaa\xa4\x80\xff\xff\xdf\x9c", 11)), "");
  EXPECT_EQ(detect_language("\xdf\x92\xdf\x9e\xdf\x8f \xdf\x92\xdf\x9e\xdf\x8f\xdf\xab"), "");
}

}  // namespace
}  // namespace concord::analyzers
