// A judged test collection in the common format: docs.jsonl[.gz], queries.jsonl, qrels.tsv.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "eval/relevance_metrics.h"
#include "indexer/result.h"

namespace concord::eval {

struct JudgedQuery {
  std::string qid;
  std::string text;
  std::string lang;  // "" when the query does not say
};

struct JudgedDataset {
  std::string docs_path;
  std::vector<JudgedQuery> queries;
  std::map<std::string, Judgments> qrels;  // qid → judgments
};

/// Reads queries and judgments from `dir` and finds its docs file; checks they are well formed.
Result<JudgedDataset> load_judged_dataset(const std::string& dir);

/// A collection's documents file and the prefix its ids get in an index shared with other
/// collections ("" alone): parallel collections such as XQuAD reuse the same ids.
struct DocsSource {
  std::string path;
  std::string id_prefix;
};

/// Indexes the collections' documents into a new database at `index_dir` with the production
/// analysis; fields other than id, title, body and lang are not searched. Returns the count.
Result<std::size_t> index_dataset_documents(const std::vector<DocsSource>& sources,
                                            const std::string& index_dir);
/// The same for one collection, ids unchanged.
Result<std::size_t> index_dataset_documents(const std::string& docs_path,
                                            const std::string& index_dir);

/// The name of the collection in folder `dir` (its last path component), used as id prefix.
std::string collection_name(const std::string& dir);

/// Puts `prefix` before every qid and judged document id, to match a shared index.
void prefix_ids(JudgedDataset& data, const std::string& prefix);

}  // namespace concord::eval
