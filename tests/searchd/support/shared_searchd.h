// One concord-searchd for a whole test suite, on the suite's own copy of the corpus index.
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>

#include "tests/searchd/support/corpus_index.h"
#include "tests/searchd/support/searchd_fixture.h"

namespace concord::testing {

/// Base of a suite (`class MyTest : public SharedSearchd<MyTest>`): its SetUpTestSuite calls
/// start(config), after adding files to index().folder() if it needs them.
template <typename Suite>
class SharedSearchd : public ::testing::Test {
 protected:
  static CorpusIndex& index() {
    if (index_ == nullptr) index_ = new CorpusIndex();
    return *index_;
  }
  static void start(const nlohmann::json& config) {
    const std::string path = write_json_file(index().folder() / "searchd.json", config);
    server_ = new SearchdProcess({"--index", index().live(), "--config", path});
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
    delete index_;
    index_ = nullptr;
  }
  static httplib::Client client() {
    httplib::Client c("127.0.0.1", server_->port());
    c.set_read_timeout(10);
    return c;
  }

  static inline CorpusIndex* index_ = nullptr;
  static inline SearchdProcess* server_ = nullptr;
};

}  // namespace concord::testing
