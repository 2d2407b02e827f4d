// Document validation: what the indexer accepts, and which field it names when it refuses.
#include "indexer/document.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace concord::indexer {
namespace {

ThemeCatalog catalog() {
  auto parsed = ThemeCatalog::parse(R"([
    {"id": "green-innovation", "labels": {"en": "Green innovation", "fr": "Innovation verte"}},
    {"id": "public-health", "labels": {"en": "IP and public health"}},
    {"id": "technology-transfer", "labels": {"en": "Technology transfer"}}
  ])");
  EXPECT_TRUE(parsed.ok());
  return parsed.ok() ? parsed.value() : ThemeCatalog();
}

struct ValidCase {
  std::string_view name;
  std::string json;
};

TEST(DocumentTest, ValidDocumentsOfEveryKindPass) {
  const std::vector<ValidCase> cases = {
      {"profile",
       R"({"id": "profile-en-001", "kind": "profile", "lang": "en",
           "title": "Andean Seed Cooperative", "summary": "A cooperative of seed growers.",
           "body": "It breeds potato varieties.", "themes": ["green-innovation"],
           "countries": ["PE", "BO"], "region": "latin-america-caribbean", "date": "2019-03-01",
           "url": "https://example.org/p/1", "org_type": "cooperative", "role": "seeker",
           "working_languages": ["es", "en", "qu"]})"},
      {"need",
       R"({"id": "need-fr-001", "kind": "need", "lang": "fr", "title": "Recherche d'un mentor",
           "owner": "profile-fr-001", "match_type": "technical", "status": "open",
           "ip_areas": ["patent", "trade-secret"], "eligible_countries": ["SN", "CI"],
           "valid_from": "2024-01-01", "valid_to": "2024-12-31", "themes": []})"},
      {"offer",
       R"({"id": "offer-es-001", "kind": "offer", "lang": "es", "title": "Becas de formación",
           "owner": "profile-es-002", "match_type": "financial", "status": "matched",
           "ip_areas": ["trademark"], "translation_of": "offer-en-001"})"},
      {"story",
       R"({"id": "story-pt-001", "kind": "story", "lang": "pt", "title": "Café com indicação",
           "partners": ["profile-pt-001", "profile-pt-002"], "cooperation": "south-south",
           "outcome": "Preços 30% mais altos.", "date": "2021-02-28"})"},
      {"decision",
       R"({"id": "decision-ru-001", "kind": "decision", "lang": "ru", "title": "Решение суда",
           "court": "Суд по интеллектуальным правам", "jurisdiction": "RU",
           "case_number": "СИП-123/2022", "ip_right": "trademark",
           "parties": ["ООО Альфа", "ООО Бета"], "keywords": ["сходство до степени смешения"],
           "date": "2024-02-29"})"},
      {"minimal", R"({"id": "a", "kind": "story", "title": "x", "lang": "en"})"},
      {"id of 128 characters", R"({"kind": "story", "lang": "en", "title": "t", "id": ")" +
                                   std::string(128, 'a') + R"("})"},
      {"id with every allowed character",
       R"({"id": "Az09._:-", "kind": "story", "lang": "en", "title": "t"})"},
      {"lang with a region subtag",
       R"({"id": "a", "kind": "story", "lang": "pt-BR", "title": "Inovação"})"},
  };
  const ThemeCatalog themes = catalog();
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.name));
    auto doc = parse_document(c.json, themes);
    ASSERT_TRUE(doc.ok()) << doc.error().field << ": " << doc.error().message;
    EXPECT_FALSE(doc->id.empty());
    EXPECT_FALSE(doc->kind.empty());
    EXPECT_FALSE(doc->lang_detected);
  }
}

TEST(DocumentTest, FieldsAreCopiedIntoTheDocument) {
  auto doc = parse_document(R"({"id": "decision-fr-007", "kind": "decision", "lang": "fr-CA",
      "title": "Arrêt", "summary": "Résumé", "body": "Corps", "themes": ["public-health",
      "public-health", "green-innovation"], "countries": ["FR", "FR", "CA"], "region": "europe",
      "date": "2023-05-04", "translation_of": "decision-en-007", "court": "Cour de cassation",
      "parties": ["Société A", "Société B"], "keywords": ["brevet"]})",
                            catalog());
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  EXPECT_EQ(doc->id, "decision-fr-007");
  EXPECT_EQ(doc->kind, "decision");
  EXPECT_EQ(doc->lang, "fr");  // the primary subtag is what analysis needs
  EXPECT_EQ(doc->source["lang"], "fr-CA");
  EXPECT_EQ(doc->title, "Arrêt");
  EXPECT_EQ(doc->summary, "Résumé");
  EXPECT_EQ(doc->body, "Corps");
  EXPECT_EQ(doc->themes, (std::vector<std::string>{"public-health", "green-innovation"}));
  EXPECT_EQ(doc->countries, (std::vector<std::string>{"FR", "CA"}));
  EXPECT_EQ(doc->region, "europe");
  EXPECT_EQ(doc->date, "2023-05-04");
  EXPECT_EQ(doc->translation_of, "decision-en-007");
  for (std::string_view searchable : {"Cour de cassation", "Société A", "Société B", "brevet"}) {
    EXPECT_NE(doc->extra_text.find(searchable), std::string::npos) << searchable;
  }
  EXPECT_EQ(doc->source["court"], "Cour de cassation");
}

struct ErrorCase {
  std::string_view name;
  std::string json;
  std::string_view field;
};

TEST(DocumentTest, ErrorsNameTheField) {
  const std::vector<ErrorCase> cases = {
      {"missing id", R"({"kind": "story", "title": "t"})", "id"},
      {"missing kind", R"({"id": "a", "title": "t"})", "kind"},
      {"missing title", R"({"id": "a", "kind": "story"})", "title"},
      {"blank title", R"({"id": "a", "kind": "story", "title": " \t\n"})", "title"},
      {"empty id", R"({"id": "", "kind": "story", "title": "t"})", "id"},
      {"id with a space", R"({"id": "a b", "kind": "story", "title": "t"})", "id"},
      {"id with a slash", R"({"id": "a/b", "kind": "story", "title": "t"})", "id"},
      {"id with a non-ASCII letter", R"({"id": "brevet-é", "kind": "story", "title": "t"})", "id"},
      {"id of 129 characters",
       R"({"kind": "story", "title": "t", "id": ")" + std::string(129, 'a') + R"("})", "id"},
      {"id not a string", R"({"id": 12, "kind": "story", "title": "t"})", "id"},
      {"unknown kind", R"({"id": "a", "kind": "event", "title": "t"})", "kind"},
      {"kind not a string", R"({"id": "a", "kind": ["story"], "title": "t"})", "kind"},
      {"unknown field", R"({"id": "a", "kind": "story", "title": "t", "author": "me"})", "author"},
      {"court on a story", R"({"id": "a", "kind": "story", "title": "t", "court": "c"})", "court"},
      {"owner on a profile", R"({"id": "a", "kind": "profile", "title": "t", "owner": "p"})",
       "owner"},
      {"partners on a need", R"({"id": "a", "kind": "need", "title": "t", "partners": []})",
       "partners"},
      {"February 30", R"({"id": "a", "kind": "story", "title": "t", "date": "2021-02-30"})",
       "date"},
      {"February 29 of 2023", R"({"id": "a", "kind": "story", "title": "t", "date": "2023-02-29"})",
       "date"},
      {"month 13", R"({"id": "a", "kind": "story", "title": "t", "date": "2021-13-01"})", "date"},
      {"short date", R"({"id": "a", "kind": "story", "title": "t", "date": "2021-2-3"})", "date"},
      {"date with time",
       R"({"id": "a", "kind": "story", "title": "t", "date": "2021-02-03T10:00"})", "date"},
      {"bad valid_to", R"({"id": "a", "kind": "offer", "title": "t", "valid_to": "31/12/2024"})",
       "valid_to"},
      {"country name", R"({"id": "a", "kind": "story", "title": "t", "countries": ["kenya"]})",
       "countries"},
      {"lower-case country", R"({"id": "a", "kind": "story", "title": "t", "countries": ["ke"]})",
       "countries"},
      {"bad jurisdiction",
       R"({"id": "a", "kind": "decision", "title": "t", "jurisdiction": "KEN"})", "jurisdiction"},
      {"unknown theme", R"({"id": "a", "kind": "story", "title": "t", "themes": ["space-mining"]})",
       "themes"},
      {"nine themes",
       R"({"id": "a", "kind": "story", "title": "t", "themes": ["green-innovation",
           "green-innovation", "green-innovation", "green-innovation", "green-innovation",
           "green-innovation", "green-innovation", "green-innovation", "public-health"]})",
       "themes"},
      {"themes as a string",
       R"({"id": "a", "kind": "story", "title": "t", "themes": "green-innovation"})", "themes"},
      {"theme not a string", R"({"id": "a", "kind": "story", "title": "t", "themes": [1]})",
       "themes"},
      {"title over 2000 bytes",
       R"({"id": "a", "kind": "story", "title": ")" + std::string(2001, 't') + R"("})", "title"},
      {"body over 1 MiB",
       R"({"id": "a", "kind": "story", "title": "t", "body": ")" + std::string((1 << 20) + 1, 'b') +
           R"("})",
       "body"},
      {"17 countries",
       R"({"id": "a", "kind": "story", "title": "t", "countries": ["AA", "AB", "AC", "AD", "AE",
           "AF", "AG", "AH", "AI", "AJ", "AK", "AL", "AM", "AN", "AO", "AP", "AQ"]})",
       "countries"},
      {"title as a number", R"({"id": "a", "kind": "story", "title": 42})", "title"},
      {"body as an object", R"({"id": "a", "kind": "story", "title": "t", "body": {}})", "body"},
      {"null summary", R"({"id": "a", "kind": "story", "title": "t", "summary": null})", "summary"},
      {"lang as a name", R"({"id": "a", "kind": "story", "title": "t", "lang": "French"})", "lang"},
      {"unknown region", R"({"id": "a", "kind": "story", "title": "t", "region": "mars"})",
       "region"},
      {"unknown org_type", R"({"id": "a", "kind": "profile", "title": "t", "org_type": "club"})",
       "org_type"},
      {"unknown ip area", R"({"id": "a", "kind": "need", "title": "t", "ip_areas": ["patents"]})",
       "ip_areas"},
      {"bad partner id", R"({"id": "a", "kind": "story", "title": "t", "partners": ["no spaces"]})",
       "partners"},
      {"bad translation_of",
       R"({"id": "a", "kind": "story", "title": "t", "translation_of": "a b"})", "translation_of"},
      {"invalid JSON", R"({"id": "a", "kind": "story", "title": "t")", ""},
      {"not JSON at all", "id=a kind=story", ""},
      {"JSON array", R"([{"id": "a", "kind": "story", "title": "t"}])", ""},
      {"JSON string", R"("a document")", ""},
      // Found by fuzz_document: a number past a double's range threw out of the parser.
      {"number overflow", R"({"id": "a", "kind": "story", "title": "t", "n": 1e99999})", ""},
  };
  const ThemeCatalog themes = catalog();
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.name));
    auto doc = parse_document(c.json, themes);
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error().code, ErrorCode::kInvalidDocument);
    EXPECT_EQ(doc.error().field, c.field) << doc.error().message;
    EXPECT_FALSE(doc.error().message.empty());
  }
}

TEST(DocumentTest, MessagesSayWhatIsWrong) {
  const std::vector<std::pair<std::string, std::string_view>> cases = {
      {R"({"id": "a", "kind": "story", "title": "t", "themes": ["space-mining"]})",
       "unknown theme"},
      {R"({"id": "a", "kind": "story", "title": "t", "court": "c"})", "story"},
      {R"({"id": "a", "kind": "story", "title": "t", "date": "2021-02-30"})", "2021-02-30"},
      {R"({"id": "a", "kind": "story", "title": "t")", "invalid JSON"},
      {R"({"kind": "story", "title": "t"})", "required"},
  };
  for (const auto& [json, words] : cases) {
    SCOPED_TRACE(json);
    auto doc = parse_document(json, catalog());
    ASSERT_FALSE(doc.ok());
    EXPECT_NE(doc.error().message.find(words), std::string::npos) << doc.error().message;
  }
}

TEST(DocumentTest, ThemesAreUncheckedWithoutACatalog) {
  auto doc = parse_document(
      R"({"id": "a", "kind": "story", "lang": "en", "title": "t", "themes": ["space-mining"]})",
      ThemeCatalog());
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  EXPECT_EQ(doc->themes, std::vector<std::string>{"space-mining"});
}

struct DetectCase {
  std::string_view title;
  std::string_view body;
  std::string_view lang;
};

TEST(DocumentTest, MissingLangIsDetectedAndStored) {
  const std::vector<DetectCase> cases = {
      {"Les brevets au service de l'innovation agricole",
       "Le projet aide les coopératives à protéger leurs variétés et à négocier des licences.",
       "fr"},
      {"Patent licensing for smallholder farmers",
       "The office helps cooperatives protect their varieties and negotiate licences.", "en"},
      {"Protección de las variedades vegetales",
       "El proyecto ayuda a las cooperativas a proteger sus variedades y negociar licencias.",
       "es"},
      {"Охрана селекционных достижений", "Проект помогает кооперативам защищать свои сорта.", "ru"},
      {"حماية الأصناف النباتية", "يساعد المشروع التعاونيات على حماية أصنافها.", "ar"},
      {"植物新品种保护", "该项目帮助合作社保护其品种并谈判许可。", "zh"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.lang));
    nlohmann::json object = {{"id", "a"}, {"kind", "story"}, {"title", c.title}, {"body", c.body}};
    auto doc = validate_document(object, ThemeCatalog());
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    EXPECT_EQ(doc->lang, c.lang);
    EXPECT_TRUE(doc->lang_detected);
    ASSERT_TRUE(doc->source.contains("lang"));
    EXPECT_EQ(doc->source["lang"], c.lang);
  }
}

TEST(DocumentTest, UndetectableLangStaysEmpty) {
  auto doc = parse_document(R"({"id": "a", "kind": "story", "title": "2024 — 42 %"})", {});
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  EXPECT_EQ(doc->lang, "");
  EXPECT_TRUE(doc->lang_detected);
  EXPECT_FALSE(doc->source.contains("lang"));
}

TEST(DocumentTest, IsValidId) {
  const std::vector<std::pair<std::string, bool>> cases = {
      {"a", true},
      {"story-en-001", true},
      {"urn:concord:story.1_2", true},
      {std::string(128, 'x'), true},
      {"", false},
      {std::string(129, 'x'), false},
      {"a b", false},
      {"a/b", false},
      {"a#b", false},
      {"ñ", false},
      {std::string("a\0b", 3), false},
  };
  for (const auto& [id, expected] : cases) {
    SCOPED_TRACE(id);
    EXPECT_EQ(is_valid_id(id), expected);
  }
}

}  // namespace
}  // namespace concord::indexer
