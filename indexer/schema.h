// The index contract: every field, term prefix and value slot, and the schema version.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

#include <xapian.h>

namespace concord::indexer::schema {

/// Bumped whenever terms, slots or stored data change meaning; searchd refuses other versions.
// 2: org_type, cooperation, match_type, ip_right, court, spelling; 3: suggestion keys, title
// slot, stems with positions (phrases match any form of their words), the XH term; 4: stems
// without accents where a language has no stemmer, Turkish İ and apostrophe suffixes; 5: Hindi
// stems, Romanian ș ț as ş ţ, stems without accents in every Latin-script language with a
// stemmer, Italian elisions; 6: stem heads (XZ).
inline constexpr int kVersion = 6;
inline constexpr std::string_view kVersionKey = "concord.schema_version";
inline constexpr std::string_view kThemesKey = "concord.themes";

// Term prefixes (Omega conventions: one capital letter, or X plus capitals for our own).
inline constexpr std::string_view kIdPrefix = "Q";
inline constexpr std::string_view kKindPrefix = "K";
inline constexpr std::string_view kLangPrefix = "L";
inline constexpr std::string_view kStemPrefix = "Z";
inline constexpr std::string_view kThemePrefix = "XT";
inline constexpr std::string_view kCountryPrefix = "XC";
inline constexpr std::string_view kRegionPrefix = "XR";
inline constexpr std::string_view kYearPrefix = "Y";
inline constexpr std::string_view kTranslationPrefix = "XG";
inline constexpr std::string_view kOrgTypePrefix = "XO";
inline constexpr std::string_view kCooperationPrefix = "XP";
inline constexpr std::string_view kMatchTypePrefix = "XM";
/// A decision's ip_right and a need's or offer's ip_areas: one facet, "which IP right".
inline constexpr std::string_view kIpRightPrefix = "XI";
/// The court's whole name, normalised (court_key in index_terms.h): the facet filter.
inline constexpr std::string_view kCourtPrefix = "XJ";
/// The words of the court's name, with positions: what `court:` in a query matches.
inline constexpr std::string_view kCourtWordPrefix = "XU";
inline constexpr std::string_view kBigramPrefix = "XB";  // CJK character bigrams, no positions
// The first letters of an alphabetic stem (analyzers::stem_head), no positions.
inline constexpr std::string_view kStemHeadPrefix = "XZ";
// On every document that translates another (translation_of set): an index without it has no
// translation groups, and grouped searches skip collapsing.
inline constexpr std::string_view kTranslationMemberTerm = "XH";
// Autocompletion keys (suggest_keys.h): folded title from its first word, and from a later one.
inline constexpr std::string_view kSuggestEntryPrefix = "XSE";
inline constexpr std::string_view kSuggestWordPrefix = "XSW";

// Value slots. Multi-valued facets use a run of single-valued slots so that Xapian's built-in
// ValueCountMatchSpy counts them exactly, also across remote shards.
inline constexpr Xapian::valueno kDateSlot = 0;  // "YYYYMMDD", sorts as a string
inline constexpr Xapian::valueno kYearSlot = 1;
inline constexpr Xapian::valueno kKindSlot = 2;
inline constexpr Xapian::valueno kLangSlot = 3;
inline constexpr Xapian::valueno kRegionSlot = 4;
inline constexpr Xapian::valueno kOrgTypeSlot = 5;
inline constexpr Xapian::valueno kCooperationSlot = 6;
inline constexpr Xapian::valueno kMatchTypeSlot = 7;
inline constexpr Xapian::valueno kCourtSlot = 8;       // court_key of the name
inline constexpr Xapian::valueno kCourtLabelSlot = 9;  // the name as written, for the facet label
// The document id, to break ties in score the same way whatever the shard layout (internal
// document ids, Xapian's own tie-break, differ between one index and shards).
inline constexpr Xapian::valueno kIdSlot = 19;
inline constexpr Xapian::valueno kTitleSlot = 18;  // read by suggestions without parsing the data
inline constexpr Xapian::valueno kThemeSlotFirst = 10;
inline constexpr std::size_t kMaxThemes = 8;
inline constexpr Xapian::valueno kCountrySlotFirst = 20;
inline constexpr std::size_t kMaxCountries = 16;
inline constexpr Xapian::valueno kIpRightSlotFirst = 40;
inline constexpr std::size_t kMaxIpRights = 8;  // every IP right at most once
/// The translation group (translation_of, else the id), the collapse key of grouped results.
inline constexpr Xapian::valueno kGroupSlot = 50;

// Within-document weights (wdf increments) of the text fields: title > summary > body.
inline constexpr Xapian::termcount kTitleWeight = 4;
inline constexpr Xapian::termcount kSummaryWeight = 2;
inline constexpr Xapian::termcount kBodyWeight = 1;
// Positions of consecutive fields are kept apart so phrases do not cross a field boundary.
inline constexpr Xapian::termpos kFieldGap = 100;

inline constexpr std::array<std::string_view, 5> kKinds = {"profile", "need", "offer", "story",
                                                           "decision"};
inline constexpr std::array<std::string_view, 8> kRegions = {
    "africa", "arab",         "asia-pacific",  "latin-america-caribbean",
    "europe", "central-asia", "north-america", "global"};
inline constexpr std::array<std::string_view, 12> kOrgTypes = {"ip-office",
                                                               "university",
                                                               "research-institute",
                                                               "sme",
                                                               "company",
                                                               "ngo",
                                                               "government",
                                                               "intergovernmental",
                                                               "collective-management",
                                                               "chamber-of-commerce",
                                                               "law-firm",
                                                               "cooperative"};
inline constexpr std::array<std::string_view, 3> kMatchTypes = {"financial", "technical",
                                                                "public-private"};
inline constexpr std::array<std::string_view, 8> kIpRights = {
    "patent", "trademark",    "copyright",     "design",
    "gi",     "trade-secret", "plant-variety", "utility-model"};
inline constexpr std::array<std::string_view, 6> kCooperation = {
    "south-south", "north-south", "triangular", "public-private", "regional", "bilateral"};

/// What a field's values are: how a filter value is checked, and where a facet's labels come from.
enum class Values {
  kVocabulary,  // one of the field's `vocabulary`
  kTheme,       // a theme id of the index's catalog (themes.json)
  kLanguage,    // a language code; a BCP 47 tag counts as its primary language
  kCountry,     // ISO 3166-1 alpha-2
  kYear,        // YYYY
  kCourt,       // a court's name in any script, compared by its court_key
};

/// A field that filters searches, is counted as a facet and can be named in a query
/// (`court:…`). kFields is the one list of them: the request decoder, the query parser, the
/// filters, the facet counter, matchmaking, the OpenAPI document and the page (GET /v1/fields)
/// all derive theirs from it.
struct Field {
  std::string_view name;    // parameter, facet and query field name
  std::string_view prefix;  // of its boolean filter terms
  Xapian::valueno slot;     // its (first) value slot
  std::size_t slots = 1;    // > 1: multi-valued, one value per slot from `slot` on
  Values values = Values::kVocabulary;
  std::span<const std::string_view> vocabulary = {};  // kVocabulary's values
  bool match_filter = false;  // also filters matchmaking's offers (POST /v1/match)

  constexpr bool multi_valued() const { return slots > 1; }
};

inline constexpr std::array<Field, 11> kFields = {{
    {.name = "theme",
     .prefix = kThemePrefix,
     .slot = kThemeSlotFirst,
     .slots = kMaxThemes,
     .values = Values::kTheme,
     .match_filter = true},
    {.name = "kind", .prefix = kKindPrefix, .slot = kKindSlot, .vocabulary = kKinds},
    {.name = "lang", .prefix = kLangPrefix, .slot = kLangSlot, .values = Values::kLanguage},
    {.name = "region",
     .prefix = kRegionPrefix,
     .slot = kRegionSlot,
     .vocabulary = kRegions,
     .match_filter = true},
    {.name = "country",
     .prefix = kCountryPrefix,
     .slot = kCountrySlotFirst,
     .slots = kMaxCountries,
     .values = Values::kCountry,
     .match_filter = true},
    {.name = "year", .prefix = kYearPrefix, .slot = kYearSlot, .values = Values::kYear},
    {.name = "org_type", .prefix = kOrgTypePrefix, .slot = kOrgTypeSlot, .vocabulary = kOrgTypes},
    {.name = "cooperation",
     .prefix = kCooperationPrefix,
     .slot = kCooperationSlot,
     .vocabulary = kCooperation},
    {.name = "match_type",
     .prefix = kMatchTypePrefix,
     .slot = kMatchTypeSlot,
     .vocabulary = kMatchTypes,
     .match_filter = true},
    {.name = "ip_right",
     .prefix = kIpRightPrefix,
     .slot = kIpRightSlotFirst,
     .slots = kMaxIpRights,
     .vocabulary = kIpRights},
    {.name = "court", .prefix = kCourtPrefix, .slot = kCourtSlot, .values = Values::kCourt},
}};

/// The field called `name`, or null.
constexpr const Field* find_field(std::string_view name) {
  for (const Field& field : kFields) {
    if (field.name == name) return &field;
  }
  return nullptr;
}

}  // namespace concord::indexer::schema
