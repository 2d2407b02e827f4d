// "Documents like this text": the text's most distinctive words and the glossary concepts it
// names in every language, as one ranked query; shared by similar documents and matchmaking.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer_cache.h"
#include "analyzers/glossary.h"
#include "searchd/results/match_terms.h"

namespace concord::search {

struct ProfileQuery {
  Xapian::Query query;             // MatchNothing when the text has no usable word
  std::vector<std::string> terms;  // readable labels of what the query looks for, strongest first
  std::map<std::string, std::string> labels;  // Xapian term → its label
  MatchTerms highlight;
};

struct ProfileOptions {
  std::size_t max_words = 25;  // distinctive words kept from the text
  bool concepts = true;        // also match the glossary concepts the text names
  std::string ui_lang = "en";  // language of concept labels
};

/// The profile query of `text` written in `lang`, weighted against the collection `db`: words by
/// tf-idf, concepts by how often the text names them, in every language the glossary knows.
ProfileQuery build_profile_query(const Xapian::Database& db, analyzers::AnalyzerCache& analyzers,
                                 std::string_view text, std::string_view lang,
                                 const ProfileOptions& options);

/// In how many documents a glossary name's words all occur at most: the smallest document
/// frequency of its words (stems where the language has them).
Xapian::doccount name_frequency(const Xapian::Database& db, const analyzers::GlossaryTerm& name);

/// The labels of the profile's terms that a match holds, each once, strongest first.
std::vector<std::string> shared_terms(const ProfileQuery& profile, const Xapian::Enquire& enquire,
                                      const Xapian::MSetIterator& match);

}  // namespace concord::search
