#include "searchd/discovery/profile_query.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "analyzers/glossary.h"
#include "analyzers/stopwords.h"
#include "indexer/schema.h"
#include "searchd/query/query_builder.h"

namespace concord::search {
namespace {

namespace schema = indexer::schema;

// Concepts in more than a quarter of the documents are left out.
constexpr double kMinConceptIdf = 1.386;  // log(4)
// Concept names read better than single words, and they are what links languages: among terms
// of equal tf-idf, they are listed first.
constexpr double kConceptLabelBoost = 2.0;

struct Candidate {
  std::map<std::string, int> surfaces;  // word as written → occurrences
  int count = 0;
  double weight = 0;
};

bool worth_keeping(const analyzers::Token& token, std::string_view lang) {
  if (token.subword || analyzers::is_stopword(token.word, lang)) return false;
  // Numbers and single letters are not topics.
  const bool has_letter = std::any_of(token.word.begin(), token.word.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x80 || std::isalpha(static_cast<unsigned char>(c));
  });
  const auto code_points = std::count_if(token.word.begin(), token.word.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  });
  return has_letter && code_points > 1;
}

// The concept's name in `lang`, else in English, else its first name.
std::string concept_label(std::size_t concept_index, std::string_view lang) {
  const auto& terms = analyzers::builtin_glossary().terms(concept_index);
  for (std::string_view want : {lang, std::string_view("en")}) {
    for (const analyzers::GlossaryTerm& term : terms) {
      if (term.lang == want) return term.text;
    }
  }
  return terms.empty() ? analyzers::builtin_glossary().id(concept_index) : terms.front().text;
}

// How rare the concept is in the collection, judged by its names in `lang` (the text's
// language): the smallest document frequency of a name's words, for its most used name.
double concept_idf(const Xapian::Database& db, std::size_t concept_index, std::string_view lang,
                   double documents) {
  Xapian::doccount df = 0;
  for (const analyzers::GlossaryTerm& term : analyzers::builtin_glossary().terms(concept_index)) {
    // concept_query searches no function-word name (DO), whose "do" is in most documents.
    if (term.lang == lang && !term.function_word) df = std::max(df, name_frequency(db, term));
  }
  return std::log(documents / std::max<Xapian::doccount>(df, 1));
}

std::string most_used(const std::map<std::string, int>& surfaces) {
  return std::max_element(surfaces.begin(), surfaces.end(),
                          [](const auto& a, const auto& b) { return a.second < b.second; })
      ->first;
}

// The words of `tokens` worth keeping, weighed by tf-idf against `db`, the strongest first.
std::vector<std::pair<std::string, Candidate>> ranked_words(
    const Xapian::Database& db, const std::vector<analyzers::Token>& tokens, std::string_view lang,
    std::size_t max_words) {
  std::map<std::string, Candidate> candidates;
  for (const analyzers::Token& token : tokens) {
    if (!worth_keeping(token, lang)) continue;
    const std::string term =
        token.stem.empty() ? token.word : std::string(schema::kStemPrefix) + token.stem;
    Candidate& c = candidates[term];
    ++c.surfaces[token.word];
    ++c.count;
  }
  const double documents = std::max<double>(1, db.get_doccount());
  std::vector<std::pair<std::string, Candidate>> ranked;
  for (auto& [term, c] : candidates) {
    const Xapian::doccount df = db.get_termfreq(term);
    if (df == 0) continue;  // matches nothing
    c.weight = (1 + std::log(c.count)) * std::log(documents / df);
    if (c.weight > 0) ranked.emplace_back(term, std::move(c));
  }
  std::sort(ranked.begin(), ranked.end(),
            [](const auto& a, const auto& b) { return a.second.weight > b.second.weight; });
  if (ranked.size() > max_words) ranked.resize(max_words);
  return ranked;
}

// The query's parts as they are added, and each label with the weight that orders it.
struct Parts {
  std::vector<Xapian::Query> queries;
  std::vector<std::pair<double, std::string>> labelled;
};

// Concepts carry a text across languages, so they weigh as much as a repeated word.
void add_concepts(const Xapian::Database& db, const std::vector<std::size_t>& concepts,
                  std::string_view lang, const ProfileOptions& options, ProfileQuery& profile,
                  Parts& parts) {
  const double documents = std::max<double>(1, db.get_doccount());
  std::map<std::size_t, int> named;
  for (std::size_t c : concepts) ++named[c];
  for (const auto& [c, times] : named) {
    // A concept in most documents ("project", "need") says nothing about this one.
    const double idf = concept_idf(db, c, lang, documents);
    if (idf < kMinConceptIdf) continue;
    Xapian::Query names = concept_query(c, profile.highlight, ConceptNames::kOneTerm);
    const std::string label = concept_label(c, options.ui_lang);
    for (auto t = names.get_terms_begin(); t != names.get_terms_end(); ++t) {
      profile.labels.emplace(*t, label);
    }
    const double weight = 1 + std::log(times);
    parts.queries.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, names, weight);
    parts.labelled.emplace_back(weight * idf * kConceptLabelBoost, label);
  }
}

void add_words(const std::vector<std::pair<std::string, Candidate>>& ranked, ProfileQuery& profile,
               Parts& parts) {
  for (const auto& [term, c] : ranked) {
    const std::string label = most_used(c.surfaces);
    profile.labels.emplace(term, label);
    profile.highlight.words.insert(label);
    if (term.starts_with(schema::kStemPrefix)) {
      profile.highlight.stems.insert(term.substr(schema::kStemPrefix.size()));
    }
    parts.queries.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(term),
                               1 + std::log(c.count));
    parts.labelled.emplace_back(c.weight, label);
  }
}

// Each label once, the strongest first.
std::vector<std::string> strongest_labels(std::vector<std::pair<double, std::string>> labelled) {
  std::stable_sort(labelled.begin(), labelled.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> labels;
  std::set<std::string> seen;
  for (auto& [weight, label] : labelled) {
    if (seen.insert(label).second) labels.push_back(std::move(label));
  }
  return labels;
}

}  // namespace

ProfileQuery build_profile_query(const Xapian::Database& db, analyzers::AnalyzerCache& analyzers,
                                 std::string_view text, std::string_view lang,
                                 const ProfileOptions& options) {
  ProfileQuery profile{Xapian::Query::MatchNothing, {}, {}, {}};
  const std::vector<analyzers::Token> tokens = analyzers.get(lang).analyze(text);
  const auto ranked = ranked_words(db, tokens, lang, options.max_words);
  Parts parts;
  if (options.concepts) {
    add_concepts(db, analyzers::builtin_glossary().find(text, tokens, lang), lang, options, profile,
                 parts);
  }
  add_words(ranked, profile, parts);
  profile.terms = strongest_labels(std::move(parts.labelled));
  if (!parts.queries.empty()) {
    profile.query = Xapian::Query(Xapian::Query::OP_OR, parts.queries.begin(), parts.queries.end());
  }
  return profile;
}

Xapian::doccount name_frequency(const Xapian::Database& db, const analyzers::GlossaryTerm& name) {
  Xapian::doccount df = db.get_doccount();
  for (const analyzers::Token& token : name.tokens) {
    const std::string t =
        token.stem.empty() ? token.word : std::string(schema::kStemPrefix) + token.stem;
    df = std::min(df, db.get_termfreq(t));
  }
  return df;
}

std::vector<std::string> shared_terms(const ProfileQuery& profile, const Xapian::Enquire& enquire,
                                      const Xapian::MSetIterator& match) {
  std::set<std::string> held;
  for (auto t = enquire.get_matching_terms_begin(match); t != enquire.get_matching_terms_end(match);
       ++t) {
    if (auto it = profile.labels.find(*t); it != profile.labels.end()) held.insert(it->second);
  }
  std::vector<std::string> why;
  for (const std::string& label : profile.terms) {
    if (held.contains(label)) why.push_back(label);
  }
  return why;
}

}  // namespace concord::search
