// Ranking quality measures as trec_eval defines them: nDCG@10, MRR@10, Recall@100.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace concord::eval {

/// Judged documents of one query: document id → grade (> 0 is relevant).
using Judgments = std::map<std::string, int>;

struct QueryScores {
  double ndcg_at_10 = 0;     // gain = grade, discount log2(rank + 1), ideal from all judgments
  double mrr_at_10 = 0;      // 1 / rank of the first relevant document in the top 10, else 0
  double recall_at_100 = 0;  // relevant documents in the top 100 / all relevant documents
};

/// Scores one ranked list of document ids against the query's judgments.
QueryScores score_ranking(const std::vector<std::string>& ranked, const Judgments& judgments);

}  // namespace concord::eval
