// Text → tokens for one language; used identically at index time and at query time.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analyzers/token.h"

namespace concord::analyzers {

/// Splits text into normalised, stemmed words. Not thread-safe: use one per thread.
class Analyzer {
 public:
  /// `lang` is an ISO 639 code or a BCP 47 tag, whose primary subtag counts (pt-BR is pt);
  /// unknown or empty codes get language-neutral analysis.
  explicit Analyzer(std::string_view lang);
  ~Analyzer();
  Analyzer(Analyzer&&) noexcept;
  Analyzer& operator=(Analyzer&&) noexcept;

  const std::string& lang() const { return lang_; }
  bool has_stemmer() const;

  /// The words of `text`, in order, with byte offsets into `text`. Invalid UTF-8 never throws:
  /// bad bytes act as separators.
  std::vector<Token> analyze(std::string_view text) const;

  /// Longest index term, in bytes; longer words are cut on a character boundary.
  static constexpr std::size_t kMaxTermBytes = 64;

 private:
  struct Impl;
  std::string lang_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace concord::analyzers
