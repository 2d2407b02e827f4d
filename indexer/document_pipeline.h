// Analyses documents on several threads and hands them, in input order, to one writer thread:
// Xapian allows one writer per database, so analysis is what can use the other cores.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <xapian.h>

#include "indexer/document.h"

namespace concord::indexer {

class DocumentPipeline {
 public:
  /// Called on the writer thread for every document, in the order they were pushed.
  using Sink = std::function<void(const Document& doc, const Xapian::Document& xdoc)>;

  /// `analysis_threads` ≥ 1 build Xapian documents while the sink writes the ones before.
  DocumentPipeline(std::size_t analysis_threads, Sink sink);
  ~DocumentPipeline();
  DocumentPipeline(const DocumentPipeline&) = delete;
  DocumentPipeline& operator=(const DocumentPipeline&) = delete;

  /// Queues a document; blocks while the writer is too far behind, so memory stays bounded.
  void push(Document&& doc);
  /// Waits until every pushed document has reached the sink. Rethrows what analysis or the
  /// sink threw (the pipeline then drops the documents after it).
  void finish();

 private:
  struct Batch;
  void submit();
  void analyse_batches();
  void write_batches();

  Sink sink_;
  std::mutex mutex_;
  std::condition_variable work_ready_;   // analysis threads wait for batches
  std::condition_variable batch_built_;  // the writer waits for the oldest batch
  std::condition_variable space_;        // push waits for room
  std::deque<std::shared_ptr<Batch>> to_analyse_;
  std::deque<std::shared_ptr<Batch>> in_order_;
  std::shared_ptr<Batch> filling_;
  bool closing_ = false;
  std::exception_ptr error_;
  std::vector<std::thread> analysers_;
  std::thread writer_;
};

}  // namespace concord::indexer
