#include "eval/relevance_metrics.h"

#include <algorithm>
#include <cmath>

namespace concord::eval {

QueryScores score_ranking(const std::vector<std::string>& ranked, const Judgments& judgments) {
  QueryScores scores;
  std::vector<int> ideal;
  for (const auto& [doc, grade] : judgments) {
    if (grade > 0) ideal.push_back(grade);
  }
  if (ideal.empty()) return scores;
  std::sort(ideal.rbegin(), ideal.rend());

  double dcg = 0;
  double idcg = 0;
  std::size_t found = 0;
  for (std::size_t i = 0; i < ranked.size() && i < 100; ++i) {
    auto it = judgments.find(ranked[i]);
    const int grade = it == judgments.end() ? 0 : it->second;
    if (grade <= 0) continue;
    ++found;
    if (i < 10) {
      dcg += grade / std::log2(static_cast<double>(i) + 2);
      if (scores.mrr_at_10 == 0) scores.mrr_at_10 = 1.0 / (static_cast<double>(i) + 1);
    }
  }
  for (std::size_t i = 0; i < ideal.size() && i < 10; ++i) {
    idcg += ideal[i] / std::log2(static_cast<double>(i) + 2);
  }
  scores.ndcg_at_10 = dcg / idcg;
  scores.recall_at_100 = static_cast<double>(found) / static_cast<double>(ideal.size());
  return scores;
}

}  // namespace concord::eval
