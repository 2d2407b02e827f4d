#include "analyzers/stopwords.h"

#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>

#include "analyzers/text_normalizer.h"

namespace concord::analyzers {
namespace {

// Our own short lists: articles, pronouns, prepositions, conjunctions, auxiliaries and question
// words. Question words matter most: users and test collections alike ask questions.
constexpr std::string_view kEnglish[] = {
    "a",      "an",     "and",    "are",     "as",      "at",     "be",      "been",    "but",
    "by",     "can",    "could",  "did",     "do",      "does",   "for",     "from",    "had",
    "has",    "have",   "he",     "her",     "his",     "how",    "i",       "if",      "in",
    "into",   "is",     "it",     "its",     "many",    "much",   "of",      "on",      "or",
    "she",    "so",     "some",   "such",    "than",    "that",   "the",     "their",   "them",
    "then",   "there",  "these",  "they",    "this",    "those",  "to",      "was",     "we",
    "were",   "what",   "when",   "where",   "which",   "while",  "who",     "whom",    "whose",
    "why",    "will",   "with",   "would",   "you",     "your",   "our",     "also",    "any",
    "about",  "after",  "before", "other",   "not",     "no",     "one",     "being",   "must",
    "should", "may",    "might",  "shall",   "am",      "me",     "my",      "him",     "us",
    "it's",   "itself", "each",   "both",    "all",     "very",   "only",    "own",     "same",
    "too",    "just",   "more",   "most",    "over",    "under",  "again",   "here",    "because",
    "upon",   "onto",   "via",    "whether", "against", "during", "through", "between", "within",
    "without"};
constexpr std::string_view kFrench[] = {
    "le",   "la",    "les",  "l",       "un",      "une",      "des",   "du",      "de",
    "d",    "et",    "ou",   "en",      "au",      "aux",      "à",     "dans",    "par",
    "pour", "sur",   "avec", "sans",    "sous",    "ce",       "cet",   "cette",   "ces",
    "qui",  "que",   "qu",   "quoi",    "quel",    "quelle",   "quels", "quelles", "dont",
    "où",   "est",   "sont", "été",     "était",   "a",        "ont",   "il",      "elle",
    "ils",  "elles", "on",   "se",      "sa",      "son",      "ses",   "leur",    "leurs",
    "ne",   "pas",   "plus", "comment", "combien", "pourquoi", "quand", "y",       "lui",
    "nous", "vous",  "je",   "mais",    "donc",    "car",      "été",   "être",    "avoir",
    "fait", "lors",  "entre"};
constexpr std::string_view kSpanish[] = {
    "el",      "la",     "los",     "las",    "un",      "una",    "unos",    "unas",    "de",
    "del",     "al",     "y",       "e",      "o",       "u",      "en",      "a",       "por",
    "para",    "con",    "sin",     "sobre",  "entre",   "que",    "qué",     "quién",   "quienes",
    "quiénes", "cuál",   "cuáles",  "cuándo", "cuánto",  "cuánta", "cuántos", "cuántas", "dónde",
    "cómo",    "es",     "son",     "fue",    "fueron",  "era",    "ser",     "ha",      "han",
    "había",   "se",     "su",      "sus",    "lo",      "le",     "les",     "este",    "esta",
    "estos",   "estas",  "ese",     "esa",    "eso",     "no",     "más",     "como",    "cual",
    "cuando",  "donde",  "muy",     "ya",     "también", "cuya",   "cuyo",    "cuyos",   "cuyas",
    "otro",    "otra",   "otros",   "otras",  "mi",      "tu",     "él",      "ella",    "ellos",
    "ellas",   "nos",    "hay",     "está",   "están",   "estaba", "sido",    "tiene",   "tienen",
    "puede",   "pueden", "durante", "desde",  "hasta",   "según",  "tras",    "aunque",  "porque",
    "pero",    "sino",   "ni",      "cada",   "todo",    "todos",  "toda",    "todas",   "uno",
    "algún",   "alguna", "hizo",    "hace"};
constexpr std::string_view kPortuguese[] = {
    "o",      "a",       "os",      "as",   "um",    "uma",   "uns",    "umas", "de",    "do",
    "da",     "dos",     "das",     "em",   "no",    "na",    "nos",    "nas",  "ao",    "aos",
    "à",      "às",      "por",     "pelo", "pela",  "pelos", "pelas",  "para", "com",   "sem",
    "sobre",  "entre",   "e",       "ou",   "que",   "quê",   "quem",   "qual", "quais", "quando",
    "quanto", "quantos", "quantas", "onde", "como",  "é",     "são",    "foi",  "foram", "era",
    "ser",    "se",      "seu",     "sua",  "seus",  "suas",  "este",   "esta", "isto",  "esse",
    "essa",   "isso",    "não",     "mais", "muito", "já",    "também", "lhe",  "ele",   "ela"};
constexpr std::string_view kRussian[] = {
    "и",        "в",        "во",      "не",      "что",     "он",      "на",       "я",
    "с",        "со",       "как",     "а",       "то",      "все",     "она",      "так",
    "его",      "но",       "да",      "ты",      "к",       "у",       "же",       "вы",
    "за",       "бы",       "по",      "только",  "ее",      "её",      "мне",      "было",
    "вот",      "от",       "меня",    "еще",     "ещё",     "нет",     "о",        "из",
    "ему",      "когда",    "ли",      "если",    "или",     "ни",      "быть",     "был",
    "была",     "были",     "до",      "для",     "это",     "этот",    "эта",      "эти",
    "кто",      "какой",    "какая",   "какие",   "каком",   "какую",   "каких",    "сколько",
    "где",      "почему",   "зачем",   "чем",     "чего",    "при",     "их",       "они",
    "мы",       "под",      "над",     "об",      "также",   "который", "которая",  "которые",
    "которого", "котором",  "которой", "которую", "которым", "которых", "какое",    "каким",
    "какого",   "какому",   "каков",   "какова",  "каково",  "каковы",  "чей",      "чья",
    "чьё",      "чьи",      "куда",    "откуда",  "чему",    "кому",    "кем",      "этого",
    "этой",     "этом",     "эту",     "этим",    "этих",    "тот",     "та",       "те",
    "того",     "том",      "тем",     "той",     "ним",     "него",    "неё",      "нее",
    "них",      "ней",      "будет",   "чтобы",   "уже",     "есть",    "является", "являются",
    "являлся",  "являлась", "можно",   "может"};
constexpr std::string_view kArabic[] = {
    "في",    "من",     "على",    "الى",    "إلى",    "عن",      "مع",    "هذا",  "هذه",   "ذلك",
    "تلك",   "التي",   "الذي",   "الذين",  "ما",     "ماذا",    "من",    "متى",  "اين",   "أين",
    "كيف",   "كم",     "لماذا",  "هل",     "او",     "أو",      "و",     "ثم",   "قد",    "لقد",
    "كان",   "كانت",   "يكون",   "تكون",   "هو",     "هي",      "هم",    "انه",  "أنه",   "ان",
    "أن",    "إن",     "لا",     "لم",     "لن",     "بين",     "كل",    "بعد",  "قبل",   "عند",
    "حتى",   "اي",     "أي",     "التى",   "الذى",   "الى",     "اى",    "وهو",  "وهي",   "فى",
    "عندما", "يمكن",   "تم",     "تمت",    "هما",    "هن",      "انها",  "أنها", "إنها",  "لكن",
    "ولكن",  "كما",    "أيضا",   "ايضا",   "إذا",    "اذا",     "منذ",   "خلال", "حول",   "دون",
    "بعض",   "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "هؤلاء", "هناك", "هنا",   "نحن",
    "له",    "لها",    "لهم",    "به",     "بها",    "بهم",     "فيه",   "فيها", "منه",   "منها",
    "عليه",  "عليها",  "إليه",   "اليه",   "كانوا",  "ليس",     "ليست",  "وكان", "وكانت", "وقد",
    "أية",   "اية",    "لكي",    "كي",     "أحد",    "إحدى",    "وما",   "فما"};
constexpr std::string_view kChinese[] = {
    "的",   "了",   "是",     "在",     "和",   "与",   "及",   "或",   "也",   "就",   "都",
    "而",   "被",   "把",     "对",     "从",   "以",   "于",   "之",   "其",   "这",   "那",
    "这个", "那个", "什么",   "哪",     "哪个", "哪些", "哪里", "谁",   "多少", "几",   "怎么",
    "怎样", "如何", "为什么", "吗",     "呢",   "吧",   "啊",   "有",   "个",   "我",   "你",
    "他",   "她",   "它",     "们",     "我们", "他们", "该",   "为",   "所",   "由",   "中",
    "上",   "哪位", "哪儿",   "哪种",   "何时", "何处", "何地", "何种", "为何", "是否", "能否",
    "多久", "几个", "什么样", "怎么样", "之一"};
constexpr std::string_view kGerman[] = {
    "der",    "die",    "das",    "den",   "dem",    "des",     "ein",      "eine",    "einer",
    "eines",  "einem",  "einen",  "und",   "oder",   "aber",    "nicht",    "kein",    "keine",
    "ist",    "sind",   "war",    "waren", "wird",   "werden",  "wurde",    "wurden",  "hat",
    "haben",  "hatte",  "hatten", "sein",  "seine",  "seinen",  "seiner",   "ihr",     "ihre",
    "ihren",  "es",     "er",     "sie",   "wir",    "ich",     "du",       "man",     "sich",
    "im",     "in",     "an",     "am",    "auf",    "aus",     "bei",      "mit",     "nach",
    "von",    "vom",    "zu",     "zum",   "zur",    "für",     "über",     "unter",   "durch",
    "um",     "vor",    "als",    "wie",   "wo",     "wer",     "wen",      "wem",     "wessen",
    "was",    "wann",   "warum",  "wieso", "welche", "welcher", "welches",  "welchen", "viele",
    "dass",   "daß",    "auch",   "noch",  "nur",    "so",      "sehr",     "dieser",  "diese",
    "dieses", "diesem", "diesen", "bis",   "gegen",  "ohne",    "zwischen", "während", "seit",
    "beim",   "ins"};
constexpr std::string_view kItalian[] = {
    "il",      "lo",     "la",     "i",      "gli",    "le",     "un",     "uno",    "una",
    "di",      "del",    "dello",  "della",  "dei",    "degli",  "delle",  "a",      "al",
    "allo",    "alla",   "ai",     "agli",   "alle",   "da",     "dal",    "dallo",  "dalla",
    "dai",     "dagli",  "dalle",  "in",     "nel",    "nello",  "nella",  "nei",    "negli",
    "nelle",   "su",     "sul",    "sullo",  "sulla",  "sui",    "sugli",  "sulle",  "con",
    "per",     "tra",    "fra",    "e",      "ed",     "o",      "od",     "ma",     "non",
    "che",     "chi",    "cui",    "come",   "dove",   "quando", "perché", "quale",  "quali",
    "quanto",  "quanti", "quanta", "quante", "cosa",   "è",      "sono",   "era",    "erano",
    "fu",      "furono", "essere", "stato",  "stata",  "stati",  "ha",     "hanno",  "aveva",
    "avevano", "si",     "ci",     "ne",     "lui",    "lei",    "loro",   "suo",    "sua",
    "suoi",    "sue",    "questo", "questa", "questi", "queste", "quello", "quella", "quelli",
    "quelle",  "anche",  "più"};
constexpr std::string_view kDutch[] = {
    "de",   "het",    "een",   "en",      "of",     "maar", "niet",   "geen",    "is",
    "zijn", "was",    "waren", "wordt",   "worden", "werd", "werden", "heeft",   "hebben",
    "had",  "hadden", "van",   "in",      "op",     "aan",  "met",    "voor",    "door",
    "bij",  "uit",    "naar",  "over",    "tot",    "om",   "te",     "als",     "dan",
    "dat",  "die",    "dit",   "deze",    "wie",    "wat",  "waar",   "wanneer", "waarom",
    "hoe",  "welke",  "welk",  "hoeveel", "er",     "ook",  "nog",    "zich",    "hij",
    "zij",  "ze",     "wij",   "we",      "ik",     "je",   "u",      "hun",     "haar"};
constexpr std::string_view kRomanian[] = {
    "și",     "sau",   "dar",    "nu",      "un",     "o",    "unei",   "unui",    "niște",
    "de",     "la",    "în",     "pe",      "cu",     "din",  "dintre", "pentru",  "prin",
    "spre",   "către", "despre", "sub",     "peste",  "fără", "până",   "este",    "sunt",
    "era",    "erau",  "fost",   "a",       "au",     "am",   "ai",     "avea",    "al",
    "ale",    "cel",   "cea",    "cei",     "cele",   "care", "ce",     "cine",    "cum",
    "unde",   "când",  "cât",    "câți",    "câte",   "se",   "își",    "îi",      "îl",
    "le",     "lui",   "ei",     "el",      "ea",     "ele",  "acest",  "această", "aceste",
    "acești", "acel",  "acea",   "aceasta", "acesta", "mai",  "foarte"};
constexpr std::string_view kTurkish[] = {
    "ve",   "veya",    "ile",    "ama",    "fakat",   "bir",   "bu",     "şu",    "o",
    "da",   "de",      "mi",     "mı",     "mu",      "mü",    "ne",     "ki",    "için",
    "gibi", "kadar",   "daha",   "en",     "çok",     "olan",  "olarak", "ise",   "hangi",
    "kim",  "kimin",   "nerede", "nereye", "nereden", "zaman", "neden",  "niçin", "nasıl",
    "kaç",  "kaçıncı", "her",    "bazı",   "hem",     "değil", "var",    "yok"};
constexpr std::string_view kVietnamese[] = {
    "và",  "của",   "là",   "các", "những", "có",  "được", "trong", "cho", "với",
    "một", "này",   "đó",   "khi", "gì",    "nào", "ai",   "đâu",   "bao", "nhiêu",
    "sao", "thì",   "mà",   "để",  "từ",    "tại", "theo", "về",    "đã",  "đang",
    "sẽ",  "không", "cũng", "rất", "ở",     "như", "bởi"};
constexpr std::string_view kIndonesian[] = {
    "yang",    "dan",     "di",  "ke",     "dari",     "untuk", "dengan", "pada",
    "dalam",   "adalah",  "ini", "itu",    "atau",     "juga",  "tidak",  "akan",
    "oleh",    "sebagai", "apa", "siapa",  "kapan",    "mana",  "dimana", "bagaimana",
    "mengapa", "berapa",  "ada", "karena", "tersebut", "telah", "sudah"};
constexpr std::string_view kGreek[] = {
    "ο",     "η",     "το",    "οι",    "τα",    "του",   "της",   "των",   "τον",  "την",
    "τους",  "τις",   "και",   "ή",     "σε",    "στο",   "στη",   "στην",  "στον", "στα",
    "στους", "στις",  "με",    "από",   "για",   "ως",    "που",   "πού",   "τι",   "ποιος",
    "ποια",  "ποιο",  "ποιοι", "ποιες", "ποιον", "ποιας", "ποιου", "πότε",  "πώς",  "γιατί",
    "πόσα",  "πόσοι", "πόσες", "πόσο",  "είναι", "ήταν",  "ένα",   "ένας",  "μια",  "μία",
    "ενός",  "μιας",  "δεν",   "θα",    "να",    "αυτό",  "αυτή",  "αυτός", "αυτά", "αυτοί"};
constexpr std::string_view kHindi[] = {
    "का",    "के",   "की",   "है",     "हैं",     "में",    "से",    "को",  "पर",   "और",    "या",
    "भी",    "था",  "थे",    "थी",    "ने",     "यह",   "वह",   "इस",  "उस",   "ये",     "वे",
    "कि",    "जो",  "तो",   "एक",    "हो",    "होता", "होती", "होते", "किया", "कर",    "लिए",
    "लिये",   "क्या", "कौन",  "कौनसा", "कब",    "कहाँ",  "कहां",  "कैसे",  "क्यों",  "कितना", "कितने",
    "कितनी", "किस", "किसने", "किसे",   "किसको", "गया",  "गई",   "गए",  "साथ",  "द्वारा", "तक",
    "ही",    "नहीं", "रहा",  "रहे",    "रही",   "अपने",  "अपना", "अपनी"};
constexpr std::string_view kThai[] = {
    "ที่",    "และ", "ของ", "ใน",  "เป็น",  "มี",   "ได้",  "จะ",    "ไม่",     "ให้",
    "ว่า",   "กับ",  "แต่",  "หรือ", "อะไร", "ใคร", "ไหน", "เมื่อไร", "เมื่อไหร่", "อย่างไร",
    "ทำไม", "กี่",   "นี้",   "นั้น",  "ซึ่ง",   "โดย", "จาก", "ถึง",    "คือ"};
constexpr std::string_view kJapanese[] = {
    "の",       "は",     "が",     "を",     "に",     "で",   "と",   "も",    "へ",
    "や",       "か",     "な",     "ね",     "よ",     "だ",   "です", "ます",  "でした",
    "ました",   "する",   "した",   "して",   "いる",   "ある", "あり", "こと",  "もの",
    "これ",     "それ",   "あれ",   "この",   "その",   "あの", "ここ", "そこ",  "どこ",
    "いつ",     "だれ",   "誰",     "何",     "なに",   "なん", "どの", "どれ",  "どう",
    "どんな",   "なぜ",   "いくつ", "いくら", "から",   "まで", "より", "など",  "について",
    "によって", "として", "ため",   "また",   "および", "及び", "又は", "または"};

struct WrittenList {
  std::string_view lang;
  std::span<const std::string_view> words;
};

constexpr WrittenList kWrittenLists[] = {
    {"en", kEnglish},  {"fr", kFrench},  {"es", kSpanish},    {"pt", kPortuguese}, {"ru", kRussian},
    {"ar", kArabic},   {"zh", kChinese}, {"de", kGerman},     {"it", kItalian},    {"nl", kDutch},
    {"ro", kRomanian}, {"tr", kTurkish}, {"vi", kVietnamese}, {"id", kIndonesian}, {"el", kGreek},
    {"hi", kHindi},    {"th", kThai},    {"ja", kJapanese}};

using StopwordLists = std::map<std::string, std::set<std::string, std::less<>>, std::less<>>;

// The lists pass through the analyzer's own normalisation, so that they hold index terms
// (إلى is stored as الي, Traditional 們 as 们).
const StopwordLists& stopword_lists() {
  static const StopwordLists lists = [] {
    StopwordLists normalised;
    for (const auto& [lang, words] : kWrittenLists) {
      for (std::string_view word : words) {
        normalised[std::string(lang)].insert(unify_teh_marbuta(normalize_word(word, lang)));
      }
    }
    return normalised;
  }();
  return lists;
}

}  // namespace

bool is_stopword(std::string_view word, std::string_view lang) {
  const auto& lists = stopword_lists();
  auto list = lists.find(lang);
  return list != lists.end() && list->second.contains(word);
}

}  // namespace concord::analyzers
