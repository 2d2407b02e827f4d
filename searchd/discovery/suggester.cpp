#include "searchd/discovery/suggester.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "analyzers/glossary.h"
#include "indexer/index_terms.h"
#include "indexer/schema.h"
#include "indexer/suggest_keys.h"
#include "searchd/discovery/profile_query.h"

namespace concord::search {

namespace schema = indexer::schema;

// Themes and glossary terms: a few thousand entries, the same for every commit of a generation.
struct Suggester::Table {
  struct Entry {
    Suggestion suggestion;
    const analyzers::GlossaryTerm* term = nullptr;  // glossary entries: counted by its words
  };
  struct Key {
    std::string text;  // the folded entry from one word start on
    std::size_t entry;
    bool whole;  // the key starts at the entry's first word
  };
  std::vector<Entry> entries;
  std::vector<Key> keys;  // sorted by text
};

namespace {

// Candidates are scanned in key order and capped, so that a one-letter prefix over millions of
// titles costs a bounded B-tree walk; among those scanned the best ranked win.
constexpr std::size_t kMaxScanned = 512;

struct Candidate {
  Suggestion suggestion;
  double score = 0;
};

double score_of(bool whole, bool exact, bool reader_lang, double popularity) {
  return (whole ? 4.0 : 0) + (reader_lang ? 2.0 : 0) + (exact ? 1.0 : 0) +
         std::log1p(popularity) / 4;
}

void add(Suggester::Table& table, Suggestion suggestion, const analyzers::GlossaryTerm* term,
         analyzers::AnalyzerCache& analyzers) {
  const indexer::SuggestFolding folded = indexer::fold_for_suggest(suggestion.text, analyzers);
  if (folded.text.empty()) return;
  const std::size_t entry = table.entries.size();
  table.entries.push_back({std::move(suggestion), term});
  for (std::size_t start : folded.starts) {
    table.keys.push_back({folded.text.substr(start), entry, start == 0});
  }
}

std::shared_ptr<const Suggester::Table> build(Searcher& searcher) {
  auto table = std::make_shared<Suggester::Table>();
  for (const indexer::Theme& theme : searcher.themes.themes()) {
    for (const auto& [lang, label] : theme.labels) {
      add(*table, {label, "theme", theme.id, lang}, nullptr, searcher.analyzers);
    }
  }
  const analyzers::Glossary& glossary = analyzers::builtin_glossary();
  for (std::size_t c = 0; c < glossary.size(); ++c) {
    for (const analyzers::GlossaryTerm& term : glossary.terms(c)) {
      add(*table, {term.text, "glossary", "", term.lang}, &term, searcher.analyzers);
    }
  }
  std::sort(table->keys.begin(), table->keys.end(),
            [](const auto& a, const auto& b) { return a.text < b.text; });
  return table;
}

void from_table(const Suggester::Table& table, const Xapian::Database& db,
                const std::string& wanted, std::string_view ui_lang, std::vector<Candidate>& out) {
  auto key = std::lower_bound(
      table.keys.begin(), table.keys.end(), wanted,
      [](const Suggester::Table::Key& k, const std::string& w) { return k.text < w; });
  for (std::size_t n = 0;
       key != table.keys.end() && key->text.starts_with(wanted) && n < kMaxScanned; ++key, ++n) {
    const Suggester::Table::Entry& entry = table.entries[key->entry];
    const double uses =
        entry.term
            ? name_frequency(db, *entry.term)
            : db.get_termfreq(indexer::filter_term(schema::kThemePrefix, entry.suggestion.id));
    out.push_back({entry.suggestion, score_of(key->whole, key->text.size() == wanted.size(),
                                              entry.suggestion.lang == ui_lang, uses)});
  }
}

// Does some word start of `title` begin with `wanted`? Only asked when `wanted` is longer than
// a key, so that the key's match may be a false one.
bool title_matches(const std::string& title, const std::string& wanted, Searcher& searcher) {
  const indexer::SuggestFolding folded = indexer::fold_for_suggest(title, searcher.analyzers);
  return std::any_of(folded.starts.begin(), folded.starts.end(), [&](std::size_t start) {
    return std::string_view(folded.text).substr(start).starts_with(wanted);
  });
}

// Titles by their keys in the index: each key stands for the documents that hold it (its
// popularity) and is shown as the title of the first of them.
void from_index(Searcher& searcher, const std::string& wanted, std::string_view ui_lang,
                std::size_t limit, std::vector<Candidate>& out) {
  const Xapian::Database& db = searcher.db;
  struct Key {
    std::string term;
    double score;  // without the reader's language, unknown until the document is read
  };
  std::vector<Key> keys;
  for (bool whole : {true, false}) {
    const std::string start = indexer::suggest_term(wanted, whole);
    const std::size_t typed = start.size();
    std::size_t n = 0;
    for (auto t = db.allterms_begin(start); t != db.allterms_end(start) && n < kMaxScanned;
         ++t, ++n) {
      const std::string term = *t;
      keys.push_back({term, score_of(whole, term.size() == typed, false, t.get_termfreq())});
    }
  }
  // Documents are read best key first, until `limit` titles are ahead of what any key left
  // could reach with the reader's language bonus.
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) { return a.score > b.score; });
  const bool check = wanted.size() > indexer::kSuggestKeyBytes;
  const std::size_t first = out.size();
  std::size_t read = 0;
  for (const Key& key : keys) {
    const auto ahead =
        std::count_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                      [&](const Candidate& c) { return c.score >= key.score + 2.0; });
    if (static_cast<std::size_t>(ahead) >= limit || read++ >= 4 * limit + 16) break;
    auto posting = db.postlist_begin(key.term);
    if (posting == db.postlist_end(key.term)) continue;
    const Xapian::Document doc = db.get_document(*posting, Xapian::DOC_ASSUME_VALID);
    std::string title = doc.get_value(schema::kTitleSlot);
    if (title.empty() || (check && !title_matches(title, wanted, searcher))) continue;
    std::string lang = doc.get_value(schema::kLangSlot);
    const bool reader = lang == ui_lang;
    out.push_back({{std::move(title), "title", doc.get_value(schema::kIdSlot), std::move(lang)},
                   key.score + (reader ? 2.0 : 0)});
  }
}

}  // namespace

std::shared_ptr<const Suggester::Table> Suggester::table_for(Searcher& searcher) {
  std::lock_guard lock(mutex_);
  // Themes live in the index's metadata and change only with a new generation.
  if (!table_ || built_for_ != searcher.generation) {
    table_ = build(searcher);
    built_for_ = searcher.generation;
  }
  return table_;
}

std::vector<Suggestion> Suggester::suggest(Searcher& searcher, std::string_view prefix,
                                           std::string_view ui_lang, std::size_t limit) {
  const std::string wanted = indexer::fold_for_suggest(prefix, searcher.analyzers).text;
  if (wanted.empty() || limit == 0) return {};
  std::vector<Candidate> candidates;
  from_table(*table_for(searcher), searcher.db, wanted, ui_lang, candidates);
  from_index(searcher, wanted, ui_lang, limit, candidates);
  // One suggestion per text: its best score wins.
  std::map<std::string, std::size_t> best;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    auto [it, fresh] = best.try_emplace(candidates[i].suggestion.text, i);
    if (!fresh && candidates[i].score > candidates[it->second].score) it->second = i;
  }
  std::vector<std::size_t> ranked;
  for (const auto& [text, index] : best) ranked.push_back(index);
  std::sort(ranked.begin(), ranked.end(), [&](std::size_t a, std::size_t b) {
    if (candidates[a].score != candidates[b].score)
      return candidates[a].score > candidates[b].score;
    return candidates[a].suggestion.text.size() < candidates[b].suggestion.text.size();
  });
  std::vector<Suggestion> out;
  for (std::size_t i = 0; i < ranked.size() && i < limit; ++i) {
    out.push_back(std::move(candidates[ranked[i]].suggestion));
  }
  return out;
}

}  // namespace concord::search
