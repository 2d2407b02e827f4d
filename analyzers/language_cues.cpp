#include "analyzers/language_cues.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

namespace concord::analyzers::cues {
namespace {

enum Lang : std::size_t { kEn, kFr, kEs, kPt };

// Weights are "how much one occurrence says": 3 for words and endings the other three
// languages never write, 1 for ones they share with a second language.
struct WordList {
  Lang lang;
  int weight;
  std::string_view words;
};
constexpr std::array<WordList, 12> kWordLists = {{
    {kEn, 3,
     "the and of with from this that these those which was were have has been would could "
     "should their there they them what when where who will its"},
    {kEn, 2,
     "to for on at by is are be it not but or an we our you your he she his her than into about "
     "after over more new how why can one all says said"},
    {kEn, 1, "in as do no up out"},
    {kFr, 3,
     "le les des du et dans avec pour une est sont aux cette ces leur leurs nous vous ils elles "
     "pas très sans chez selon depuis être été avoir fait où tout tous toute toutes comme "
     "après lui notre votre sous mieux plein ont"},
    {kFr, 2, "sur par au ce il elle ne qui sa ses mais plus"},
    {kFr, 1, "la de en un son ou que se entre nos ni à"},
    {kEs, 3,
     "el los las del y con una más pero muy también este esta estos estas ese esa hay según "
     "sus al lo su fue han sin tras hasta cuando años ya yo él ella es unos unas qué cómo "
     "otra otro"},
    {kEs, 2, "la en por para ha ante ni donde"},
    {kEs, 1,
     "de un son que se entre ser está están como sobre desde porque no nos dos mas o será "
     "le les"},
    {kPt, 3,
     "e os do da das na nas num numa ao aos às pelo pela pelos pelas em com um uma uns umas "
     "não são é foi há já seu sua seus suas ele ela eles elas isso isto esse essa muito até "
     "após sem só quando onde novo nova novos novas anos depois ainda pode tem têm estão "
     "outro outra"},
    {kPt, 2, "o as dos nos por para mais mas"},
    {kPt, 1, "de que se entre ser está como sobre desde porque no ou à será"},
}};

struct AffixCue {
  std::string_view text;
  std::array<int, 4> weights;  // en, fr, es, pt
};

// Only the longest matching ending of a word counts, so "ciones" is not also "es".
constexpr std::array<AffixCue, 57> kEndingCues = {{
    {"ções", {0, 0, 0, 3}},  {"ção", {0, 0, 0, 3}},    {"ões", {0, 0, 0, 3}},
    {"ão", {0, 0, 0, 3}},    {"ães", {0, 0, 0, 3}},    {"dade", {0, 0, 0, 3}},
    {"agem", {0, 0, 0, 3}},  {"eiro", {0, 0, 0, 2}},   {"eira", {0, 0, 0, 2}},
    {"eiros", {0, 0, 0, 2}}, {"eiras", {0, 0, 0, 2}},  {"ava", {0, 0, 0, 2}},
    {"avam", {0, 0, 0, 3}},  {"ém", {0, 0, 0, 3}},     {"am", {1, 0, 0, 2}},
    {"em", {1, 0, 0, 2}},    {"om", {1, 0, 0, 1}},     {"um", {0, 0, 0, 1}},
    {"ou", {0, 0, 0, 1}},    {"ción", {0, 0, 3, 0}},   {"ciones", {0, 0, 3, 0}},
    {"sión", {0, 0, 3, 0}},  {"siones", {0, 0, 3, 0}}, {"dad", {0, 0, 3, 0}},
    {"dades", {0, 0, 2, 2}}, {"ía", {0, 0, 1, 1}},     {"illa", {0, 0, 2, 0}},
    {"illo", {0, 0, 2, 0}},  {"aje", {0, 0, 2, 0}},    {"ó", {0, 0, 2, 0}},
    {"io", {0, 0, 1, 0}},    {"ero", {0, 0, 1, 0}},    {"aba", {0, 0, 1, 0}},
    {"aban", {0, 0, 2, 0}},  {"ité", {0, 3, 0, 0}},    {"ée", {0, 3, 0, 0}},
    {"ées", {0, 3, 0, 0}},   {"eux", {0, 2, 0, 0}},    {"euse", {0, 2, 0, 0}},
    {"eur", {0, 2, 0, 0}},   {"eurs", {0, 2, 0, 0}},   {"eau", {0, 2, 0, 0}},
    {"eaux", {0, 3, 0, 0}},  {"aux", {0, 2, 0, 0}},    {"ait", {0, 2, 0, 0}},
    {"aient", {0, 3, 0, 0}}, {"ique", {0, 2, 0, 0}},   {"iques", {0, 2, 0, 0}},
    {"elle", {0, 2, 0, 0}},  {"ette", {0, 2, 0, 0}},   {"oir", {0, 2, 0, 0}},
    {"ons", {0, 1, 0, 0}},   {"ing", {2, 0, 0, 0}},    {"ings", {2, 0, 0, 0}},
    {"ness", {2, 0, 0, 0}},  {"ly", {2, 0, 0, 0}},     {"ity", {2, 0, 0, 0}},
}};

constexpr std::array<AffixCue, 10> kMoreEndingCues = {{
    {"ous", {2, 0, 0, 0}},
    {"ship", {2, 0, 0, 0}},
    {"ful", {2, 0, 0, 0}},
    {"ght", {2, 0, 0, 0}},
    {"ed", {1, 0, 0, 0}},
    {"y", {1, 0, 0, 0}},
    {"tion", {1, 1, 0, 0}},
    {"ment", {1, 1, 0, 0}},
    {"ent", {1, 1, 0, 0}},
    {"ais", {0, 1, 0, 1}},
}};

// Letters count once per word: a word with two ã is no more Portuguese than one with one.
constexpr std::array<AffixCue, 22> kLetterCues = {{
    {"ñ", {0, 0, 3, 0}}, {"ã", {0, 0, 0, 3}},  {"õ", {0, 0, 0, 3}}, {"è", {0, 2, 0, 0}},
    {"ê", {0, 1, 0, 2}}, {"à", {0, 1, 0, 1}},  {"œ", {0, 3, 0, 0}}, {"ç", {0, 1, 0, 2}},
    {"é", {0, 1, 1, 1}}, {"í", {0, 0, 1, 1}},  {"ó", {0, 0, 1, 1}}, {"ú", {0, 0, 1, 1}},
    {"á", {0, 0, 1, 1}}, {"â", {0, 1, 0, 1}},  {"ù", {0, 2, 0, 0}}, {"û", {0, 2, 0, 0}},
    {"î", {0, 2, 0, 0}}, {"ï", {0, 2, 0, 0}},  {"ô", {0, 1, 0, 1}}, {"w", {1, 0, 0, 0}},
    {"k", {1, 0, 0, 0}}, {"th", {1, 0, 0, 0}},
}};

// French elides these before a vowel (l'eau, qu'il); English contracts after an apostrophe.
constexpr std::array<std::string_view, 10> kFrenchElisions = {"l", "d", "qu", "n",     "j",
                                                              "s", "c", "m",  "jusqu", "lorsqu"};
constexpr std::array<std::string_view, 6> kEnglishContractions = {"s", "t", "ll", "re", "ve", "d"};

using WordMap = std::unordered_map<std::string_view, std::array<int, 4>>;

const WordMap& word_cues() {
  static const WordMap map = [] {
    WordMap m;
    for (const WordList& list : kWordLists) {
      std::string_view rest = list.words;
      while (!rest.empty()) {
        const std::size_t space = rest.find(' ');
        const std::string_view word = rest.substr(0, space);
        if (!word.empty()) m[word][list.lang] += list.weight;
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
      }
    }
    return m;
  }();
  return map;
}

const std::vector<AffixCue>& endings_longest_first() {
  static const std::vector<AffixCue> endings = [] {
    std::vector<AffixCue> all(kEndingCues.begin(), kEndingCues.end());
    all.insert(all.end(), kMoreEndingCues.begin(), kMoreEndingCues.end());
    std::stable_sort(all.begin(), all.end(), [](const AffixCue& a, const AffixCue& b) {
      return a.text.size() > b.text.size();
    });
    return all;
  }();
  return endings;
}

bool is_vowel(char c) {
  return std::string_view("aeiouy").find(c) != std::string_view::npos;
}

// Spelling patterns that need a position: Portuguese nh/lh inside a word (English has them
// only across a prefix: inhabit, unhappy), Spanish initial ll and the ue diphthong of
// nuevo/puede/huelga (French and English have ue after q/g or at a word's end).
void add_spelling_cues(std::string_view w, LatinScores& score) {
  for (std::size_t i = 1; i + 2 < w.size(); ++i) {
    if ((w[i] == 'n' || w[i] == 'l') && w[i + 1] == 'h' && (w[i] == 'l' || i >= 2) &&
        is_vowel(w[i - 1])) {
      score[kPt] += 2;
      break;
    }
  }
  if (w.starts_with("ll") && w.size() > 3) score[kEs] += 3;
  for (std::size_t i = 1; i + 3 < w.size(); ++i) {
    if (w[i] != 'u' || w[i + 1] != 'e' || w[i - 1] == 'q' || w[i - 1] == 'g') continue;
    const char next = w[i + 2];
    if (is_vowel(next) || (next == 'l' && w[i + 3] == 'l') || w.substr(i + 2, 2) == "nc") {
      continue;
    }
    score[kEs] += 2;
    break;
  }
}

void add_word(std::string_view word, LatinScores& score) {
  auto add = [&](const std::array<int, 4>& w) {
    for (std::size_t i = 0; i < score.size(); ++i) score[i] += w[i];
  };
  if (auto it = word_cues().find(word); it != word_cues().end()) add(it->second);
  for (const AffixCue& cue : endings_longest_first()) {
    if (word.size() > cue.text.size() + 1 && word.ends_with(cue.text)) {
      add(cue.weights);
      break;
    }
  }
  for (const AffixCue& cue : kLetterCues) {
    if (word.find(cue.text) != std::string_view::npos) add(cue.weights);
  }
  add_spelling_cues(word, score);
}

bool is_apostrophe(UChar32 c) {
  return c == '\'' || c == 0x2019;
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace

LatinScores latin_scores(std::string_view lower) {
  LatinScores score{};
  const auto* s = reinterpret_cast<const uint8_t*>(lower.data());
  const auto length = static_cast<int32_t>(lower.size());
  int32_t word_start = -1;
  bool after_apostrophe = false;  // the word being read follows "word'"
  for (int32_t i = 0; i <= length;) {
    const int32_t at = i;
    UChar32 c = -1;
    if (i < length) {
      U8_NEXT(s, i, length, c);
    } else {
      ++i;
    }
    if (c >= 0 && u_isalpha(c)) {
      if (word_start < 0) word_start = at;
      continue;
    }
    if (word_start >= 0) {
      const std::string_view word = lower.substr(static_cast<std::size_t>(word_start),
                                                 static_cast<std::size_t>(at - word_start));
      if (after_apostrophe && contains(kEnglishContractions, word)) score[kEn] += 2;
      add_word(word, score);
      after_apostrophe = is_apostrophe(c);
      if (after_apostrophe && contains(kFrenchElisions, word)) score[kFr] += 3;
      word_start = -1;
    } else {
      after_apostrophe = false;
    }
    if (c == 0x00BF || c == 0x00A1) score[kEs] += 3;  // ¿ ¡ open Spanish questions
  }
  return score;
}

namespace {

// Kanji the 1946 and later Japanese reforms simplified differently from Chinese, each followed
// by the Chinese forms (Simplified, Traditional) of the same word. A Chinese form that Japanese
// also writes for another word is left out.
constexpr std::array<std::string_view, 7> kKanjiAndChineseForms = {{
    "気气氣 広广廣 売卖賣 図图圖 駅驿驛 円圆圓 県县縣 実实實 変变變 労劳勞 続续續 験验驗 "
    "様样樣 亜亚亞 悪恶惡 圧压壓 囲围圍 栄荣榮 営营營 塩盐鹽 応应應 桜樱櫻 価价價 絵绘繪",
    "拡扩擴 覚觉覺 楽乐樂 勧劝勸 関关關 歓欢歡 観观觀 帰归歸 挙举舉 駆驱驅 経经經 軽轻輕 "
    "継继繼 剣剑劍 険险險 検检檢 権权權 鉱矿礦 済济濟 剤剂劑 雑杂雜 賛赞贊 歯齿齒 児儿兒",
    "釈释釋 従从從 獣兽獸 縦纵縱 処处處 奨奖獎 焼烧燒 浄净淨 畳叠疊 縄绳繩 譲让讓 醸酿釀 "
    "粋粹 酔醉 摂摄攝 専专專 戦战戰 銭钱錢 繊纤纖 捜搜 巣巢 総总總 騒骚騷 増增 蔵藏 臓脏臟",
    "対对對 帯带帶 滝泷瀧 択择擇 沢泽澤 単单單 団团團 弾弹彈 遅迟遲 鋳铸鑄 庁厅廳 聴听聽 "
    "鉄铁鐵 転转轉 伝传傳 稲稻 闘鬥 徳德 読读讀 脳脑腦 廃废廢 拝拜 発发發 髪髮 抜拔 払拂",
    "仏佛 辺边邊 歩步 豊丰豐 毎每 満满滿 訳译譯 薬药藥 揺摇搖 頼赖賴 覧览覽 竜龙龍 両两兩 "
    "緑绿綠 齢龄齡 暦曆 歴历歷 録录錄 効效 隠隐隱 穏稳穩 郷乡鄉 歳岁歲 説说說 鋭锐銳 閲阅閱",
    "値值 渋涩澀 黙默 悩恼惱 涙泪淚 塁垒壘 猟猎獵 謡谣謠 斎斋齋 砕碎 蛍萤螢 鶏鸡雞 暁晓曉 "
    "縁缘緣 殻壳殼 圏圈 恵惠 黒黑 収收 乗乘 剰剩 嬢孃 壌壤 荘莊 掲揭 渇渴 戻戾 徴徵",
    // Characters Japanese coined, with nothing to pair them with.
    "働 込 畑 峠 枠 匂 栃 搾 凪 躾 榊 笹 辻 雫 鰯 凧",
}};

// Simplified forms that differ from the Japanese ones, and function characters Japanese does not
// use, so Chinese text written only in shared characters is still recognised as Chinese.
constexpr std::string_view kChineseOnly =
    "这這们們吗嗎呢吧么麼个個没沒给时为东长门问过还进现动开无产质议计车书见电话机间员页头买华记"
    "报纪访业裡吃说";

// Words written with characters both languages have, in a way only Japanese writes them.
constexpr std::array<std::string_view, 11> kJapaneseWords = {
    "計画", "株式会社", "取締役", "都道府県", "市町村", "新幹線",
    "令和", "平成",     "昭和",   "弁護士",   "自治体"};

// Forms Japanese shares with Simplified but not Traditional Chinese: with Traditional forms
// in the same text (銀行 next to 会合) the mix is Japanese, which writes each word its own way.
constexpr std::string_view kSharedWithSimplified =
    "会国学区当画旧写号点礼乱双声数断独担宝属参来争装灯楼湾恋炉麦残浅践禅触随枢辞湿寿将欧径献";

std::vector<char32_t> code_points(std::string_view text) {
  std::vector<char32_t> out;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  return out;
}

// +1 for a Japanese-only form, -1 for a Chinese-only one.
const std::unordered_map<char32_t, int>& han_forms() {
  static const std::unordered_map<char32_t, int> forms = [] {
    std::unordered_map<char32_t, int> m;
    for (std::string_view line : kKanjiAndChineseForms) {
      bool first = true;
      for (char32_t c : code_points(line)) {
        if (c == U' ') {
          first = true;
          continue;
        }
        m[c] = first ? 1 : -1;
        first = false;
      }
    }
    for (char32_t c : code_points(kChineseOnly)) m[c] = -1;
    return m;
  }();
  return forms;
}

}  // namespace

HanEvidence han_evidence(std::string_view raw, std::string_view folded) {
  HanEvidence e;
  const std::vector<char32_t> cps = code_points(raw);
  const std::vector<char32_t> folded_cps = code_points(folded);
  static const std::vector<char32_t> shared = code_points(kSharedWithSimplified);
  int with_simplified = 0, traditional = 0;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (auto it = han_forms().find(cps[i]); it != han_forms().end()) {
      (it->second > 0 ? e.japanese : e.chinese) += 1;
      continue;
    }
    if (std::find(shared.begin(), shared.end(), cps[i]) != shared.end()) ++with_simplified;
    if (i < folded_cps.size() && folded_cps[i] != cps[i]) ++traditional;
  }
  for (std::string_view word : kJapaneseWords) {
    for (std::size_t at = raw.find(word); at != std::string_view::npos;
         at = raw.find(word, at + word.size())) {
      e.japanese += 2;
    }
  }
  // Two Traditional forms, so that one Simplified text quoting a Traditional name is not enough.
  if (with_simplified > 0 && traditional >= 2) e.japanese += 1;
  return e;
}

ArabicScriptLetters arabic_script_letters(std::string_view text) {
  ArabicScriptLetters letters;
  for (char32_t c : code_points(text)) {
    switch (c) {
      case U'\u0679':  // ٹ
      case U'\u0688':  // ڈ
      case U'\u0691':  // ڑ
      case U'\u06BA':  // ں
      case U'\u06BE':  // ھ
      case U'\u06C1':  // ہ
      case U'\u06D2':  // ے
      case U'\u06D3':  // ۓ
        ++letters.urdu;
        break;
      case U'\u067E':  // پ
      case U'\u0686':  // چ
      case U'\u0698':  // ژ
      case U'\u06AF':  // گ
      case U'\u06A9':  // ک
      case U'\u06CC':  // ی
        ++letters.persian;
        break;
      case U'\u0629':  // ة
      case U'\u064A':  // ي
      case U'\u0643':  // ك
      case U'\u0649':  // ى
        ++letters.arabic;
        break;
      default:
        break;
    }
  }
  return letters;
}

bool has_cyrillic_letters_of(std::string_view lang, std::string_view text) {
  static const std::unordered_map<std::string_view, std::string_view> kLetters = {
      {"uk", "іїєґІЇЄҐ"},  {"be", "ўЎі"},    {"sr", "јљњћђџЈЉЊЋЂЏ"}, {"mk", "ѓќѕјљњџЃЌЅ"},
      {"kk", "әғқңөұүһі"}, {"ky", "ңөүҢӨҮ"}, {"mn", "өүӨҮ"},         {"tg", "ғӣқӯҳҷ"},
  };
  const std::vector<char32_t> cps = code_points(text);
  if (lang == "bg") {
    // Bulgarian writes ъ as a vowel (път, във, -ът); Russian only as a hard sign before е ё ю я.
    for (std::size_t i = 0; i < cps.size(); ++i) {
      if (cps[i] != U'ъ' && cps[i] != U'Ъ') continue;
      const char32_t next = i + 1 < cps.size() ? cps[i + 1] : U' ';
      if (next != U'е' && next != U'ё' && next != U'ю' && next != U'я') return true;
    }
    return false;
  }
  auto it = kLetters.find(lang);
  if (it == kLetters.end()) return false;
  const std::vector<char32_t> own = code_points(it->second);
  return std::any_of(cps.begin(), cps.end(),
                     [&](char32_t c) { return std::find(own.begin(), own.end(), c) != own.end(); });
}

}  // namespace concord::analyzers::cues
