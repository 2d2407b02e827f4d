#include "analyzers/chinese_lexicon.h"

#include <algorithm>
#include <vector>

namespace concord::analyzers {
namespace {

bool in(std::u32string_view set, char32_t c) {
  return set.find(c) != std::u32string_view::npos;
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == 0x3000 || c == 0xFEFF;
}

}  // namespace

std::u32string to_u32(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto lead = static_cast<unsigned char>(s[i]);
    const std::size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t c = n == 1 ? lead : n == 2 ? (lead & 0x1F) : n == 3 ? (lead & 0x0F) : (lead & 0x07);
    for (std::size_t k = 1; k < n && i + k < s.size(); ++k) {
      c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    out.push_back(c);
    i += n;
  }
  return out;
}

std::vector<std::u32string> parse_word_list(std::string_view list) {
  std::vector<std::u32string> words;
  std::size_t start = 0;
  while (start < list.size()) {
    std::size_t end = list.find('\n', start);
    if (end == std::string_view::npos) end = list.size();
    std::u32string line = to_u32(list.substr(start, end - start));
    start = end + 1;
    while (!line.empty() && is_space(line.back())) line.pop_back();
    std::size_t first = 0;
    while (first < line.size() && is_space(line[first])) ++first;
    line.erase(0, first);
    if (line.empty() || line.front() == '#') continue;
    words.push_back(std::move(line));
  }
  return words;
}

ChineseLexicon::ChineseLexicon() {
  for (std::string_view list : {zh_word_lists::k_domain, zh_word_lists::k_general}) {
    for (std::u32string& word : parse_word_list(list)) {
      max_length_ = std::max(max_length_, word.size());
      words_.insert(std::move(word));
    }
  }
}

const ChineseLexicon& chinese_lexicon() {
  static const ChineseLexicon lexicon;
  return lexicon;
}

bool is_han(char32_t c) {
  return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3134F);
}

bool is_digit(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

bool is_chinese_numeral(char32_t c) {
  return in(U"〇○零一二三四五六七八九十百千万亿两", c);
}

bool is_surname(char32_t c) {
  return in(
      U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋"
      U"蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹"
      U"薛闫段雷黎史龙陶贺顾毛郝龚邵万钱严覃武戴莫孔汤向常温康施文牛樊葛邢安齐易乔"
      U"伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
      U"裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司"
      U"卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边"
      U"卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝",
      c);
}

bool is_transliteration(char32_t c) {
  return in(
      U"阿埃艾爱安奥巴拜班邦贝本比彼宾波伯博布查达戴丹德登迪蒂丁杜顿多厄恩尔法菲芬"
      U"费弗伏福盖戈格贡古圭哈海汉豪赫亨胡华霍基吉加贾杰金喀卡凯坎康柯科克肯库夸奎"
      U"拉莱兰朗劳勒雷蕾黎里利莉丽列林琳卢鲁伦罗洛玛马迈麦曼梅门蒙米密敏明莫墨姆穆"
      U"纳娜奈南内尼涅宁纽努诺欧帕潘佩彭皮珀普齐奇契恰乔切钦萨塞赛桑瑟森沙莎舍什斯"
      U"松苏索塔泰坦汤特提图托瓦万威韦维温沃乌西希锡谢辛休雅亚扬耶伊因英尤约泽扎詹"
      U"兹茨佐",
      c);
}

bool is_function_char(char32_t c) {
  return in(
      U"的了着过和与及或在是有为对把被从向到于以就也都还又才很更最不没之其这那你我他"
      U"她它们个等说要会能将让使给得地所而且并但则如若因此上下中内外前后里来去出入",
      c);
}

bool is_word_suffix(char32_t c) {
  return in(U"化性者院省市县区村局税党员厂站馆园率型式论团级委所队界制署厅处室社会", c);
}

bool splits_into_two_words(std::u32string_view w) {
  if (w.size() != 2) return false;
  // Numeral + measure word; 一个 and 一些 are lexicalised and stay whole.
  if (in(U"一二三四五六七八九十几两多", w[0]) &&
      in(U"年次位条种批天项名片件支份座家场篇张只头步句层届户架辆艘台封间笔类组套对声岁吨", w[1])) {
    return true;
  }
  // Monosyllabic adverb + verb or adjective.
  if (in(U"也都就又更最很极并不", w[0]) && in(U"是有能要在大多好新不会到该", w[1]) &&
      w != U"不要" && w != U"不会" && w != U"更新" && w != U"最好" && w != U"不好" &&
      w != U"就要" && w != U"不大") {
    return true;
  }
  // Structural and aspect particles attached by ICU to the word before them.
  static constexpr std::u32string_view kKeepDe[] = {U"有的", U"目的", U"似的", U"别的", U"是的"};
  if (w[1] == U'的' && std::find(std::begin(kKeepDe), std::end(kKeepDe), w) == std::end(kKeepDe)) {
    return true;
  }
  static constexpr std::u32string_view kKeepLe[] = {U"为了", U"除了", U"罢了",
                                                    U"极了", U"算了", U"好了"};
  if (w[1] == U'了' && std::find(std::begin(kKeepLe), std::end(kKeepLe), w) == std::end(kKeepLe)) {
    return true;
  }
  return w == U"的是" || w == U"而是" || w == U"在此" || w == U"令人" || w == U"有着";
}

}  // namespace concord::analyzers
