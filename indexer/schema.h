// The index contract: every field, term prefix and value slot, and the schema version.
#pragma once

#include <array>
#include <string_view>

#include <xapian.h>

namespace concord::indexer::schema {

/// Bumped whenever terms, slots or stored data change meaning; searchd refuses other versions.
inline constexpr int kVersion = 2;  // 2: spelling data
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

// Value slots. Multi-valued facets use a run of single-valued slots so that Xapian's built-in
// ValueCountMatchSpy counts them exactly, also across remote shards.
inline constexpr Xapian::valueno kDateSlot = 0;  // "YYYYMMDD", sorts as a string
inline constexpr Xapian::valueno kYearSlot = 1;
inline constexpr Xapian::valueno kKindSlot = 2;
inline constexpr Xapian::valueno kLangSlot = 3;
inline constexpr Xapian::valueno kRegionSlot = 4;
inline constexpr Xapian::valueno kThemeSlotFirst = 10;
inline constexpr std::size_t kMaxThemes = 8;
inline constexpr Xapian::valueno kCountrySlotFirst = 20;
inline constexpr std::size_t kMaxCountries = 16;

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

}  // namespace concord::indexer::schema
