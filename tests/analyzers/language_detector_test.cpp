// Language detection of texts that do not say their language: titles and sentences in the
// seven supported languages, on the IP-cooperation topics the corpus holds.
#include "analyzers/language_detector.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace concord::analyzers {
namespace {

struct DetectCase {
  std::string_view text;
  std::string_view expected;
};

// Code points, not bytes: "over 40 characters" is what a reader counts.
std::size_t characters(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

const std::vector<DetectCase>& detection_cases() {
  static const std::vector<DetectCase> cases = {
      // English
      {"Patent licensing support for small farmers", "en"},
      {"Technology transfer office for universities", "en"},
      {"Trademark registration in the Andean region", "en"},
      {"Mentoring programme for women inventors", "en"},
      {"Protecting traditional knowledge of healers", "en"},
      {"The national IP office is looking for a partner to train patent examiners in "
       "biotechnology.",
       "en"},
      {"Our university wants to license its solar drying technology to cooperatives in East "
       "Africa.",
       "en"},
      {"This project helped coffee growers register a geographical indication and raise export "
       "prices.",
       "en"},
      {"The court held that the generic medicine did not infringe the patent because the claims "
       "were too narrow.",
       "en"},
      {"We offer free legal advice on copyright to independent musicians and small publishers.",
       "en"},
      // French
      {"Accompagnement des PME pour le dépôt de brevets", "fr"},
      {"Formation des examinateurs de marques au Sénégal", "fr"},
      {"Valorisation de la recherche universitaire", "fr"},
      {"Indications géographiques pour le café de montagne", "fr"},
      {"Réseau de centres d'appui à la technologie", "fr"},
      {"L'office national cherche un partenaire pour moderniser la gestion électronique des "
       "demandes de brevet.",
       "fr"},
      {"Cette coopération a permis aux artisans de protéger leurs dessins et modèles textiles.",
       "fr"},
      {"La cour d'appel a jugé que la marque était descriptive et ne pouvait pas être "
       "enregistrée.",
       "fr"},
      {"Nous proposons une formation gratuite sur la propriété intellectuelle pour les jeunes "
       "entrepreneurs.",
       "fr"},
      {"Le projet soutient les coopératives agricoles dans la protection de leurs variétés "
       "végétales.",
       "fr"},
      // Spanish
      {"Apoyo a pymes para el registro de marcas", "es"},
      {"Transferencia de tecnología en universidades andinas", "es"},
      {"Protección de variedades vegetales en Colombia", "es"},
      {"Denominación de origen para el café de altura", "es"},
      {"Programa de mentoría para mujeres inventoras", "es"},
      {"La oficina nacional busca un socio para capacitar a los examinadores de patentes en "
       "biotecnología.",
       "es"},
      {"El tribunal consideró que la marca era descriptiva y confirmó la denegación del registro.",
       "es"},
      {"Ofrecemos asesoría jurídica gratuita sobre derechos de autor a músicos independientes.",
       "es"},
      {"Gracias a esta cooperación, las comunidades indígenas protegieron sus conocimientos "
       "tradicionales.",
       "es"},
      {"Nuestra universidad quiere licenciar su tecnología de riego solar a cooperativas de la "
       "región.",
       "es"},
      // Portuguese
      {"Apoio às pequenas empresas no registro de marcas", "pt"},
      {"Transferência de tecnologia nas universidades", "pt"},
      {"Indicação geográfica para o café do cerrado", "pt"},
      {"Proteção de cultivares e direitos dos agricultores", "pt"},
      {"Capacitação de examinadores de patentes em Moçambique", "pt"},
      {"O instituto nacional procura um parceiro para modernizar o exame eletrônico de pedidos "
       "de patente.",
       "pt"},
      {"O tribunal decidiu que a marca não era distintiva e manteve o indeferimento do registro.",
       "pt"},
      {"Oferecemos assessoria jurídica gratuita sobre direitos autorais para músicos "
       "independentes.",
       "pt"},
      {"Graças a esta cooperação, as comunidades tradicionais protegeram os seus conhecimentos.",
       "pt"},
      {"A nossa universidade quer licenciar a sua tecnologia de secagem solar para cooperativas.",
       "pt"},
      // Russian
      {"Поддержка малого бизнеса в патентовании", "ru"},
      {"Передача технологий в университетах", "ru"},
      {"Охрана товарных знаков в Центральной Азии", "ru"},
      {"Обучение патентных экспертов", "ru"},
      {"Географические указания для фермеров", "ru"},
      {"Национальное патентное ведомство ищет партнёра для обучения экспертов в области "
       "биотехнологий.",
       "ru"},
      {"Суд признал, что товарный знак не обладает различительной способностью.", "ru"},
      {"Мы предлагаем бесплатные консультации по авторскому праву для независимых музыкантов.",
       "ru"},
      {"Благодаря сотрудничеству ремесленники смогли зарегистрировать коллективные знаки.", "ru"},
      {"Университет планирует лицензировать технологию солнечной сушки для кооперативов.", "ru"},
      // Arabic
      {"دعم المؤسسات الصغيرة في تسجيل العلامات التجارية", "ar"},
      {"نقل التكنولوجيا في الجامعات العربية", "ar"},
      {"حماية المؤشرات الجغرافية للتمور", "ar"},
      {"تدريب فاحصي البراءات", "ar"},
      {"الملكية الفكرية والصحة العامة", "ar"},
      {"يبحث المكتب الوطني للملكية الصناعية عن شريك لتدريب فاحصي البراءات في مجال التكنولوجيا "
       "الحيوية.",
       "ar"},
      {"قضت المحكمة بأن العلامة التجارية وصفية ولا يجوز تسجيلها في السجل الوطني.", "ar"},
      {"نقدم استشارات قانونية مجانية في حق المؤلف للموسيقيين المستقلين.", "ar"},
      {"ساعد هذا التعاون الحرفيات على حماية تصاميمهن التقليدية وزيادة صادراتهن.", "ar"},
      {"تسعى الجامعة إلى ترخيص تقنية التجفيف بالطاقة الشمسية للتعاونيات الزراعية.", "ar"},
      // Chinese, Simplified and Traditional
      {"中小企业专利申请支持", "zh"},
      {"高校技术转移合作", "zh"},
      {"地理标志保护与乡村振兴", "zh"},
      {"綠色技術創新合作", "zh"},
      {"知识产权与公共卫生", "zh"},
      {"国家知识产权局正在寻找合作伙伴，为生物技术领域的专利审查员提供系统培训，提升审查质量和效率"
       "。",
       "zh"},
      {"法院认为，被告未经许可使用与原告注册商标近似的标志，构成商标侵权，应当停止侵权并赔偿损失。",
       "zh"},
      {"我们为独立音乐人和小型出版社提供免费的著作权法律咨询，帮助他们了解授权许可和维权途径。",
       "zh"},
      {"通過這次南南合作，非洲的手工藝合作社學會了如何登記集體商標，並在國際市場上提高了產品價格。",
       "zh"},
      {"我校希望将太阳能干燥技术许可给东非的农业合作社，同时提供技术培训和后续服务支持。", "zh"},
  };
  return cases;
}

TEST(LanguageDetectorTest, DetectsTheSevenLanguages) {
  std::size_t total = 0, right = 0, long_total = 0, long_right = 0;
  for (const auto& c : detection_cases()) {
    const std::string got = detect_language(c.text);
    const bool ok = got == c.expected;
    ++total;
    right += ok;
    if (characters(c.text) > 40) {
      ++long_total;
      long_right += ok;
    }
    if (!ok) {
      std::printf("  misdetected (%zu chars) as \"%s\", want %s: %s\n", characters(c.text),
                  got.c_str(), std::string(c.expected).c_str(), std::string(c.text).c_str());
    }
  }
  ASSERT_GE(total, 70u);
  ASSERT_GE(long_total, 35u);
  const double all = 100.0 * static_cast<double>(right) / static_cast<double>(total);
  const double long_only =
      100.0 * static_cast<double>(long_right) / static_cast<double>(long_total);
  std::printf(
      "language detection accuracy: %zu/%zu = %.1f%% overall; %zu/%zu = %.1f%% over 40 "
      "characters\n",
      right, total, all, long_right, long_total, long_only);
  EXPECT_GE(long_only, 95.0);
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

TEST(LanguageDetectorTest, PerLanguageCountsInTheTable) {
  for (std::string_view lang : {"ar", "zh", "en", "fr", "ru", "es", "pt"}) {
    std::size_t n = 0, long_n = 0;
    for (const auto& c : detection_cases()) {
      if (c.expected != lang) continue;
      ++n;
      long_n += characters(c.text) > 40;
    }
    SCOPED_TRACE(std::string(lang));
    EXPECT_GE(n, 10u);
    EXPECT_GE(long_n, 4u);
  }
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

}  // namespace
}  // namespace concord::analyzers
