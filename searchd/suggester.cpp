#include "searchd/suggester.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "analyzers/glossary.h"
#include "analyzers/language_detector.h"
#include "analyzers/text_normalizer.h"
#include "indexer/document_builder.h"
#include "indexer/schema.h"
#include "searchd/profile_query.h"

namespace concord::search {

struct Suggester::Table {
  struct Entry {
    Suggestion suggestion;
    double popularity = 0;  // documents it stands for
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

// The analysis both entries and prefixes get: by script, so that a prefix typed without a
// language is folded as the entries it should find.
std::string folding_lang(std::string_view text) {
  const std::string script = analyzers::dominant_script(text);
  if (script == "han") return "zh";
  if (script == "arabic") return "ar";
  if (script == "cyrillic") return "ru";
  return "";
}

// Normalised words with the byte offset where each starts; Chinese words are joined without
// spaces, as Chinese is written.
struct Folded {
  std::string text;
  std::vector<std::size_t> starts;
};

Folded fold(std::string_view text, analyzers::AnalyzerCache& analyzers) {
  const std::string lang = folding_lang(text);
  Folded out;
  for (const analyzers::Token& token : analyzers.get(lang).analyze(text)) {
    if (token.subword) continue;
    if (!out.text.empty() && lang != "zh") out.text += ' ';
    out.starts.push_back(out.text.size());
    out.text += lang == "zh" ? token.word : analyzers::fold_accents(token.word);
  }
  return out;
}

void add(Suggester::Table& table, Suggestion suggestion, double popularity,
         analyzers::AnalyzerCache& analyzers) {
  const Folded folded = fold(suggestion.text, analyzers);
  if (folded.text.empty()) return;
  const std::size_t entry = table.entries.size();
  table.entries.push_back({std::move(suggestion), popularity});
  for (std::size_t start : folded.starts) {
    table.keys.push_back({folded.text.substr(start), entry, start == 0});
  }
}

std::shared_ptr<const Suggester::Table> build(Searcher& searcher) {
  auto table = std::make_shared<Suggester::Table>();
  const Xapian::Database& db = searcher.db;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const nlohmann::json doc =
        nlohmann::json::parse(db.get_document(*it).get_data(), nullptr, false);
    if (!doc.is_object() || !doc.contains("title")) continue;
    add(*table,
        {doc["title"].get<std::string>(), "title", doc.value("id", ""), doc.value("lang", "")}, 1,
        searcher.analyzers);
  }
  for (const indexer::Theme& theme : searcher.themes.themes()) {
    const double uses =
        db.get_termfreq(indexer::filter_term(indexer::schema::kThemePrefix, theme.id));
    for (const auto& [lang, label] : theme.labels) {
      add(*table, {label, "theme", theme.id, lang}, uses, searcher.analyzers);
    }
  }
  const analyzers::Glossary& glossary = analyzers::builtin_glossary();
  for (std::size_t c = 0; c < glossary.size(); ++c) {
    for (const analyzers::GlossaryTerm& term : glossary.terms(c)) {
      add(*table, {term.text, "glossary", "", term.lang}, name_frequency(db, term),
          searcher.analyzers);
    }
  }
  std::sort(table->keys.begin(), table->keys.end(),
            [](const auto& a, const auto& b) { return a.text < b.text; });
  return table;
}

}  // namespace

std::shared_ptr<const Suggester::Table> Suggester::table_for(Searcher& searcher) {
  const std::string version =
      searcher.generation + "@" + std::to_string(searcher.db.get_revision());
  std::lock_guard lock(mutex_);
  // Built once per commit; requests during a rebuild wait for it rather than build it twice.
  if (!table_ || built_for_ != version) {
    table_ = build(searcher);
    built_for_ = version;
  }
  return table_;
}

std::vector<Suggestion> Suggester::suggest(Searcher& searcher, std::string_view prefix,
                                           std::string_view ui_lang, std::size_t limit) {
  const std::shared_ptr<const Table> table = table_for(searcher);
  const std::string wanted = fold(prefix, searcher.analyzers).text;
  if (wanted.empty() || limit == 0) return {};
  // Best score per entry text, so that one title or term is offered once.
  std::map<std::string, std::pair<double, std::size_t>> best;
  auto key = std::lower_bound(table->keys.begin(), table->keys.end(), wanted,
                              [](const Table::Key& k, const std::string& w) { return k.text < w; });
  for (; key != table->keys.end() && key->text.starts_with(wanted); ++key) {
    const Table::Entry& entry = table->entries[key->entry];
    const double score = (key->whole ? 4.0 : 0) + (entry.suggestion.lang == ui_lang ? 2.0 : 0) +
                         (key->text.size() == wanted.size() ? 1.0 : 0) +
                         std::log1p(entry.popularity) / 4;
    auto [it, fresh] = best.try_emplace(entry.suggestion.text, score, key->entry);
    if (!fresh && score > it->second.first) it->second = {score, key->entry};
  }
  std::vector<std::pair<double, std::size_t>> ranked;
  for (const auto& [text, scored] : best) ranked.push_back(scored);
  std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    return table->entries[a.second].suggestion.text.size() <
           table->entries[b.second].suggestion.text.size();
  });
  std::vector<Suggestion> out;
  for (std::size_t i = 0; i < ranked.size() && i < limit; ++i) {
    out.push_back(table->entries[ranked[i].second].suggestion);
  }
  return out;
}

}  // namespace concord::search
