// One Engine over the corpus index, shared by the tests of a program.
#pragma once

#include <gtest/gtest.h>

#include "searchd/engine.h"
#include "tests/searchd/support/corpus_index.h"

namespace concord::testing {

/// The engine over corpus_index_path(), opened on first use; fails the test when it cannot be.
inline search::Engine& corpus_engine() {
  static const std::unique_ptr<search::Engine> engine = [] {
    auto opened = search::Engine::open(corpus_index_path());
    if (!opened)
      throw std::runtime_error("cannot open the corpus index: " + opened.error().message);
    return std::move(opened).value();
  }();
  return *engine;
}

/// The response to `request`, failing the test (and answering nothing) on an error.
inline search::SearchResponse search_corpus(const search::SearchRequest& request) {
  auto response = corpus_engine().search(request);
  EXPECT_TRUE(response) << response.error().message;
  return response ? std::move(response).value() : search::SearchResponse{};
}

}  // namespace concord::testing
