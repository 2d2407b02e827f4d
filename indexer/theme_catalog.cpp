#include "indexer/theme_catalog.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace concord::indexer {

Result<ThemeCatalog> ThemeCatalog::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return make_error(ErrorCode::kIoError, "cannot read themes file " + path);
  std::stringstream text;
  text << in.rdbuf();
  auto catalog = parse(text.str());
  if (!catalog) return make_error(catalog.error().code, path + ": " + catalog.error().message);
  return catalog;
}

Result<ThemeCatalog> ThemeCatalog::parse(std::string_view json) {
  const nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
  if (doc.is_discarded() || !doc.is_array()) {
    return make_error(ErrorCode::kInvalidParameter, "themes must be a JSON array");
  }
  ThemeCatalog catalog;
  for (const auto& item : doc) {
    if (!item.is_object() || !item.contains("id") || !item["id"].is_string() ||
        !item.contains("labels") || !item["labels"].is_object()) {
      return make_error(ErrorCode::kInvalidParameter,
                        "each theme needs a string \"id\" and a \"labels\" object");
    }
    Theme theme{item["id"].get<std::string>(), {}};
    if (catalog.contains(theme.id)) {
      return make_error(ErrorCode::kInvalidParameter, "duplicate theme id " + theme.id);
    }
    for (const auto& [lang, label] : item["labels"].items()) {
      if (!label.is_string()) {
        return make_error(ErrorCode::kInvalidParameter, "label of " + theme.id + " not a string");
      }
      theme.labels[lang] = label.get<std::string>();
    }
    catalog.themes_.push_back(std::move(theme));
  }
  return catalog;
}

std::string ThemeCatalog::to_json() const {
  nlohmann::json out = nlohmann::json::array();
  for (const Theme& theme : themes_) out.push_back({{"id", theme.id}, {"labels", theme.labels}});
  return out.dump();
}

bool ThemeCatalog::contains(std::string_view id) const {
  for (const Theme& theme : themes_) {
    if (theme.id == id) return true;
  }
  return false;
}

std::string ThemeCatalog::label(std::string_view id, std::string_view lang) const {
  for (const Theme& theme : themes_) {
    if (theme.id != id) continue;
    if (auto it = theme.labels.find(std::string(lang)); it != theme.labels.end()) return it->second;
    if (auto it = theme.labels.find("en"); it != theme.labels.end()) return it->second;
    break;
  }
  return std::string(id);
}

}  // namespace concord::indexer
