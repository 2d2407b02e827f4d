#include "searchd/facet_labels.h"

#include <array>

namespace concord::search {
namespace {

// Columns: en, fr, es, pt, ru, ar, zh.
constexpr std::array<std::string_view, 7> kUiLangs = {"en", "fr", "es", "pt", "ru", "ar", "zh"};

struct LabelRow {
  std::string_view field;
  std::string_view value;
  std::array<std::string_view, 7> labels;
};

constexpr LabelRow kLabels[] = {
    {"kind",
     "profile",
     {"Profile", "Profil", "Perfil", "Perfil", "Профиль", "ملف تعريفي", "机构简介"}},
    {"kind", "need", {"Need", "Besoin", "Necesidad", "Necessidade", "Запрос", "احتياج", "需求"}},
    {"kind", "offer", {"Offer", "Offre", "Oferta", "Oferta", "Предложение", "عرض", "供给"}},
    {"kind",
     "story",
     {"Success story", "Réussite", "Caso de éxito", "Caso de sucesso", "История успеха", "قصة نجاح",
      "成功案例"}},
    {"kind",
     "decision",
     {"Court decision", "Décision de justice", "Decisión judicial", "Decisão judicial",
      "Судебное решение", "حكم قضائي", "法院判决"}},
    {"lang", "en", {"English", "Anglais", "Inglés", "Inglês", "Английский", "الإنجليزية", "英语"}},
    {"lang", "fr", {"French", "Français", "Francés", "Francês", "Французский", "الفرنسية", "法语"}},
    {"lang",
     "es",
     {"Spanish", "Espagnol", "Español", "Espanhol", "Испанский", "الإسبانية", "西班牙语"}},
    {"lang",
     "pt",
     {"Portuguese", "Portugais", "Portugués", "Português", "Португальский", "البرتغالية",
      "葡萄牙语"}},
    {"lang", "ru", {"Russian", "Russe", "Ruso", "Russo", "Русский", "الروسية", "俄语"}},
    {"lang", "ar", {"Arabic", "Arabe", "Árabe", "Árabe", "Арабский", "العربية", "阿拉伯语"}},
    {"lang", "zh", {"Chinese", "Chinois", "Chino", "Chinês", "Китайский", "الصينية", "中文"}},
    {"region", "africa", {"Africa", "Afrique", "África", "África", "Африка", "أفريقيا", "非洲"}},
    {"region",
     "arab",
     {"Arab region", "Région arabe", "Región árabe", "Região árabe", "Арабский регион",
      "المنطقة العربية", "阿拉伯地区"}},
    {"region",
     "asia-pacific",
     {"Asia and the Pacific", "Asie et Pacifique", "Asia y el Pacífico", "Ásia e Pacífico",
      "Азиатско-Тихоокеанский регион", "آسيا والمحيط الهادئ", "亚太地区"}},
    {"region",
     "latin-america-caribbean",
     {"Latin America and the Caribbean", "Amérique latine et Caraïbes",
      "América Latina y el Caribe", "América Latina e Caribe",
      "Латинская Америка и Карибский бассейн", "أمريكا اللاتينية والكاريبي", "拉丁美洲和加勒比"}},
    {"region", "europe", {"Europe", "Europe", "Europa", "Europa", "Европа", "أوروبا", "欧洲"}},
    {"region",
     "central-asia",
     {"Central Asia and the Caucasus", "Asie centrale et Caucase", "Asia Central y el Cáucaso",
      "Ásia Central e Cáucaso", "Центральная Азия и Кавказ", "آسيا الوسطى والقوقاز",
      "中亚和高加索"}},
    {"region",
     "north-america",
     {"North America", "Amérique du Nord", "América del Norte", "América do Norte",
      "Северная Америка", "أمريكا الشمالية", "北美"}},
    {"region", "global", {"Global", "Mondial", "Mundial", "Global", "Глобальный", "عالمي", "全球"}},
};

std::size_t ui_column(std::string_view ui_lang) {
  for (std::size_t i = 0; i < kUiLangs.size(); ++i) {
    if (kUiLangs[i] == ui_lang) return i;
  }
  return 0;
}

}  // namespace

std::string facet_label(std::string_view field, std::string_view value, std::string_view ui_lang) {
  for (const LabelRow& row : kLabels) {
    if (row.field == field && row.value == value) {
      return std::string(row.labels[ui_column(ui_lang)]);
    }
  }
  return std::string(value);
}

void label_facets(std::map<std::string, std::vector<FacetValue>>& facets,
                  const indexer::ThemeCatalog& themes, std::string_view ui_lang) {
  for (auto& [field, values] : facets) {
    for (FacetValue& v : values) {
      v.label =
          field == "theme" ? themes.label(v.value, ui_lang) : facet_label(field, v.value, ui_lang);
    }
  }
}

}  // namespace concord::search
