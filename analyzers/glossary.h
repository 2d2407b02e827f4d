// The multilingual glossary of IP and cooperation concepts (data/glossary.tsv, compiled in):
// which concepts a text names, and how every language names them.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "analyzers/token.h"

namespace concord::analyzers {

/// One way to name a concept in one language, as the analyzer sees it.
struct GlossaryTerm {
  std::string lang;
  std::vector<Token> tokens;  // words only, no subwords
  std::string text;           // the name as written in the glossary
  /// Written in capitals (PCT, DO, ИС): folded, many read as ordinary words ("do", "pi"), so
  /// only a text that writes them in capitals too names the concept.
  bool abbreviation = false;
  /// One word of one to three letters that a language of the glossary uses as a function word
  /// (DO is Portuguese and English "do"): the index folds case, so as a search term it would
  /// match that word in every document.
  bool function_word = false;
};

/// Immutable once built: safe to share between threads.
class Glossary {
 public:
  /// Parses `id<TAB>en<TAB>fr…` lines (terms of a language separated by " | ") and analyses
  /// every term with its language's analyzer. Throws std::runtime_error on malformed data.
  explicit Glossary(std::string_view tsv);

  /// Concepts named in `text`, whose analysis in `lang` is `tokens`, longest names first, each
  /// once. Names match by stem; an abbreviation only where `text` writes it in capitals, and a
  /// one-word name that is a short function word of `lang` (Portuguese DO) never.
  std::vector<std::size_t> find(std::string_view text, const std::vector<Token>& tokens,
                                std::string_view lang) const;
  const std::vector<GlossaryTerm>& terms(std::size_t concept_index) const {
    return concepts_[concept_index].terms;
  }
  const std::string& id(std::size_t concept_index) const { return concepts_[concept_index].id; }
  std::size_t size() const { return concepts_.size(); }

 private:
  struct Concept {
    std::string id;
    std::vector<GlossaryTerm> terms;
  };
  struct Named {
    std::size_t concept_index;
    bool abbreviation;
  };
  std::vector<Concept> concepts_;
  std::map<std::string, std::vector<Named>, std::less<>> by_key_;  // lang + terms → concepts
  std::size_t longest_ = 1;                                        // most tokens in one term
};

/// The glossary shipped with Concord, built on first use.
const Glossary& builtin_glossary();

}  // namespace concord::analyzers
