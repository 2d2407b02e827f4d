// concord-eval: ranking quality of the engine on a judged collection.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <vector>

#include <CLI/CLI.hpp>

#include "eval/judged_dataset.h"
#include "eval/relevance_metrics.h"
#include "searchd/engine.h"

namespace {

namespace fs = std::filesystem;
using concord::eval::QueryScores;

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

struct Options {
  std::vector<std::string> data;
  bool together = false;
  std::string run_file;
  bool per_query = false;
  concord::search::EngineOptions engine;
};

int fail(const std::string& message) {
  std::cerr << "concord-eval: " << message << "\n";
  return kExitFailure;
}

// One collection to score: its judgments and the name its row is printed under.
struct Collection {
  std::string label;
  concord::eval::JudgedDataset data;
  std::size_t documents = 0;
};

// Runs every judged query of `collection` and prints its row (and per-query lines).
int score(concord::search::Engine& engine, const Collection& collection, const Options& options,
          std::ofstream& run) {
  const auto& data = collection.data;
  QueryScores total;
  std::size_t judged = 0;
  for (const auto& query : data.queries) {
    auto judgments = data.qrels.find(query.qid);
    if (judgments == data.qrels.end()) continue;  // trec_eval scores judged queries only
    concord::search::SearchRequest request;
    request.q = query.text;
    request.ui_lang = query.lang;
    request.per_page = 100;
    request.facets.clear();
    request.highlight = false;
    auto response = engine.search(request);
    if (!response) return fail(query.qid + ": " + response.error().message);
    std::vector<std::string> ranked;
    for (const auto& hit : response->hits) {
      ranked.push_back(hit.id);
      if (run) {
        run << query.qid << " Q0 " << hit.id << ' ' << ranked.size() << ' ' << hit.score
            << " concord\n";
      }
    }
    const QueryScores s = concord::eval::score_ranking(ranked, judgments->second);
    if (options.per_query) {
      std::printf("%s\t%.4f\t%.4f\t%.4f\n", query.qid.c_str(), s.ndcg_at_10, s.mrr_at_10,
                  s.recall_at_100);
    }
    total.ndcg_at_10 += s.ndcg_at_10;
    total.mrr_at_10 += s.mrr_at_10;
    total.recall_at_100 += s.recall_at_100;
    ++judged;
  }
  // Judged queries missing from queries.jsonl count as zero, as with trec_eval -c.
  const double n = static_cast<double>(std::max<std::size_t>(data.qrels.size(), 1));
  std::printf("%-32s %8zu %8zu %8.4f %8.4f %8.4f\n", collection.label.c_str(), collection.documents,
              data.qrels.size(), total.ndcg_at_10 / n, total.mrr_at_10 / n,
              total.recall_at_100 / n);
  if (judged < data.qrels.size()) {
    std::fprintf(stderr, "concord-eval: %s: %zu judged queries have no text in queries.jsonl\n",
                 collection.label.c_str(), data.qrels.size() - judged);
  }
  return kExitOk;
}

// Indexes `sources` into `index_dir` and scores each collection against that one index.
int index_and_score(std::vector<Collection>& collections,
                    const std::vector<concord::eval::DocsSource>& sources, const Options& options,
                    const std::string& index_dir, std::ofstream& run) {
  auto indexed = concord::eval::index_dataset_documents(sources, index_dir);
  if (!indexed) return fail(indexed.error().message);
  auto engine = concord::search::Engine::open(index_dir, options.engine);
  if (!engine) return fail(engine.error().message);
  for (Collection& collection : collections) {
    collection.documents = *indexed;  // together: the shared index each query searched
    if (int status = score(**engine, collection, options, run); status != kExitOk) return status;
  }
  return kExitOk;
}

int evaluate(const Options& options, const std::string& index_dir) {
  std::ofstream run;
  if (!options.run_file.empty()) {
    run.open(options.run_file);
    if (!run) return fail("cannot write " + options.run_file);
  }
  std::vector<Collection> collections;
  std::vector<concord::eval::DocsSource> sources;
  std::set<std::string> names;
  for (const std::string& dir : options.data) {
    auto data = concord::eval::load_judged_dataset(dir);
    if (!data) return fail(data.error().message);
    std::string prefix;
    if (options.together) {
      const std::string name = concord::eval::collection_name(dir);
      if (!names.insert(name).second) return fail(dir + ": two collections named " + name);
      prefix = name + ":";
      concord::eval::prefix_ids(*data, prefix);
    }
    sources.push_back({data->docs_path, prefix});
    collections.push_back({dir, std::move(data).value(), 0});
  }
  std::printf("%-32s %8s %8s %8s %8s %8s\n", "dataset", "docs", "queries", "nDCG@10", "MRR@10",
              "R@100");
  if (options.together) return index_and_score(collections, sources, options, index_dir, run);
  for (std::size_t i = 0; i < collections.size(); ++i) {
    std::vector<Collection> one;
    one.push_back(std::move(collections[i]));
    const std::string dir = index_dir + "-" + std::to_string(i);
    const int status = index_and_score(one, {sources[i]}, options, dir, run);
    std::error_code ec;
    fs::remove_all(dir, ec);
    if (status != kExitOk) return status;
  }
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app{"concord-eval: nDCG@10, MRR@10 and Recall@100 of Concord on a judged collection"};
  app.add_option("--data", options.data,
                 "Folder with docs.jsonl[.gz], queries.jsonl, qrels.tsv; repeat for several")
      ->required();
  app.add_flag("--together", options.together,
               "Index every --data collection into one index (ids prefixed with the folder "
               "name) and score each collection's queries against it");
  app.add_option("--run", options.run_file, "Also write a TREC run file");
  app.add_flag("--per-query", options.per_query, "Print qid, nDCG@10, MRR@10, R@100 per query");
  app.add_option("--k1", options.engine.bm25_k1, "BM25 k1")->check(CLI::Range(0.0, 10.0));
  app.add_option("--b", options.engine.bm25_b, "BM25 b")->check(CLI::Range(0.0, 1.0));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  const fs::path index_dir =
      fs::temp_directory_path() / ("concord-eval-" + std::to_string(::getpid()));
  int status = kExitFailure;
  try {
    status = evaluate(options, index_dir.string());
  } catch (const std::exception& e) {
    status = fail(e.what());
  }
  std::error_code ec;
  fs::remove_all(index_dir, ec);
  return status;
}
