// One Analyzer per language, created on first use; for one thread.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "analyzers/analyzer.h"

namespace concord::analyzers {

/// Analyzers keyed by language code. Not thread-safe: keep one cache per thread.
class AnalyzerCache {
 public:
  /// The analyzer for `lang`, created on first use.
  const Analyzer& get(std::string_view lang);

 private:
  std::map<std::string, Analyzer, std::less<>> analyzers_;
};

}  // namespace concord::analyzers
