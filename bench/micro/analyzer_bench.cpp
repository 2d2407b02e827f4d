// Analysis throughput on real text: the indexer's and the query path's first cost.
#include <benchmark/benchmark.h>

#include "analyzers/analyzer.h"
#include "bench/micro/bundled_corpus.h"

namespace {

void BM_Analyze(benchmark::State& state, const std::string& lang) {
  const std::string text = concord::bench::bundled_text(lang);
  const concord::analyzers::Analyzer analyzer(lang);
  std::size_t tokens = 0;
  for (auto _ : state) {
    auto result = analyzer.analyze(text);
    tokens += result.size();
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}

BENCHMARK_CAPTURE(BM_Analyze, zh, std::string("zh"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Analyze, en, std::string("en"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Analyze, ar, std::string("ar"))->Unit(benchmark::kMillisecond);

}  // namespace
