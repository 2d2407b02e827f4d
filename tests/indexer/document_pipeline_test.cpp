#include "indexer/document_pipeline.h"

#include "indexer/document_builder.h"

#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace concord::indexer {
namespace {

Document make_doc(int i) {
  Document doc;
  doc.id = "d" + std::to_string(i);
  doc.kind = "story";
  doc.lang = i % 2 == 0 ? "en" : "zh";
  doc.title = i % 2 == 0 ? "patent number " + std::to_string(i) : "专利 第" + std::to_string(i);
  doc.source = {{"id", doc.id}};
  return doc;
}

TEST(DocumentPipelineTest, EveryDocumentReachesTheSinkOnceInInputOrder) {
  std::vector<std::string> seen;
  std::vector<std::string> data;
  {
    DocumentPipeline pipeline(3, [&](const Document& doc, const Xapian::Document& xdoc) {
      seen.push_back(doc.id);
      data.push_back(xdoc.get_data());
    });
    for (int i = 0; i < 1000; ++i) pipeline.push(make_doc(i));
    pipeline.finish();
  }
  ASSERT_EQ(seen.size(), 1000u);
  for (int i = 0; i < 1000; ++i) {
    EXPECT_EQ(seen[i], "d" + std::to_string(i));
    EXPECT_NE(data[i].find("\"d" + std::to_string(i) + "\""), std::string::npos);
  }
}

TEST(DocumentPipelineTest, BuildsTheSameDocumentAsOneThread) {
  analyzers::AnalyzerCache analyzers;
  const Document doc = make_doc(7);
  const Xapian::Document expected = build_xapian_document(doc, analyzers);
  std::vector<std::string> terms;
  DocumentPipeline pipeline(2, [&](const Document&, const Xapian::Document& xdoc) {
    for (auto t = xdoc.termlist_begin(); t != xdoc.termlist_end(); ++t) terms.push_back(*t);
  });
  pipeline.push(make_doc(7));
  pipeline.finish();
  std::vector<std::string> want;
  for (auto t = expected.termlist_begin(); t != expected.termlist_end(); ++t) want.push_back(*t);
  EXPECT_EQ(terms, want);
  EXPECT_FALSE(terms.empty());
}

TEST(DocumentPipelineTest, ASinkFailureStopsTheRestAndFinishRethrowsIt) {
  std::size_t written = 0;
  DocumentPipeline pipeline(2, [&](const Document& doc, const Xapian::Document&) {
    if (doc.id == "d100") throw std::runtime_error("disk full");
    ++written;
  });
  for (int i = 0; i < 5000; ++i) pipeline.push(make_doc(i));  // must not block after the error
  EXPECT_THROW(pipeline.finish(), std::runtime_error);
  EXPECT_EQ(written, 100u);
}

TEST(DocumentPipelineTest, NothingPushedIsFine) {
  std::size_t written = 0;
  DocumentPipeline pipeline(2, [&](const Document&, const Xapian::Document&) { ++written; });
  pipeline.finish();
  EXPECT_EQ(written, 0u);
}

}  // namespace
}  // namespace concord::indexer
