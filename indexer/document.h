// The document model: one validated JSON Lines record, ready to index.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "indexer/result.h"
#include "indexer/theme_catalog.h"

namespace concord::indexer {

struct Document {
  std::string id;
  std::string kind;
  std::string lang;  // primary language subtag used for analysis; "" when unknown
  std::string title;
  std::string summary;
  std::string body;
  /// Further searchable text from kind-specific fields (court, parties, keywords, outcome, ...).
  std::string extra_text;
  std::vector<std::string> themes;
  std::vector<std::string> countries;
  std::string region;
  std::string date;  // YYYY-MM-DD or ""
  std::string translation_of;
  bool lang_detected = false;
  /// The record as given, plus a detected "lang"; stored in the index and returned by the API.
  nlohmann::json source;
};

/// Parses and validates one JSON object. Unknown themes are rejected when `themes` is non-empty.
/// Errors are kInvalidDocument with `field` set to the offending field.
Result<Document> parse_document(std::string_view json_text, const ThemeCatalog& themes);

/// Validates an already parsed object (the write API and the line reader share this).
Result<Document> validate_document(nlohmann::json object, const ThemeCatalog& themes);

/// True for ids of the form [A-Za-z0-9._:-]{1,128}.
bool is_valid_id(std::string_view id);

}  // namespace concord::indexer
