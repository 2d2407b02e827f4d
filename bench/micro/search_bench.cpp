// The query path's hot functions: building queries, highlighting, counting facets, indexing.
#include <benchmark/benchmark.h>

#include "analyzers/analyzer_cache.h"
#include "bench/micro/bundled_corpus.h"
#include "indexer/document_builder.h"
#include "searchd/facets/facet_counter.h"
#include "searchd/query/query_builder.h"
#include "searchd/results/highlighter.h"
#include "searchd/search_request.h"

namespace {

using concord::search::build_text_query;

void BM_BuildQuery(benchmark::State& state, const std::string& text) {
  concord::analyzers::AnalyzerCache analyzers;
  for (auto _ : state) {
    auto query = build_text_query(text, "en", analyzers);
    benchmark::DoNotOptimize(query);
  }
}

BENCHMARK_CAPTURE(BM_BuildQuery, zh, std::string("夫妻一方经营个体工商户所欠债务，谁偿还？"));
BENCHMARK_CAPTURE(BM_BuildQuery, en, std::string("patent licensing for small companies"));
BENCHMARK_CAPTURE(BM_BuildQuery, ar, std::string("حماية براءات الاختراع في الدول العربية"));

void BM_BestPassage(benchmark::State& state, const std::string& lang, const std::string& q) {
  concord::analyzers::AnalyzerCache analyzers;
  const auto docs = concord::bench::bundled_documents(lang);
  const auto terms = build_text_query(q, lang, analyzers).highlight;
  const auto& analyzer = analyzers.get(lang);
  std::size_t i = 0;
  for (auto _ : state) {
    auto passage =
        concord::search::best_passage(docs[i++ % docs.size()].body, analyzer, terms, 180);
    benchmark::DoNotOptimize(passage);
  }
}

BENCHMARK_CAPTURE(BM_BestPassage, zh, std::string("zh"), std::string("知识产权 专利"));
BENCHMARK_CAPTURE(BM_BestPassage, en, std::string("en"), std::string("patent technology"));

void BM_BuildDocument(benchmark::State& state, const std::string& lang) {
  concord::analyzers::AnalyzerCache analyzers;
  const auto docs = concord::bench::bundled_documents(lang);
  std::size_t i = 0;
  for (auto _ : state) {
    auto xdoc = concord::indexer::build_xapian_document(docs[i++ % docs.size()], analyzers);
    benchmark::DoNotOptimize(xdoc);
  }
}

BENCHMARK_CAPTURE(BM_BuildDocument, zh, std::string("zh"));
BENCHMARK_CAPTURE(BM_BuildDocument, en, std::string("en"));

// Exact facet counts of the default facets over every document (the match-all page).
void BM_FacetCounts(benchmark::State& state) {
  const Xapian::Database db = concord::bench::bundled_index();
  const concord::search::SearchRequest defaults;
  for (auto _ : state) {
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query::MatchAll);
    concord::search::FacetCounter counter(defaults.facets);
    counter.attach(enquire, db, {.value_streams = true});
    enquire.get_mset(0, 10, db.get_doccount());
    auto counts = counter.counts();
    benchmark::DoNotOptimize(counts);
  }
  state.counters["docs"] = db.get_doccount();
}

BENCHMARK(BM_FacetCounts)->Unit(benchmark::kMicrosecond);

}  // namespace
