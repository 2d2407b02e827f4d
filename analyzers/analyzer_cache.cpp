#include "analyzers/analyzer_cache.h"

namespace concord::analyzers {

const Analyzer& AnalyzerCache::get(std::string_view lang) {
  auto it = analyzers_.find(lang);
  if (it == analyzers_.end()) it = analyzers_.emplace(std::string(lang), Analyzer(lang)).first;
  return it->second;
}

}  // namespace concord::analyzers
