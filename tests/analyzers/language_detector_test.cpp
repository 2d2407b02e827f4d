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

// Short strings (40 characters or less) are 121/124 = 97.6% right; the floor is that minus about
// two strings, so a regression fails but a new honest miss in the table does not.
constexpr double kShortStringFloor = 95.0;

const std::vector<DetectCase>& detection_cases() {
  static const std::vector<DetectCase> cases = {
      // English: IP-cooperation titles and sentences, then everyday news, science and culture
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
      {"Heavy rain floods the city centre", "en"},
      {"New vaccine trial shows early promise", "en"},
      {"How bees find their way home", "en"},
      {"Museum reopens after long renovation", "en"},
      {"Local team wins the cup final", "en"},
      {"Bread prices rise again", "en"},
      {"A guide to night photography", "en"},
      {"Why the ocean is getting warmer", "en"},
      {"School meals to be free for all", "en"},
      {"Train strike called off", "en"},
      {"The history of the printing press", "en"},
      {"Ten tips for a better night's sleep", "en"},
      {"Scientists map the moon's south pole", "en"},
      {"Jazz festival returns this summer", "en"},
      {"What we learned from the census", "en"},
      {"Researchers found that children who read every evening know far more words by the age of "
       "ten.",
       "en"},
      {"The bridge will stay closed to cars until engineers have checked every cable and repaired "
       "the joints.",
       "en"},
      {"After three dry months, farmers in the valley fear that this year's harvest will be the "
       "smallest in decades.",
       "en"},
      {"The orchestra gave the first performance of a symphony by a young composer who grew up in "
       "a fishing village.",
       "en"},
      {"Doctors recommend walking for at least half an hour a day to keep the heart and lungs "
       "healthy.",
       "en"},
      {"The city council has approved a plan to plant ten thousand trees along its busiest "
       "streets.",
       "en"},
      // French: IP-cooperation titles and sentences, then everyday news, science and culture
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
      {"La cour d'appel a jugé que la marque était descriptive et ne pouvait pas être enregistrée.",
       "fr"},
      {"Nous proposons une formation gratuite sur la propriété intellectuelle pour les jeunes "
       "entrepreneurs.",
       "fr"},
      {"Le projet soutient les coopératives agricoles dans la protection de leurs variétés "
       "végétales.",
       "fr"},
      {"Fortes pluies sur le sud du pays", "fr"},
      {"Le prix du pain augmente encore", "fr"},
      {"Les abeilles et leur mémoire", "fr"},
      {"Rentrée scolaire : ce qui change", "fr"},
      {"Un nouveau musée ouvre à Lyon", "fr"},
      {"La grève des trains est levée", "fr"},
      {"Recette de la soupe à l'oignon", "fr"},
      {"Pourquoi l'océan se réchauffe", "fr"},
      {"Victoire historique de l'équipe", "fr"},
      {"Festival de jazz en plein air", "fr"},
      {"Élections municipales à Marseille", "fr"},
      {"Dix conseils pour mieux dormir", "fr"},
      {"Histoire de l'imprimerie", "fr"},
      {"Nouvelles aides pour les retraités", "fr"},
      {"Le télescope observe une comète", "fr"},
      {"Concert gratuit au château", "fr"},
      {"Les chercheurs ont constaté que les enfants qui lisent chaque soir connaissent beaucoup "
       "plus de mots.",
       "fr"},
      {"Le pont restera fermé aux voitures jusqu'à ce que les ingénieurs aient vérifié tous les "
       "câbles.",
       "fr"},
      {"Après trois mois sans pluie, les agriculteurs de la vallée craignent une très mauvaise "
       "récolte.",
       "fr"},
      {"L'orchestre a créé une symphonie composée par une jeune musicienne née dans un village de "
       "pêcheurs.",
       "fr"},
      {"Les médecins conseillent de marcher au moins une demi-heure par jour pour garder le cœur "
       "en bonne santé.",
       "fr"},
      {"Le conseil municipal a adopté un plan pour planter dix mille arbres le long des grandes "
       "avenues.",
       "fr"},
      // Spanish: IP-cooperation titles and sentences, then everyday news, science and culture
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
      {"Fuertes lluvias en el norte del país", "es"},
      {"Sube otra vez el precio del pan", "es"},
      {"Cómo se orientan las abejas", "es"},
      {"Reabre el museo tras la reforma", "es"},
      {"El equipo local gana la copa", "es"},
      {"Huelga de trenes desconvocada", "es"},
      {"Receta de tortilla de patatas", "es"},
      {"¿Por qué se calienta el océano?", "es"},
      {"Festival de jazz en la playa", "es"},
      {"Elecciones municipales en Sevilla", "es"},
      {"Diez consejos para dormir mejor", "es"},
      {"Historia de la imprenta", "es"},
      {"Nuevas ayudas para los jubilados", "es"},
      {"Un telescopio observa un cometa", "es"},
      {"Comedores escolares gratuitos", "es"},
      {"Mañana habrá niebla en Madrid", "es"},
      {"Los investigadores comprobaron que los niños que leen cada noche conocen muchas más "
       "palabras.",
       "es"},
      {"El puente seguirá cerrado al tráfico hasta que los ingenieros revisen todos los cables "
       "dañados.",
       "es"},
      {"Tras tres meses sin lluvia, los agricultores del valle temen que la cosecha sea la peor en "
       "décadas.",
       "es"},
      {"La orquesta estrenó una sinfonía escrita por una joven compositora que creció en un pueblo "
       "pesquero.",
       "es"},
      {"Los médicos recomiendan caminar al menos media hora al día para mantener el corazón sano.",
       "es"},
      {"El ayuntamiento aprobó un plan para plantar diez mil árboles en las calles con más "
       "tráfico.",
       "es"},
      // Portuguese: IP-cooperation titles and sentences, then everyday news, science and culture
      {"Apoio às pequenas empresas no registro de marcas", "pt"},
      {"Transferência de tecnologia nas universidades", "pt"},
      {"Indicação geográfica para o café do cerrado", "pt"},
      {"Proteção de cultivares e direitos dos agricultores", "pt"},
      {"Capacitação de examinadores de patentes em Moçambique", "pt"},
      {"O instituto nacional procura um parceiro para modernizar o exame eletrônico de pedidos de "
       "patente.",
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
      {"Chuvas fortes no sul do país", "pt"},
      {"Preço do pão volta a subir", "pt"},
      {"Como as abelhas encontram o caminho", "pt"},
      {"Museu reabre depois da reforma", "pt"},
      {"Time da casa vence a final", "pt"},
      {"Greve dos comboios cancelada", "pt"},
      {"Receita de bolo de cenoura", "pt"},
      {"Por que o oceano está aquecendo", "pt"},
      {"Festival de jazz na praia", "pt"},
      {"Eleições municipais em São Paulo", "pt"},
      {"Dez dicas para dormir melhor", "pt"},
      {"História da imprensa no Brasil", "pt"},
      {"Novos apoios para os aposentados", "pt"},
      {"Telescópio observa um cometa", "pt"},
      {"Merenda escolar gratuita", "pt"},
      {"Amanhã terá neblina em Lisboa", "pt"},
      {"Os pesquisadores verificaram que as crianças que leem todas as noites conhecem muito mais "
       "palavras.",
       "pt"},
      {"A ponte continuará fechada ao trânsito até que os engenheiros inspecionem todos os cabos "
       "danificados.",
       "pt"},
      {"Depois de três meses sem chuva, os agricultores do vale temem que a colheita seja a pior "
       "em décadas.",
       "pt"},
      {"A orquestra estreou uma sinfonia escrita por uma jovem compositora que cresceu numa aldeia "
       "de pescadores.",
       "pt"},
      {"Os médicos recomendam caminhar pelo menos meia hora por dia para manter o coração "
       "saudável.",
       "pt"},
      {"A prefeitura aprovou um plano para plantar dez mil árvores nas ruas mais movimentadas.",
       "pt"},
      // Russian: IP-cooperation titles and sentences, then everyday news, science and culture
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
      {"Сильные дожди на юге страны", "ru"},
      {"Хлеб снова подорожал", "ru"},
      {"Как пчёлы находят дорогу домой", "ru"},
      {"Музей открылся после ремонта", "ru"},
      {"Местная команда выиграла кубок", "ru"},
      {"Забастовка машинистов отменена", "ru"},
      {"Рецепт борща с фасолью", "ru"},
      {"Почему океан нагревается", "ru"},
      {"Джазовый фестиваль в парке", "ru"},
      {"Выборы мэра в Казани", "ru"},
      {"Десять советов для крепкого сна", "ru"},
      {"История книгопечатания", "ru"},
      {"Новые льготы для пенсионеров", "ru"},
      {"Телескоп заметил комету", "ru"},
      {"Бесплатное питание в школах", "ru"},
      {"Исследователи выяснили, что дети, которые читают каждый вечер, знают гораздо больше слов.",
       "ru"},
      {"Мост останется закрытым для машин, пока инженеры не проверят все тросы и опоры.", "ru"},
      {"После трёх месяцев засухи фермеры опасаются, что урожай в этом году будет очень скромным.",
       "ru"},
      {"Оркестр впервые исполнил симфонию молодой композиторши, выросшей в рыбацкой деревне.",
       "ru"},
      {"Врачи советуют ходить пешком не меньше получаса в день, чтобы сохранить здоровое сердце.",
       "ru"},
      {"Городской совет утвердил план посадки десяти тысяч деревьев вдоль главных улиц.", "ru"},
      {"Вчера вечером в центре города прошёл концерт, на который пришли почти десять тысяч "
       "человек.",
       "ru"},
      {"Учёные обнаружили у берегов Камчатки новый вид глубоководных рыб, светящихся в темноте.",
       "ru"},
      {"Цены на авиабилеты летом выросли почти на треть, и многие семьи решили отдыхать на даче.",
       "ru"},
      // Arabic: IP-cooperation titles and sentences, then everyday news, science and culture
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
      {"أمطار غزيرة في جنوب البلاد", "ar"},
      {"ارتفاع سعر الخبز مجددا", "ar"},
      {"كيف يجد النحل طريقه", "ar"},
      {"إعادة افتتاح المتحف الوطني", "ar"},
      {"الفريق المحلي يفوز بالكأس", "ar"},
      {"إلغاء إضراب القطارات", "ar"},
      {"طريقة تحضير الكسكس", "ar"},
      {"لماذا ترتفع حرارة المحيطات", "ar"},
      {"مهرجان الموسيقى في الهواء الطلق", "ar"},
      {"الانتخابات البلدية في القاهرة", "ar"},
      {"عشر نصائح لنوم أفضل", "ar"},
      {"تاريخ الطباعة", "ar"},
      {"دعم جديد للمتقاعدين", "ar"},
      {"تلسكوب يرصد مذنبا", "ar"},
      {"وجبات مدرسية مجانية", "ar"},
      {"وجد الباحثون أن الأطفال الذين يقرؤون كل مساء يعرفون كلمات أكثر بكثير من أقرانهم.", "ar"},
      {"سيبقى الجسر مغلقا أمام السيارات حتى يفحص المهندسون جميع الكابلات المتضررة.", "ar"},
      {"بعد ثلاثة أشهر من الجفاف يخشى المزارعون في الوادي أن يكون المحصول هذا العام ضعيفا.", "ar"},
      {"قدمت الأوركسترا سيمفونية جديدة كتبتها ملحنة شابة نشأت في قرية للصيادين.", "ar"},
      {"ينصح الأطباء بالمشي نصف ساعة على الأقل يوميا للحفاظ على صحة القلب.", "ar"},
      {"وافق المجلس البلدي على خطة لزراعة عشرة آلاف شجرة على طول الشوارع الرئيسية.", "ar"},
      {"أقيم مساء أمس حفل موسيقي في وسط المدينة حضره ما يقارب عشرة آلاف شخص.", "ar"},
      {"اكتشف العلماء نوعا جديدا من الأسماك التي تعيش في أعماق البحر وتضيء في الظلام.", "ar"},
      {"ارتفعت أسعار تذاكر الطيران هذا الصيف بنحو الثلث فقررت عائلات كثيرة قضاء العطلة في القرية.",
       "ar"},
      // Chinese, Simplified and Traditional: IP-cooperation titles and sentences, then everyday
      // news, science and culture
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
      {"南方地区持续强降雨", "zh"},
      {"面包价格再次上涨", "zh"},
      {"蜜蜂如何找到回家的路", "zh"},
      {"博物馆修缮后重新开放", "zh"},
      {"本地球队夺得杯赛冠军", "zh"},
      {"铁路工人罢工计划取消", "zh"},
      {"红烧肉的家常做法", "zh"},
      {"海洋为什么正在变暖", "zh"},
      {"露天爵士音乐节开幕", "zh"},
      {"上海市长选举结果", "zh"},
      {"改善睡眠的十个建议", "zh"},
      {"印刷术的历史与发展", "zh"},
      {"退休人员将获新补贴", "zh"},
      {"望遠鏡觀測到新彗星", "zh"},
      {"學校免費午餐計劃", "zh"},
      {"研究人员发现，每天晚上坚持阅读的孩子到十岁时掌握的词汇量明显多于同龄人，表达能力也更强。",
       "zh"},
      {"在工程师检查完所有钢索并修复受损的接缝之前，这座大桥将继续禁止机动车通行，请市民提前绕行。",
       "zh"},
      {"连续三个月没有下雨，山谷里的农民担心今年的收成会是几十年来最差的一次，当地政府已开始调水。",
       "zh"},
      {"乐团首演了一部新交响曲，作曲者是一位在渔村长大的年轻女性，演出结束后观众起立鼓掌了很久。",
       "zh"},
      {"醫生建議每天至少步行半小時，以保持心臟和肺部健康，同時也有助於改善睡眠品質和情緒狀態。",
       "zh"},
      {"市议会批准了一项计划，将在城市最繁忙的街道两旁种植一万棵树，以降低夏季气温并改善空气质量。",
       "zh"},
      {"昨晚市中心举办了一场露天音乐会，近一万名观众冒雨到场，演出一直持续到深夜才结束，气氛非常热"
       "烈。",
       "zh"},
      {"科学家在南海深处发现了一种会在黑暗中发光的新鱼类，这一发现有助于了解深海生态系统的演化过程"
       "。",
       "zh"},
      {"今年夏天机票价格上涨了将近三分之一，不少家庭因此决定放弃出国旅行，改为在国内自驾游或者露营"
       "。",
       "zh"},
      {"這部紀錄片講述了一位老木匠在山村裡修復百年古廟的故事，上映後在網路上引起了廣泛的討論。",
       "zh"},
  };
  return cases;
}

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

}  // namespace
}  // namespace concord::analyzers
