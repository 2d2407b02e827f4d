// The theme list with a label per language, as in corpus/themes.json.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/result.h"

namespace concord::indexer {

struct Theme {
  std::string id;
  std::map<std::string, std::string> labels;  // language code → label
};

/// Themes known to an index; stored in the index so searchd labels facets without the corpus.
class ThemeCatalog {
 public:
  ThemeCatalog() = default;
  explicit ThemeCatalog(std::vector<Theme> themes) : themes_(std::move(themes)) {}
  static Result<ThemeCatalog> load(const std::string& path);
  static Result<ThemeCatalog> parse(std::string_view json);
  std::string to_json() const;

  bool empty() const { return themes_.empty(); }
  bool contains(std::string_view id) const;
  /// The label in `lang`, else English, else the id itself.
  std::string label(std::string_view id, std::string_view lang) const;
  const std::vector<Theme>& themes() const { return themes_; }

 private:
  std::vector<Theme> themes_;
};

}  // namespace concord::indexer
