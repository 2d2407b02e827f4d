// concord-bench-query: query latency in-process, through the Engine library searchd embeds.
#include <chrono>
#include <cstdio>
#include <iostream>

#include <CLI/CLI.hpp>

#include "bench/latency.h"
#include "searchd/engine.h"

namespace {

using concord::search::SearchRequest;

constexpr std::size_t kWarmupQueries = 100;

// Runs every query once; returns the latency summary and the number of failed searches.
nlohmann::json run_pass(concord::search::Engine& engine, const std::vector<std::string>& queries,
                        bool facets) {
  std::vector<double> samples;
  samples.reserve(queries.size());
  std::size_t errors = 0;
  std::size_t total_hits = 0;
  for (const std::string& q : queries) {
    SearchRequest request;
    request.q = q;
    request.ui_lang = "zh";
    if (!facets) request.facets.clear();
    const auto started = std::chrono::steady_clock::now();
    auto response = engine.search(request);
    samples.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count());
    if (!response) {
      ++errors;
      continue;
    }
    total_hits += response->total;
  }
  nlohmann::json out = concord::bench::to_json(concord::bench::summarize(std::move(samples)));
  out["errors"] = errors;
  out["mean_total"] = queries.empty() ? 0.0 : static_cast<double>(total_hits) / queries.size();
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"concord-bench-query: in-process search latency over a query set"};
  std::string index, queries_path;
  app.add_option("--index", index, "Live index path")->required();
  app.add_option("--queries", queries_path, "JSON Lines of {\"text\": ...}")
      ->required()
      ->check(CLI::ExistingFile);
  CLI11_PARSE(app, argc, argv);
  try {
    const auto queries = concord::bench::read_query_texts(queries_path);
    auto engine = concord::search::Engine::open(index);
    if (!engine) {
      std::cerr << "concord-bench-query: " << engine.error().message << "\n";
      return 1;
    }
    // A first pass over a few queries loads the analyzers and warms the page cache.
    const std::vector<std::string> warmup(
        queries.begin(), queries.begin() + std::min(kWarmupQueries, queries.size()));
    run_pass(**engine, warmup, true);
    const nlohmann::json out = {{"queries", queries.size()},
                                {"plain", run_pass(**engine, queries, false)},
                                {"facets", run_pass(**engine, queries, true)}};
    std::cout << out.dump() << "\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "concord-bench-query: " << e.what() << "\n";
    return 1;
  }
}
