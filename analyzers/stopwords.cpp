#include "analyzers/stopwords.h"

#include <map>
#include <set>
#include <string>

#include "analyzers/text_normalizer.h"

namespace concord::analyzers {
namespace {

// Our own short lists: articles, pronouns, prepositions, conjunctions, auxiliaries and question
// words. Question words matter most: users and test collections alike ask questions.
using StopwordLists = std::map<std::string, std::set<std::string, std::less<>>, std::less<>>;

StopwordLists written_lists() {
  return {
      {"en", {"a",       "an",     "and",     "are",     "as",     "at",     "be",    "been",
              "but",     "by",     "can",     "could",   "did",    "do",     "does",  "for",
              "from",    "had",    "has",     "have",    "he",     "her",    "his",   "how",
              "i",       "if",     "in",      "into",    "is",     "it",     "its",   "many",
              "much",    "of",     "on",      "or",      "she",    "so",     "some",  "such",
              "than",    "that",   "the",     "their",   "them",   "then",   "there", "these",
              "they",    "this",   "those",   "to",      "was",    "we",     "were",  "what",
              "when",    "where",  "which",   "while",   "who",    "whom",   "whose", "why",
              "will",    "with",   "would",   "you",     "your",   "our",    "also",  "any",
              "about",   "after",  "before",  "other",   "not",    "no",     "one",   "being",
              "must",    "should", "may",     "might",   "shall",  "am",     "me",    "my",
              "him",     "us",     "it's",    "itself",  "each",   "both",   "all",   "very",
              "only",    "own",    "same",    "too",     "just",   "more",   "most",  "over",
              "under",   "again",  "here",    "because", "upon",   "onto",   "via",   "whether",
              "against", "during", "through", "between", "within", "without"}},
      {"fr",
       {"le",   "la",    "les",  "l",       "un",      "une",      "des",   "du",      "de",
        "d",    "et",    "ou",   "en",      "au",      "aux",      "à",     "dans",    "par",
        "pour", "sur",   "avec", "sans",    "sous",    "ce",       "cet",   "cette",   "ces",
        "qui",  "que",   "qu",   "quoi",    "quel",    "quelle",   "quels", "quelles", "dont",
        "où",   "est",   "sont", "été",     "était",   "a",        "ont",   "il",      "elle",
        "ils",  "elles", "on",   "se",      "sa",      "son",      "ses",   "leur",    "leurs",
        "ne",   "pas",   "plus", "comment", "combien", "pourquoi", "quand", "y",       "lui",
        "nous", "vous",  "je",   "mais",    "donc",    "car",      "été",   "être",    "avoir",
        "fait", "lors",  "entre"}},
      {"es", {"el",     "la",      "los",     "las",     "un",      "una",    "unos",   "unas",
              "de",     "del",     "al",      "y",       "e",       "o",      "u",      "en",
              "a",      "por",     "para",    "con",     "sin",     "sobre",  "entre",  "que",
              "qué",    "quién",   "quienes", "quiénes", "cuál",    "cuáles", "cuándo", "cuánto",
              "cuánta", "cuántos", "cuántas", "dónde",   "cómo",    "es",     "son",    "fue",
              "fueron", "era",     "ser",     "ha",      "han",     "había",  "se",     "su",
              "sus",    "lo",      "le",      "les",     "este",    "esta",   "estos",  "estas",
              "ese",    "esa",     "eso",     "no",      "más",     "como",   "cual",   "cuando",
              "donde",  "muy",     "ya",      "también", "cuya",    "cuyo",   "cuyos",  "cuyas",
              "otro",   "otra",    "otros",   "otras",   "mi",      "tu",     "él",     "ella",
              "ellos",  "ellas",   "nos",     "hay",     "está",    "están",  "estaba", "sido",
              "tiene",  "tienen",  "puede",   "pueden",  "durante", "desde",  "hasta",  "según",
              "tras",   "aunque",  "porque",  "pero",    "sino",    "ni",     "cada",   "todo",
              "todos",  "toda",    "todas",   "uno",     "algún",   "alguna", "hizo",   "hace"}},
      {"pt", {"o",    "a",     "os",    "as",     "um",     "uma",     "uns",     "umas",  "de",
              "do",   "da",    "dos",   "das",    "em",     "no",      "na",      "nos",   "nas",
              "ao",   "aos",   "à",     "às",     "por",    "pelo",    "pela",    "pelos", "pelas",
              "para", "com",   "sem",   "sobre",  "entre",  "e",       "ou",      "que",   "quê",
              "quem", "qual",  "quais", "quando", "quanto", "quantos", "quantas", "onde",  "como",
              "é",    "são",   "foi",   "foram",  "era",    "ser",     "se",      "seu",   "sua",
              "seus", "suas",  "este",  "esta",   "isto",   "esse",    "essa",    "isso",  "não",
              "mais", "muito", "já",    "também", "lhe",    "ele",     "ela"}},
      {"ru",
       {"и",        "в",        "во",      "не",      "что",     "он",      "на",       "я",
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
        "являлся",  "являлась", "можно",   "может"}},
      {"ar", {"في",     "من",     "على",    "الى",    "إلى",     "عن",    "مع",    "هذا",  "هذه",
              "ذلك",    "تلك",    "التي",   "الذي",   "الذين",   "ما",    "ماذا",  "من",   "متى",
              "اين",    "أين",    "كيف",    "كم",     "لماذا",   "هل",    "او",    "أو",   "و",
              "ثم",     "قد",     "لقد",    "كان",    "كانت",    "يكون",  "تكون",  "هو",   "هي",
              "هم",     "انه",    "أنه",    "ان",     "أن",      "إن",    "لا",    "لم",   "لن",
              "بين",    "كل",     "بعد",    "قبل",    "عند",     "حتى",   "اي",    "أي",   "التى",
              "الذى",   "الى",    "اى",     "وهو",    "وهي",     "فى",    "عندما", "يمكن", "تم",
              "تمت",    "هما",    "هن",     "انها",   "أنها",    "إنها",  "لكن",   "ولكن", "كما",
              "أيضا",   "ايضا",   "إذا",    "اذا",    "منذ",     "خلال",  "حول",   "دون",  "بعض",
              "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "هؤلاء", "هناك",  "هنا",  "نحن",
              "له",     "لها",    "لهم",    "به",     "بها",     "بهم",   "فيه",   "فيها", "منه",
              "منها",   "عليه",   "عليها",  "إليه",   "اليه",    "كانوا", "ليس",   "ليست", "وكان",
              "وكانت",  "وقد",    "أية",    "اية",    "لكي",     "كي",    "أحد",   "إحدى", "وما",
              "فما"}},
      {"zh",
       {"的",   "了",   "是",     "在",     "和",   "与",   "及",   "或",   "也",   "就",   "都",
        "而",   "被",   "把",     "对",     "从",   "以",   "于",   "之",   "其",   "这",   "那",
        "这个", "那个", "什么",   "哪",     "哪个", "哪些", "哪里", "谁",   "多少", "几",   "怎么",
        "怎样", "如何", "为什么", "吗",     "呢",   "吧",   "啊",   "有",   "个",   "我",   "你",
        "他",   "她",   "它",     "们",     "我们", "他们", "该",   "为",   "所",   "由",   "中",
        "上",   "哪位", "哪儿",   "哪种",   "何时", "何处", "何地", "何种", "为何", "是否", "能否",
        "多久", "几个", "什么样", "怎么样", "之一"}},
  };
}

// The lists pass through the analyzer's own normalisation, so that they hold index terms
// (إلى is stored as الي, Traditional 們 as 们).
const StopwordLists& stopword_lists() {
  static const StopwordLists lists = [] {
    StopwordLists normalised;
    for (const auto& [lang, words] : written_lists()) {
      for (const std::string& word : words) {
        normalised[lang].insert(unify_teh_marbuta(normalize_word(word, lang)));
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
