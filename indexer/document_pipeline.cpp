#include "indexer/document_pipeline.h"

#include "analyzers/analyzer_cache.h"
#include "indexer/document_builder.h"

namespace concord::indexer {
namespace {

// Small batches keep the writer fed; a bounded number of them bounds memory.
constexpr std::size_t kBatchDocuments = 64;
constexpr std::size_t kBatchesPerThread = 8;

}  // namespace

struct DocumentPipeline::Batch {
  std::vector<Document> docs;
  std::vector<Xapian::Document> built;
  bool ready = false;
};

DocumentPipeline::DocumentPipeline(std::size_t analysis_threads, Sink sink)
    : sink_(std::move(sink)) {
  for (std::size_t i = 0; i < std::max<std::size_t>(analysis_threads, 1); ++i) {
    analysers_.emplace_back([this] { analyse_batches(); });
  }
  writer_ = std::thread([this] { write_batches(); });
}

DocumentPipeline::~DocumentPipeline() {
  try {
    finish();
  } catch (...) {  // finish() was not called: the caller is already unwinding an error
  }
}

void DocumentPipeline::push(Document&& doc) {
  if (!filling_) filling_ = std::make_shared<Batch>();
  filling_->docs.push_back(std::move(doc));
  if (filling_->docs.size() >= kBatchDocuments) submit();
}

void DocumentPipeline::submit() {
  if (!filling_ || filling_->docs.empty()) return;
  std::unique_lock lock(mutex_);
  space_.wait(lock, [&] {
    return in_order_.size() < kBatchesPerThread * analysers_.size() || error_ != nullptr;
  });
  if (!error_) {
    to_analyse_.push_back(filling_);
    in_order_.push_back(filling_);
    work_ready_.notify_one();
  }
  filling_.reset();
}

void DocumentPipeline::finish() {
  if (writer_.joinable()) {
    submit();
    {
      std::lock_guard lock(mutex_);
      closing_ = true;
    }
    work_ready_.notify_all();
    batch_built_.notify_all();
    writer_.join();
    for (std::thread& t : analysers_) t.join();
  }
  if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
}

void DocumentPipeline::analyse_batches() {
  analyzers::AnalyzerCache analyzers;  // analyzers and stemmers are per thread
  for (;;) {
    std::shared_ptr<Batch> batch;
    {
      std::unique_lock lock(mutex_);
      work_ready_.wait(lock, [&] { return !to_analyse_.empty() || closing_; });
      if (to_analyse_.empty()) return;
      batch = std::move(to_analyse_.front());
      to_analyse_.pop_front();
    }
    std::exception_ptr failed;
    try {
      batch->built.reserve(batch->docs.size());
      for (const Document& doc : batch->docs) {
        batch->built.push_back(build_xapian_document(doc, analyzers));
      }
    } catch (...) {
      failed = std::current_exception();
    }
    std::lock_guard lock(mutex_);
    if (failed && !error_) error_ = failed;
    batch->ready = true;
    batch_built_.notify_all();
    space_.notify_all();
  }
}

void DocumentPipeline::write_batches() {
  for (;;) {
    std::shared_ptr<Batch> batch;
    {
      std::unique_lock lock(mutex_);
      batch_built_.wait(lock, [&] {
        return (!in_order_.empty() && in_order_.front()->ready) || error_ != nullptr ||
               (closing_ && in_order_.empty());
      });
      if (error_ || in_order_.empty()) {
        // After a failure nothing more is written; drained batches free the producer.
        in_order_.clear();
        to_analyse_.clear();
        space_.notify_all();
        return;
      }
      batch = std::move(in_order_.front());
      in_order_.pop_front();
      space_.notify_all();
    }
    try {
      for (std::size_t i = 0; i < batch->docs.size(); ++i) sink_(batch->docs[i], batch->built[i]);
    } catch (...) {
      std::lock_guard lock(mutex_);
      if (!error_) error_ = std::current_exception();
      in_order_.clear();
      to_analyse_.clear();
      space_.notify_all();
      work_ready_.notify_all();
      return;
    }
  }
}

}  // namespace concord::indexer
