// The bundled corpus: every document valid, ids unique, references resolved, enough of each
// kind and language for the search tests and the demo to mean something.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "analyzers/language_detector.h"
#include "indexer/document.h"
#include "indexer/jsonl_reader.h"
#include "indexer/schema.h"
#include "indexer/theme_catalog.h"

namespace concord::indexer {
namespace {

namespace fs = std::filesystem;

const std::string kCorpus = CONCORD_SOURCE_DIR "/corpus";
constexpr std::array<std::string_view, 7> kLanguages = {"ar", "zh", "en", "fr", "ru", "es", "pt"};

struct Located {
  Document doc;
  std::string where;  // file:line
  std::string file_lang;
};

// Every document of corpus/documents, validated against the theme catalog; failures are
// reported with their file and line.
class CorpusTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    themes_ = new ThemeCatalog();
    docs_ = new std::vector<Located>();
    failures_ = new std::vector<std::string>();
    auto themes = ThemeCatalog::load(kCorpus + "/themes.json");
    ASSERT_TRUE(themes.ok()) << themes.error().message;
    *themes_ = std::move(themes).value();
    auto files = expand_inputs({kCorpus + "/documents"});
    ASSERT_TRUE(files.ok()) << files.error().message;
    ASSERT_FALSE(files->empty());
    for (const std::string& file : *files) {
      const std::string name = fs::path(file).filename().string();
      const std::string file_lang = name.substr(0, name.find('.'));
      auto read = read_lines(file, [&](std::size_t line, std::string_view text) {
        const std::string where = name + ":" + std::to_string(line);
        auto doc = parse_document(text, *themes_);
        if (doc) {
          docs_->push_back({std::move(doc).value(), where, file_lang});
        } else {
          failures_->push_back(where + ": field \"" + doc.error().field +
                               "\": " + doc.error().message);
        }
      });
      ASSERT_TRUE(read.ok()) << read.error().message;
    }
  }
  static void TearDownTestSuite() {
    delete themes_;
    delete docs_;
    delete failures_;
  }

  static const std::vector<Located>& docs() { return *docs_; }
  static std::map<std::string, const Located*> by_id() {
    std::map<std::string, const Located*> ids;
    for (const Located& d : docs()) ids.emplace(d.doc.id, &d);
    return ids;
  }

  static ThemeCatalog* themes_;
  static std::vector<Located>* docs_;
  static std::vector<std::string>* failures_;
};

ThemeCatalog* CorpusTest::themes_ = nullptr;
std::vector<Located>* CorpusTest::docs_ = nullptr;
std::vector<std::string>* CorpusTest::failures_ = nullptr;

TEST_F(CorpusTest, EveryDocumentValidates) {
  for (const std::string& failure : *failures_) ADD_FAILURE() << failure;
  EXPECT_TRUE(failures_->empty());
}

TEST_F(CorpusTest, IdsAreUniqueAcrossFiles) {
  std::map<std::string, std::string> first_seen;
  for (const Located& d : docs()) {
    auto [it, inserted] = first_seen.emplace(d.doc.id, d.where);
    EXPECT_TRUE(inserted) << d.where << ": id " << d.doc.id << " already used at " << it->second;
  }
}

TEST_F(CorpusTest, IdsAndLanguagesFollowTheConventions) {
  for (const Located& d : docs()) {
    SCOPED_TRACE(d.where);
    EXPECT_FALSE(d.doc.lang_detected) << "every corpus document says its language";
    EXPECT_EQ(d.doc.lang, d.file_lang);
    EXPECT_TRUE(d.doc.id.starts_with(d.doc.kind + "-" + d.doc.lang + "-")) << d.doc.id;
  }
}

TEST_F(CorpusTest, EnoughDocumentsOfEveryKindAndLanguage) {
  std::map<std::string, std::size_t> kinds, langs;
  for (const Located& d : docs()) {
    ++kinds[d.doc.kind];
    ++langs[d.doc.lang];
  }
  std::printf("corpus: %zu documents;", docs().size());
  for (const auto& [lang, n] : langs) std::printf(" %s %zu", lang.c_str(), n);
  std::printf("\n");
  EXPECT_GE(docs().size(), 400u);
  for (std::string_view kind : schema::kKinds) {
    EXPECT_GE(kinds[std::string(kind)], 1u) << "no document of kind " << kind;
  }
  for (std::string_view lang : kLanguages) {
    EXPECT_GE(langs[std::string(lang)], 30u) << "too few documents in " << lang;
  }
  EXPECT_EQ(langs.size(), kLanguages.size());
}

struct Reference {
  std::string_view field;
  std::set<std::string_view> target_kinds;  // empty: same kind as the referring document
};

TEST_F(CorpusTest, ReferencedIdsExist) {
  const auto ids = by_id();
  const std::vector<Reference> references = {
      {"translation_of", {}},
      {"owner", {"profile"}},
      {"partners", {"profile"}},
  };
  for (const Located& d : docs()) {
    for (const Reference& ref : references) {
      const std::string field(ref.field);
      if (!d.doc.source.contains(field)) continue;
      const auto& value = d.doc.source[field];
      for (const auto& target : value.is_array() ? value : nlohmann::json::array({value})) {
        const std::string id = target.get<std::string>();
        SCOPED_TRACE(d.where + ": " + field + " " + id);
        auto it = ids.find(id);
        ASSERT_NE(it, ids.end()) << "no such document";
        const std::string& kind = it->second->doc.kind;
        if (ref.target_kinds.empty()) {
          EXPECT_EQ(kind, d.doc.kind);
          EXPECT_NE(it->second->doc.lang, d.doc.lang) << "a translation into the same language";
        } else {
          EXPECT_TRUE(ref.target_kinds.contains(kind)) << "refers to a " << kind;
        }
      }
    }
  }
}

TEST_F(CorpusTest, MatchPairsReferToANeedAndAnOffer) {
  const auto ids = by_id();
  std::size_t pairs = 0;
  for (const auto& entry : fs::directory_iterator(kCorpus + "/match_pairs")) {
    if (entry.path().extension() != ".tsv") continue;
    std::ifstream in(entry.path());
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
      if (line.empty()) continue;
      const std::string where = entry.path().filename().string() + ":" + std::to_string(number);
      SCOPED_TRACE(where);
      const auto tab = line.find('\t');
      ASSERT_NE(tab, std::string::npos) << "want need_id<TAB>offer_id: " << line;
      const std::string need = line.substr(0, tab), offer = line.substr(tab + 1);
      ++pairs;
      const std::vector<std::pair<std::string, std::string>> ends = {{need, "need"},
                                                                     {offer, "offer"}};
      for (const auto& [id, kind] : ends) {
        auto it = ids.find(id);
        ASSERT_NE(it, ids.end()) << "no document " << id;
        EXPECT_EQ(it->second->doc.kind, kind) << id;
      }
    }
  }
  EXPECT_GT(pairs, 0u);
}

TEST_F(CorpusTest, ThemesAreLabelledInEveryLanguage) {
  const ThemeCatalog& catalog = *themes_;
  EXPECT_GE(catalog.themes().size(), 12u);
  for (const Theme& theme : catalog.themes()) {
    SCOPED_TRACE(theme.id);
    for (std::string_view lang : kLanguages) {
      auto it = theme.labels.find(std::string(lang));
      ASSERT_NE(it, theme.labels.end()) << "no label in " << lang;
      EXPECT_FALSE(it->second.empty()) << lang;
    }
  }
}

TEST_F(CorpusTest, EveryThemeIsUsed) {
  std::set<std::string> used;
  for (const Located& d : docs()) used.insert(d.doc.themes.begin(), d.doc.themes.end());
  for (const Theme& theme : themes_->themes()) EXPECT_TRUE(used.contains(theme.id)) << theme.id;
}

// What the indexer would decide for these documents if they did not say their language.
TEST_F(CorpusTest, LanguageOfDocumentsIsDetected) {
  std::size_t right = 0;
  for (const Located& d : docs()) {
    const std::string sample =
        d.doc.title + "\n" + d.doc.summary + "\n" + d.doc.body.substr(0, 2000);
    const std::string got = analyzers::detect_language(sample);
    if (got == d.doc.lang) {
      ++right;
    } else {
      std::printf("  %s detected as \"%s\"\n", d.where.c_str(), got.c_str());
    }
  }
  const double accuracy = 100.0 * static_cast<double>(right) / static_cast<double>(docs().size());
  std::printf("corpus language detection: %zu/%zu = %.1f%%\n", right, docs().size(), accuracy);
  EXPECT_GE(accuracy, 99.0);
}

}  // namespace
}  // namespace concord::indexer
