#include "searchd/facets/facet_labels.h"

#include <array>

#include "analyzers/display_names.h"
#include "indexer/schema.h"

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
    {"org_type",
     "ip-office",
     {"IP office", "Office de propriété intellectuelle", "Oficina de propiedad intelectual",
      "Escritório de propriedade intelectual", "Ведомство интеллектуальной собственности",
      "مكتب الملكية الفكرية", "知识产权局"}},
    {"org_type",
     "university",
     {"University", "Université", "Universidad", "Universidade", "Университет", "جامعة", "大学"}},
    {"org_type",
     "research-institute",
     {"Research institute", "Institut de recherche", "Instituto de investigación",
      "Instituto de pesquisa", "Научно-исследовательский институт", "معهد بحثي", "研究机构"}},
    {"org_type", "sme", {"SME", "PME", "Pyme", "PME", "МСП", "مؤسسة صغيرة ومتوسطة", "中小企业"}},
    {"org_type",
     "company",
     {"Company", "Entreprise", "Empresa", "Empresa", "Компания", "شركة", "企业"}},
    {"org_type", "ngo", {"NGO", "ONG", "ONG", "ONG", "НКО", "منظمة غير حكومية", "非政府组织"}},
    {"org_type",
     "government",
     {"Government", "Gouvernement", "Gobierno", "Governo", "Государственный орган", "جهة حكومية",
      "政府机构"}},
    {"org_type",
     "intergovernmental",
     {"Intergovernmental organization", "Organisation intergouvernementale",
      "Organización intergubernamental", "Organização intergovernamental",
      "Межправительственная организация", "منظمة حكومية دولية", "政府间组织"}},
    {"org_type",
     "collective-management",
     {"Collective management organization", "Organisme de gestion collective",
      "Entidad de gestión colectiva", "Entidade de gestão coletiva",
      "Организация по коллективному управлению правами", "هيئة إدارة جماعية", "集体管理组织"}},
    {"org_type",
     "chamber-of-commerce",
     {"Chamber of commerce", "Chambre de commerce", "Cámara de comercio", "Câmara de comércio",
      "Торговая палата", "غرفة تجارة", "商会"}},
    {"org_type",
     "law-firm",
     {"Law firm", "Cabinet d'avocats", "Despacho de abogados", "Escritório de advocacia",
      "Юридическая фирма", "مكتب محاماة", "律师事务所"}},
    {"org_type",
     "cooperative",
     {"Cooperative", "Coopérative", "Cooperativa", "Cooperativa", "Кооператив", "تعاونية",
      "合作社"}},
    {"cooperation",
     "south-south",
     {"South-South", "Sud-Sud", "Sur-Sur", "Sul-Sul", "Юг — Юг", "بين بلدان الجنوب", "南南合作"}},
    {"cooperation",
     "north-south",
     {"North-South", "Nord-Sud", "Norte-Sur", "Norte-Sul", "Север — Юг", "بين الشمال والجنوب",
      "南北合作"}},
    {"cooperation",
     "triangular",
     {"Triangular", "Triangulaire", "Triangular", "Triangular", "Трехстороннее", "ثلاثي",
      "三方合作"}},
    {"cooperation",
     "public-private",
     {"Public-private", "Public-privé", "Público-privada", "Público-privada",
      "Государственно-частное", "بين القطاعين العام والخاص", "公私合作"}},
    {"cooperation",
     "regional",
     {"Regional", "Régionale", "Regional", "Regional", "Региональное", "إقليمي", "区域合作"}},
    {"cooperation",
     "bilateral",
     {"Bilateral", "Bilatérale", "Bilateral", "Bilateral", "Двустороннее", "ثنائي", "双边合作"}},
    {"match_type",
     "financial",
     {"Financial", "Financier", "Financiera", "Financeira", "Финансовое", "مالي", "资金"}},
    {"match_type",
     "technical",
     {"Technical", "Technique", "Técnica", "Técnica", "Техническое", "تقني", "技术"}},
    {"match_type",
     "public-private",
     {"Public-private partnership", "Partenariat public-privé", "Asociación público-privada",
      "Parceria público-privada", "Государственно-частное партнерство",
      "شراكة بين القطاعين العام والخاص", "公私合作伙伴关系"}},
    {"ip_right",
     "patent",
     {"Patent", "Brevet", "Patente", "Patente", "Патент", "براءة اختراع", "专利"}},
    {"ip_right",
     "trademark",
     {"Trademark", "Marque", "Marca", "Marca", "Товарный знак", "علامة تجارية", "商标"}},
    {"ip_right",
     "copyright",
     {"Copyright", "Droit d'auteur", "Derecho de autor", "Direito autoral", "Авторское право",
      "حق المؤلف", "版权"}},
    {"ip_right",
     "design",
     {"Industrial design", "Dessin ou modèle industriel", "Diseño industrial", "Desenho industrial",
      "Промышленный образец", "رسم أو نموذج صناعي", "外观设计"}},
    {"ip_right",
     "gi",
     {"Geographical indication", "Indication géographique", "Indicación geográfica",
      "Indicação geográfica", "Географическое указание", "مؤشر جغرافي", "地理标志"}},
    {"ip_right",
     "trade-secret",
     {"Trade secret", "Secret d'affaires", "Secreto comercial", "Segredo comercial",
      "Коммерческая тайна", "سر تجاري", "商业秘密"}},
    {"ip_right",
     "plant-variety",
     {"Plant variety", "Obtention végétale", "Obtención vegetal", "Cultivar",
      "Селекционное достижение", "صنف نباتي", "植物新品种"}},
    {"ip_right",
     "utility-model",
     {"Utility model", "Modèle d'utilité", "Modelo de utilidad", "Modelo de utilidade",
      "Полезная модель", "نموذج منفعة", "实用新型"}},
};

std::size_t ui_column(std::string_view ui_lang) {
  for (std::size_t i = 0; i < kUiLangs.size(); ++i) {
    if (kUiLangs[i] == ui_lang) return i;
  }
  return 0;
}

// A court is named in its decision's language, whatever the reader's: the name as first written.
std::string court_label(const Xapian::Database& db, const std::string& key) {
  const std::string term = std::string(indexer::schema::kCourtPrefix) + key;
  auto posting = db.postlist_begin(term);
  if (posting == db.postlist_end(term)) return key;
  const std::string label = db.get_document(*posting).get_value(indexer::schema::kCourtLabelSlot);
  return label.empty() ? key : label;
}

}  // namespace

std::string facet_label(std::string_view field, std::string_view value, std::string_view ui_lang) {
  if (field == "country") return analyzers::country_name(value, ui_lang);
  for (const LabelRow& row : kLabels) {
    if (row.field == field && row.value == value) {
      return std::string(row.labels[ui_column(ui_lang)]);
    }
  }
  return std::string(value);
}

std::vector<FieldDescription> describe_fields(const indexer::ThemeCatalog& themes,
                                              std::string_view ui_lang) {
  namespace schema = indexer::schema;
  std::vector<FieldDescription> fields;
  for (const schema::Field& field : schema::kFields) {
    FieldDescription d{std::string(field.name), field.multi_valued(), {}};
    if (field.values == schema::Values::kTheme) {
      for (const indexer::Theme& theme : themes.themes()) {
        d.values.push_back({theme.id, themes.label(theme.id, ui_lang), 0});
      }
    } else if (field.values == schema::Values::kVocabulary) {
      for (std::string_view value : field.vocabulary) {
        d.values.push_back({std::string(value), facet_label(field.name, value, ui_lang), 0});
      }
    } else {
      // Languages: those the labels know; countries (named by ICU when counted), years and
      // courts are open lists.
      for (const LabelRow& row : kLabels) {
        if (row.field == field.name) {
          d.values.push_back(
              {std::string(row.value), std::string(row.labels[ui_column(ui_lang)]), 0});
        }
      }
    }
    fields.push_back(std::move(d));
  }
  return fields;
}

void label_facets(std::map<std::string, std::vector<FacetValue>>& facets,
                  const indexer::ThemeCatalog& themes, const Xapian::Database& db,
                  std::string_view ui_lang) {
  for (auto& [field, values] : facets) {
    for (FacetValue& v : values) {
      if (field == "theme") {
        v.label = themes.label(v.value, ui_lang);
      } else if (field == "court") {
        v.label = court_label(db, v.value);
      } else {
        v.label = facet_label(field, v.value, ui_lang);
      }
    }
  }
}

}  // namespace concord::search
