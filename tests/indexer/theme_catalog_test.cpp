// The theme catalog: parsing themes.json, labels with fallbacks, and its stored JSON form.
#include "indexer/theme_catalog.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "tests/indexer/temp_dir.h"

namespace concord::indexer {
namespace {

constexpr std::string_view kThemes = R"([
  {"id": "green-innovation",
   "labels": {"en": "Green innovation", "fr": "Innovation verte", "zh": "绿色创新",
              "ar": "الابتكار الأخضر"}},
  {"id": "public-health", "labels": {"en": "IP and public health", "es": "PI y salud pública"}},
  {"id": "no-english", "labels": {"fr": "Sans anglais"}}
])";

TEST(ThemeCatalogTest, ParsesThemesInOrder) {
  auto catalog = ThemeCatalog::parse(kThemes);
  ASSERT_TRUE(catalog.ok()) << catalog.error().message;
  ASSERT_EQ(catalog->themes().size(), 3u);
  EXPECT_EQ(catalog->themes()[0].id, "green-innovation");
  EXPECT_EQ(catalog->themes()[1].id, "public-health");
  EXPECT_EQ(catalog->themes()[2].id, "no-english");
  EXPECT_EQ(catalog->themes()[0].labels.size(), 4u);
  EXPECT_FALSE(catalog->empty());
}

TEST(ThemeCatalogTest, Contains) {
  auto catalog = ThemeCatalog::parse(kThemes);
  ASSERT_TRUE(catalog.ok());
  const std::vector<std::pair<std::string_view, bool>> cases = {
      {"green-innovation", true},  {"public-health", true}, {"no-english", true},
      {"Green-Innovation", false}, {"green", false},        {"", false},
  };
  for (const auto& [id, expected] : cases) {
    SCOPED_TRACE(std::string(id));
    EXPECT_EQ(catalog->contains(id), expected);
  }
}

struct LabelCase {
  std::string_view id;
  std::string_view lang;
  std::string_view expected;
};

TEST(ThemeCatalogTest, LabelFallsBackToEnglishThenToTheId) {
  auto catalog = ThemeCatalog::parse(kThemes);
  ASSERT_TRUE(catalog.ok());
  const std::vector<LabelCase> cases = {
      {"green-innovation", "fr", "Innovation verte"},
      {"green-innovation", "zh", "绿色创新"},
      {"green-innovation", "ar", "الابتكار الأخضر"},
      {"green-innovation", "ru", "Green innovation"},  // no Russian label: English
      {"green-innovation", "", "Green innovation"},
      {"public-health", "es", "PI y salud pública"},
      {"public-health", "pt", "IP and public health"},
      {"no-english", "fr", "Sans anglais"},
      {"no-english", "de", "no-english"},  // neither the language nor English: the id
      {"space-mining", "en", "space-mining"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.id) + " " + std::string(c.lang));
    EXPECT_EQ(catalog->label(c.id, c.lang), c.expected);
  }
}

TEST(ThemeCatalogTest, JsonRoundTrip) {
  auto catalog = ThemeCatalog::parse(kThemes);
  ASSERT_TRUE(catalog.ok());
  auto again = ThemeCatalog::parse(catalog->to_json());
  ASSERT_TRUE(again.ok()) << again.error().message;
  ASSERT_EQ(again->themes().size(), catalog->themes().size());
  for (std::size_t i = 0; i < catalog->themes().size(); ++i) {
    EXPECT_EQ(again->themes()[i].id, catalog->themes()[i].id);
    EXPECT_EQ(again->themes()[i].labels, catalog->themes()[i].labels);
  }
}

TEST(ThemeCatalogTest, EmptyCatalog) {
  const ThemeCatalog none;
  EXPECT_TRUE(none.empty());
  EXPECT_FALSE(none.contains("green-innovation"));
  EXPECT_EQ(none.label("green-innovation", "en"), "green-innovation");
  auto parsed = ThemeCatalog::parse(none.to_json());
  ASSERT_TRUE(parsed.ok());
  EXPECT_TRUE(parsed->empty());
}

TEST(ThemeCatalogTest, RejectsMalformedCatalogs) {
  const std::vector<std::pair<std::string_view, std::string_view>> cases = {
      {"not json", "array"},
      {R"({"id": "a", "labels": {}})", "array"},
      {R"([{"id": "a"}])", "labels"},
      {R"([{"labels": {"en": "A"}}])", "id"},
      {R"([{"id": 1, "labels": {"en": "A"}}])", "id"},
      {R"([{"id": "a", "labels": ["A"]}])", "labels"},
      {R"([{"id": "a", "labels": {"en": 1}}])", "not a string"},
      {R"([{"id": "a", "labels": {}}, {"id": "a", "labels": {}}])", "duplicate"},
      {R"(["a"])", "id"},
  };
  for (const auto& [json, words] : cases) {
    SCOPED_TRACE(std::string(json));
    auto catalog = ThemeCatalog::parse(json);
    ASSERT_FALSE(catalog.ok());
    EXPECT_EQ(catalog.error().code, ErrorCode::kInvalidParameter);
    EXPECT_NE(catalog.error().message.find(words), std::string::npos) << catalog.error().message;
  }
}

TEST(ThemeCatalogTest, LoadsAFileAndNamesItInErrors) {
  const test::TempDir dir;
  const std::string good = dir / "themes.json";
  const std::string bad = dir / "bad.json";
  test::write_file(good, kThemes);
  test::write_file(bad, "{oops");

  auto loaded = ThemeCatalog::load(good);
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  EXPECT_EQ(loaded->themes().size(), 3u);

  auto broken = ThemeCatalog::load(bad);
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.error().message.find(bad), std::string::npos) << broken.error().message;

  auto missing = ThemeCatalog::load(dir / "missing.json");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kIoError);
  EXPECT_NE(missing.error().message.find("missing.json"), std::string::npos);
}

TEST(ThemeCatalogTest, LoadsTheCorpusThemes) {
  auto catalog = ThemeCatalog::load(CONCORD_SOURCE_DIR "/corpus/themes.json");
  ASSERT_TRUE(catalog.ok()) << catalog.error().message;
  EXPECT_TRUE(catalog->contains("green-innovation"));
  EXPECT_EQ(catalog->label("green-innovation", "zh"), "绿色创新");
  EXPECT_EQ(catalog->label("green-innovation", "fr"), "Innovation verte");
}

}  // namespace
}  // namespace concord::indexer
