#include "searchd/query/query_builder.h"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>

#include "analyzers/cjk_bigrams.h"
#include "analyzers/glossary.h"
#include "analyzers/language_detector.h"
#include "analyzers/stemmer.h"
#include "analyzers/stopwords.h"
#include "indexer/index_terms.h"
#include "indexer/schema.h"
#include "searchd/query/query_languages.h"

namespace concord::search {
namespace {

namespace schema = indexer::schema;

enum class PartKind { kWords, kPhrase, kExcluded };

struct Part {
  PartKind kind;
  std::string_view text;
};

// Splits the query into plain runs, "quoted phrases" and -excluded words.
std::vector<Part> split_parts(std::string_view text) {
  std::vector<Part> parts;
  std::size_t plain_start = 0;
  auto flush_plain = [&](std::size_t end) {
    if (end > plain_start)
      parts.push_back({PartKind::kWords, text.substr(plain_start, end - plain_start)});
  };
  for (std::size_t i = 0; i < text.size();) {
    const bool at_word_start = i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t';
    if (text[i] == '"') {
      const std::size_t close = text.find('"', i + 1);
      if (close != std::string_view::npos) {
        flush_plain(i);
        parts.push_back({PartKind::kPhrase, text.substr(i + 1, close - i - 1)});
        i = plain_start = close + 1;
        continue;
      }
    } else if (text[i] == '-' && at_word_start && i + 1 < text.size() && text[i + 1] != ' ') {
      std::size_t end = text.find_first_of(" \t", i);
      if (end == std::string_view::npos) end = text.size();
      flush_plain(i);
      parts.push_back({PartKind::kExcluded, text.substr(i + 1, end - i - 1)});
      i = plain_start = end;
      continue;
    }
    ++i;
  }
  flush_plain(text.size());
  return parts;
}

// One query word: its surface form and every stem the query languages give it.
struct WordGroup {
  std::string word;
  std::set<std::string> stems;
  std::set<std::string> stopword_in;           // the query languages in which it is a function word
  std::map<std::string, std::string> stem_in;  // each query language's own stem of it
  bool subword = false;                        // a part of a longer word (Chinese)
  bool bigram = false;                         // searched as its own CJK bigram (bigram_twins)
};

std::vector<WordGroup> analyze_words(std::string_view text, const std::vector<std::string>& langs,
                                     analyzers::AnalyzerCache& analyzers) {
  std::map<std::pair<std::uint32_t, std::uint32_t>, WordGroup> by_span;
  for (const std::string& lang : langs) {
    for (const analyzers::Token& token : analyzers.get(lang).analyze(text)) {
      WordGroup& group = by_span[{token.begin, token.end}];
      if (group.word.empty()) group.word = token.word;
      group.subword = token.subword;
      if (analyzers::is_stopword(token.word, lang)) group.stopword_in.insert(lang);
      if (token.stem.empty()) continue;
      group.stems.insert(token.stem);
      group.stem_in[lang] = token.stem;
      for (std::string& extra : analyzers::extra_stems(token.word, token.stem, lang)) {
        group.stems.insert(std::move(extra));
      }
    }
  }
  std::vector<WordGroup> groups;
  for (auto& [span, group] : by_span) groups.push_back(std::move(group));
  return groups;
}

// The query's CJK bigrams match where the query and a document were segmented differently
// (cjk_bigrams.h). Lighter than the words, which stay the better evidence: xquad/zh nDCG@10
// 0.9667 at 0.5, 0.9676 at 0.7, 0.9669 at 1 (0.9605 without bigrams; docs/ranking.md).
constexpr double kBigramWeight = 0.7;

// The stems carry the match; the exact spelling adds a smaller bonus (names, rare forms). As an
// equal member of the synonym it doubled the weight of exact forms: cranfield nDCG@10 0.364
// against 0.383 with this weight (docs/ranking.md).
constexpr double kSurfaceFormWeight = 0.3;

// The first letters of the stems (analyzers::stem_head) join a word's derivations and its
// other languages' spellings, lighter than the stems (a head is in many documents, so its
// weight is already low). xquad nDCG@10 at 0.6: ru 0.9564 → 0.9622, es 0.9672 → 0.9707
// (0.9698 at 0.5, 0.9700 at 0.7; docs/ranking.md).
constexpr double kStemHeadWeight = 0.6;

// A word of two CJK characters is also the bigram of them, and the two posting lists all but
// coincide (the bigram also spans word boundaries): reading one, with both weights, ranks
// the same (xquad/zh nDCG@10 0.9673 either way) and spares every such word a posting list
// (zh_laws questions: searches about 30% faster). Marks those words and returns, per bigram
// term, how many times the words stand for it.
std::map<std::string, int> bigram_twins(std::vector<WordGroup>& groups) {
  std::map<std::string, int> twins;
  for (WordGroup& g : groups) {
    const std::vector<std::string> bigrams = analyzers::cjk_bigrams(g.word);
    g.bigram = g.stems.empty() && bigrams.size() == 1 && bigrams.front() == g.word;
    if (g.bigram) ++twins[std::string(schema::kBigramPrefix) + g.word];
  }
  return twins;
}

Xapian::Query word_query(const WordGroup& group, MatchTerms& highlight) {
  highlight.words.insert(group.word);
  if (group.bigram) {
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                         Xapian::Query(std::string(schema::kBigramPrefix) + group.word),
                         1 + kBigramWeight);
  }
  if (group.stems.empty()) return Xapian::Query(group.word);
  std::vector<Xapian::Query> stems;
  for (const std::string& stem : group.stems) {
    stems.emplace_back(std::string(schema::kStemPrefix) + stem);
    highlight.stems.insert(stem);
  }
  return Xapian::Query(
      Xapian::Query::OP_OR, Xapian::Query(Xapian::Query::OP_SYNONYM, stems.begin(), stems.end()),
      Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(group.word), kSurfaceFormWeight));
}

// The languages whose function words are dropped: those with the most function words in the
// query. A Latin-script query is analysed as several languages, and one language's function
// word is another's topic (English "car", "son", "era" are French or Spanish function words).
std::set<std::string> stopword_languages(const std::vector<WordGroup>& groups) {
  std::map<std::string, int> hits;
  for (const WordGroup& group : groups) {
    for (const std::string& lang : group.stopword_in) ++hits[lang];
  }
  int best = 0;
  for (const auto& [lang, count] : hits) best = std::max(best, count);
  std::set<std::string> langs;
  for (const auto& [lang, count] : hits) {
    if (count == best) langs.insert(lang);
  }
  return langs;
}

// Which bigrams of the query are common in the database searched (kCommonFraction).
class Commonness {
 public:
  explicit Commonness(const Xapian::Database* db)
      : db_(db), limit_(db ? kCommonFraction * db->get_doccount() : 0) {}
  bool operator()(const std::string& term) const { return db_ && db_->get_termfreq(term) > limit_; }

 private:
  const Xapian::Database* db_;
  double limit_;
};

// Function words are left out of ranked queries and phrases unless the text has nothing else
// ("to be or not to be"): they match almost every document and drown the words that matter.
// Returns, for each group, whether it is searched.
std::vector<bool> content_words(const std::vector<WordGroup>& groups) {
  const std::set<std::string> langs = stopword_languages(groups);
  std::vector<bool> kept;
  for (const WordGroup& g : groups) {
    kept.push_back(std::none_of(g.stopword_in.begin(), g.stopword_in.end(),
                                [&](const std::string& lang) { return langs.contains(lang); }));
  }
  if (std::none_of(kept.begin(), kept.end(), [](bool k) { return k; }))
    kept.assign(groups.size(), true);
  return kept;
}

// A word the query repeats weighs as much as its occurrences, as when each was its own
// subquery, but its postings are read once (a legal question often names its subject twice).
Xapian::Query repeated(Xapian::Query query, int times) {
  return times == 1 ? query : Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, times);
}

// The content words of `groups`; with `common` (one flag per group), only those whose flag is
// `which`.
Xapian::Query words_query(const std::vector<WordGroup>& groups, MatchTerms& highlight,
                          const std::vector<bool>* common = nullptr, bool which = false) {
  const std::vector<bool> kept = content_words(groups);
  std::map<std::pair<std::string, std::set<std::string>>, int> repeats;
  std::vector<const WordGroup*> distinct;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    if (!kept[i] || (common && (*common)[i] != which)) continue;
    if (repeats[{groups[i].word, groups[i].stems}]++ == 0) distinct.push_back(&groups[i]);
  }
  std::vector<Xapian::Query> subqueries;
  for (const WordGroup* group : distinct) {
    subqueries.push_back(
        repeated(word_query(*group, highlight), repeats[{group->word, group->stems}]));
  }
  return Xapian::Query(Xapian::Query::OP_OR, subqueries.begin(), subqueries.end());
}

struct HeadQueries {
  std::optional<Xapian::Query> rare;    // words none of whose heads is common
  std::optional<Xapian::Query> common;  // words with a common head (Commonness): they only rank
};

// The stem heads of the content words in `groups`, one synonym per word. Common heads (cons,
// inte) only rank, as common bigrams do: matching alone, they took Cranfield's matches per
// question from 906 to 1,058 of 1,400 documents; ranking only, 910, with the same nDCG@10 on
// every judged set (docs/ranking.md).
HeadQueries heads_queries(const std::vector<WordGroup>& groups, const Commonness& common,
                          MatchTerms& highlight) {
  const std::vector<bool> kept = content_words(groups);
  std::map<std::set<std::string>, int> repeats[2];  // by commonness: rare, common
  for (std::size_t i = 0; i < groups.size(); ++i) {
    if (!kept[i]) continue;
    std::set<std::string> heads;
    for (const std::string& stem : groups[i].stems) {
      // A stem no longer than its head would match every longer stem it begins.
      if (std::string head = analyzers::stem_head(stem); !head.empty() && head != stem) {
        highlight.heads.insert(head);
        heads.insert(std::string(schema::kStemHeadPrefix) + head);
      }
    }
    if (!heads.empty()) ++repeats[std::any_of(heads.begin(), heads.end(), common)][heads];
  }
  const auto query = [](const std::map<std::set<std::string>, int>& words_heads) {
    std::optional<Xapian::Query> query;
    if (words_heads.empty()) return query;
    std::vector<Xapian::Query> words;
    for (const auto& [heads, times] : words_heads) {
      words.push_back(
          repeated(Xapian::Query(Xapian::Query::OP_SYNONYM, heads.begin(), heads.end()), times));
    }
    query = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                          Xapian::Query(Xapian::Query::OP_OR, words.begin(), words.end()),
                          kStemHeadWeight);
    return query;
  };
  return {query(repeats[0]), query(repeats[1])};
}

// A long question (a pasted paragraph, a legal question telling its facts) has dozens of
// bigrams, each a posting list the matcher merges, and its cost follows their number more than
// its matches: on the 60 slowest zh_laws questions, keeping the 16 rarest bigrams cut the
// ranked pass and the exact count by a quarter and the matches by 6%. The rarest say the most
// (Lucene's MoreLikeThis keeps 25 terms, Xapian's OP_ELITE_SET 10); every word stays. xquad/zh
// and the five languages together are unchanged at 16 and at 8 (docs/ranking.md).
constexpr std::size_t kMaxMatchingBigrams = 16;

// The `limit` rarest of `terms` in `db`, in their order; ties go to the earlier. Frequencies
// summed over shards, so that every shard keeps the same ones (OP_ELITE_SET chooses per shard).
std::vector<std::string> rarest(std::vector<std::string> terms, const Xapian::Database& db,
                                std::size_t limit) {
  if (terms.size() <= limit) return terms;
  std::vector<std::pair<Xapian::doccount, std::size_t>> order;
  for (std::size_t i = 0; i < terms.size(); ++i) order.emplace_back(db.get_termfreq(terms[i]), i);
  std::sort(order.begin(), order.end());
  order.resize(limit);
  std::sort(order.begin(), order.end(),
            [](const auto& a, const auto& b) { return a.second < b.second; });
  std::vector<std::string> kept;
  for (const auto& [freq, i] : order) kept.push_back(std::move(terms[i]));
  return kept;
}

// With `db`, only the kMaxMatchingBigrams rarest of them.
template <typename Wanted>
std::optional<Xapian::Query> bigram_query(std::string_view text, Wanted wanted,
                                          const Xapian::Database* db = nullptr) {
  std::map<std::string, int> repeats;
  std::vector<std::string> distinct;
  for (const std::string& bigram : analyzers::cjk_bigrams(text)) {
    // 什么, 哪个, 多少 (and Japanese です, から, どこ) are left out as bigrams as they are as
    // words.
    if (analyzers::is_stopword(bigram, "zh") || analyzers::is_stopword(bigram, "ja")) continue;
    std::string term = std::string(schema::kBigramPrefix) + bigram;
    if (wanted(term) && repeats[term]++ == 0) distinct.push_back(std::move(term));
  }
  if (db) distinct = rarest(std::move(distinct), *db, kMaxMatchingBigrams);
  std::vector<Xapian::Query> terms;
  for (const std::string& term : distinct)
    terms.push_back(repeated(Xapian::Query(term), repeats[term]));
  if (terms.empty()) return std::nullopt;
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                       Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()),
                       kBigramWeight);
}

// The term sequences a phrase of `words` may take in a document: as written, and in the stems
// of each query language (a word that language does not stem stays as written).
std::set<std::vector<std::string>> phrase_spellings(const std::vector<const WordGroup*>& words,
                                                    MatchTerms& highlight) {
  std::set<std::string> langs;
  std::vector<std::string> surface;
  for (const WordGroup* word : words) {
    surface.push_back(word->word);
    highlight.words.insert(word->word);
    for (const auto& [lang, stem] : word->stem_in) langs.insert(lang);
  }
  std::set<std::vector<std::string>> spellings{surface};
  for (const std::string& lang : langs) {
    std::vector<std::string> terms;
    for (const WordGroup* word : words) {
      const auto it = word->stem_in.find(lang);
      if (it == word->stem_in.end()) {
        terms.push_back(word->word);
        continue;
      }
      terms.push_back(std::string(schema::kStemPrefix) + it->second);
      highlight.stems.insert(it->second);
    }
    spellings.insert(std::move(terms));
  }
  return spellings;
}

// A phrase matches its words side by side, in order, as written or in one query language's
// stems (indexed with positions), so "Доктора Кто" finds "Доктор Кто". Function words are gaps
// any word fills, as in Lucene's stemmed, stopword-free fields: translated quotes rarely keep
// them (xquad/ar nDCG@10 0.940 with exact-form phrases, 0.951 now; docs/ranking.md). Xapian 1.4
// phrases take terms only, hence one phrase per spelling rather than a phrase of synonyms; a
// document counts the phrase once, by its best-weighted spelling.
Xapian::Query phrase_query(std::vector<WordGroup> groups, MatchTerms& highlight) {
  std::erase_if(groups, [](const WordGroup& g) { return g.subword; });
  if (groups.empty()) return Xapian::Query::MatchNothing;
  const std::vector<bool> kept = content_words(groups);
  const auto first =
      static_cast<std::size_t>(std::find(kept.begin(), kept.end(), true) - kept.begin());
  const auto last =
      static_cast<std::size_t>(kept.rend() - std::find(kept.rbegin(), kept.rend(), true)) - 1;
  std::vector<const WordGroup*> words;
  for (std::size_t i = first; i <= last; ++i) {
    if (kept[i]) words.push_back(&groups[i]);
  }
  if (words.size() == 1) return word_query(*words.front(), highlight);
  std::vector<Xapian::Query> phrases;
  for (const std::vector<std::string>& terms : phrase_spellings(words, highlight)) {
    phrases.emplace_back(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), last - first + 1);
  }
  // OR rather than OP_MAX (the crash noted in concept_query): the same scores on XQuAD
  // (docs/ranking.md).
  return Xapian::Query(Xapian::Query::OP_OR, phrases.begin(), phrases.end());
}

// The languages the query is written in, as far as it tells: its script's one language, else
// the Latin-script languages with the most function words in it, else the reader's language.
std::set<std::string> written_languages(const std::vector<std::string>& langs,
                                        const std::vector<WordGroup>& groups,
                                        std::string_view ui_lang) {
  if (langs.size() == 1) return {langs.front()};
  std::set<std::string> written = stopword_languages(groups);
  if (written.empty() && std::find(langs.begin(), langs.end(), ui_lang) != langs.end()) {
    written.insert(std::string(ui_lang));
  }
  return written;
}

// Weight of a glossary expansion relative to the words typed: translations are good matches,
// but a document using the reader's own words should come first.
constexpr double kExpansionWeight = 0.5;

Xapian::Query term_query(const analyzers::GlossaryTerm& term, MatchTerms& highlight) {
  std::vector<Xapian::Query> words;
  for (const analyzers::Token& token : term.tokens) {
    if (term.tokens.size() > 1 && analyzers::is_stopword(token.word, term.lang)) continue;
    std::vector<Xapian::Query> forms{Xapian::Query(token.word)};
    if (!token.stem.empty()) forms.emplace_back(std::string(schema::kStemPrefix) + token.stem);
    words.emplace_back(Xapian::Query::OP_SYNONYM, forms.begin(), forms.end());
  }
  // Only one-word names are highlighted: the words of a longer name mean little alone.
  if (term.tokens.size() == 1) {
    highlight.words.insert(term.tokens.front().word);
    if (!term.tokens.front().stem.empty()) highlight.stems.insert(term.tokens.front().stem);
  }
  return Xapian::Query(Xapian::Query::OP_AND, words.begin(), words.end());
}

// The other names of the glossary concepts that `text` names in any of `langs`.
std::optional<Xapian::Query> glossary_expansion(std::string_view text,
                                                const std::vector<std::string>& langs,
                                                analyzers::AnalyzerCache& analyzers,
                                                MatchTerms& highlight) {
  const analyzers::Glossary& glossary = analyzers::builtin_glossary();
  std::set<std::size_t> concepts;
  for (const std::string& lang : langs) {
    for (std::size_t c : glossary.find(text, analyzers.get(lang).analyze(text), lang)) {
      concepts.insert(c);
    }
  }
  std::vector<Xapian::Query> names;
  for (std::size_t c : concepts) names.push_back(concept_query(c, highlight));
  if (names.empty()) return std::nullopt;
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                       Xapian::Query(Xapian::Query::OP_OR, names.begin(), names.end()),
                       kExpansionWeight);
}

// A CJK word of two characters is also a bigram: were it to match alone when common, it
// would bring back every document its bigram was kept from matching. On zh_laws this cuts a
// question's matches from 44k to 27k documents of 148k and its time by a quarter; xquad/zh
// nDCG@10 0.9676 → 0.9673, the five languages together unchanged.
std::vector<bool> common_cjk_words(const std::vector<WordGroup>& groups, const Commonness& common) {
  std::vector<bool> common_cjk;
  for (const WordGroup& g : groups) {
    common_cjk.push_back(g.stems.empty() && !analyzers::cjk_bigrams(g.word).empty() &&
                         common(g.bigram ? std::string(schema::kBigramPrefix) + g.word : g.word));
  }
  return common_cjk;
}

// The bigrams `wanted` takes but for those that two-character words already search.
template <typename Wanted>
auto other_than_twins(std::map<std::string, int> twins, Wanted wanted) {
  return [twins = std::move(twins), wanted](const std::string& t) mutable {
    if (auto it = twins.find(t); it != twins.end() && it->second > 0) {
      --it->second;
      return false;
    }
    return wanted(t);
  };
}

Xapian::Query either(const std::vector<Xapian::Query>& queries) {
  return Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end());
}

// The clauses of a text query as its parts add them, then combined into one query.
class TextQueryParts {
 public:
  TextQueryParts(std::vector<std::string> langs, analyzers::AnalyzerCache& analyzers,
                 bool cross_language, const Xapian::Database* db)
      : langs_(std::move(langs)),
        analyzers_(analyzers),
        cross_language_(cross_language),
        db_(db),
        common_(db) {}

  void add(const Part& part) {
    std::vector<WordGroup> groups = analyze_words(part.text, langs_, analyzers_);
    if (groups.empty()) return;
    if (part.kind != PartKind::kExcluded) {
      searched_.insert(searched_.end(), groups.begin(), groups.end());
    }
    switch (part.kind) {
      case PartKind::kWords:
        add_words(part.text, groups);
        break;
      case PartKind::kPhrase:
        required_.push_back(phrase_query(groups, result_.highlight));
        break;
      case PartKind::kExcluded: {
        MatchTerms ignored;
        negative_.push_back(words_query(groups, ignored));
        break;
      }
    }
  }

  TextQuery finish(std::string_view ui_lang) {
    const std::set<std::string> written = written_languages(langs_, searched_, ui_lang);
    if (!heads_.empty()) positive_.push_back(in_languages(either(heads_), written, db_));
    Xapian::Query query = combined();
    if (!common_heads_.empty() && query.get_type() != Xapian::Query::LEAF_MATCH_ALL) {
      query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, query,
                            in_languages(either(common_heads_), written, db_));
    }
    if (!negative_.empty())
      query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, either(negative_));
    result_.query = query.get_type() == Xapian::Query::LEAF_MATCH_ALL
                        ? query
                        : prefer_languages(query, written, db_);
    return std::move(result_);
  }

 private:
  // Words rank by what is rare in the collection; what is common (kCommonFraction) only adds
  // to documents something rare matched.
  void add_words(std::string_view text, std::vector<WordGroup>& groups) {
    const std::map<std::string, int> twins = bigram_twins(groups);
    const std::vector<bool> common_cjk = common_cjk_words(groups, common_);
    const auto rare_term = [this](const std::string& t) { return !common_(t); };
    std::vector<Xapian::Query> rare{words_query(groups, result_.highlight, &common_cjk, false)};
    if (auto bigrams = bigram_query(text, other_than_twins(twins, rare_term), db_)) {
      rare.push_back(*bigrams);
    }
    if (cross_language_) {
      if (auto names = glossary_expansion(text, langs_, analyzers_, result_.highlight)) {
        rare.push_back(*names);
      }
    }
    std::vector<Xapian::Query> usual{words_query(groups, result_.highlight, &common_cjk, true)};
    if (auto bigrams = bigram_query(text, other_than_twins(twins, common_))) {
      usual.push_back(*bigrams);
    }
    const HeadQueries h = heads_queries(groups, common_, result_.highlight);
    if (h.rare) heads_.push_back(*h.rare);
    if (h.common) common_heads_.push_back(*h.common);
    const Xapian::Query rare_part = either(rare);
    // Without a word or rare bigram the common bigrams are all there is to match on.
    positive_.push_back(rare_part.empty()
                            ? either(usual)
                            : Xapian::Query(Xapian::Query::OP_AND_MAYBE, rare_part, either(usual)));
  }

  // Phrases are required; the words rank the documents that hold them.
  Xapian::Query combined() const {
    if (required_.empty()) return positive_.empty() ? match_all() : either(positive_);
    Xapian::Query query(Xapian::Query::OP_AND, required_.begin(), required_.end());
    if (positive_.empty()) return query;
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, either(positive_));
  }

  const std::vector<std::string> langs_;
  analyzers::AnalyzerCache& analyzers_;
  const bool cross_language_;
  const Xapian::Database* db_;
  const Commonness common_;
  TextQuery result_{match_all(), {}};
  std::vector<Xapian::Query> positive_;
  std::vector<Xapian::Query> negative_;
  std::vector<Xapian::Query> required_;
  std::vector<WordGroup> searched_;  // the words that say which language the query is in
  std::vector<Xapian::Query> heads_;
  std::vector<Xapian::Query> common_heads_;
};

}  // namespace

Xapian::Query concept_query(std::size_t concept_index, MatchTerms& highlight, ConceptNames names) {
  std::vector<Xapian::Query> ways;
  std::set<std::vector<std::string>> seen;
  for (const analyzers::GlossaryTerm& term : analyzers::builtin_glossary().terms(concept_index)) {
    // A folded "do" would match that word in every language's documents, not the concept.
    if (term.function_word) continue;
    std::vector<std::string> key;
    for (const analyzers::Token& token : term.tokens) {
      key.push_back(token.stem.empty() ? token.word
                                       : std::string(schema::kStemPrefix) + token.stem);
    }
    Xapian::Query way = term_query(term, highlight);
    if (seen.insert(key).second) ways.push_back(std::move(way));
  }
  return Xapian::Query(
      names == ConceptNames::kOneTerm ? Xapian::Query::OP_SYNONYM : Xapian::Query::OP_OR,
      ways.begin(), ways.end());
}

TextQuery build_text_query(std::string_view text, std::string_view ui_lang,
                           analyzers::AnalyzerCache& analyzers, bool cross_language,
                           const Xapian::Database* db) {
  TextQueryParts parts(query_languages(text, ui_lang, db), analyzers, cross_language, db);
  for (const Part& part : split_parts(text)) parts.add(part);
  return parts.finish(ui_lang);
}

}  // namespace concord::search
