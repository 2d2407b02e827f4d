// A test with its own copy of the corpus index and its own concord-searchd on a free port.
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <fstream>
#include <memory>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "tests/searchd/support/corpus_index.h"
#include "tests/searchd/support/searchd_process.h"

namespace concord::testing {

inline constexpr std::size_t kCorpusDocuments = 497;
inline constexpr const char* kWriteToken = "test-write-token-0123456789";

/// Calls `done` until it returns true or `limit` passes; says whether it returned true.
template <typename Predicate>
bool poll_until(Predicate done, std::chrono::milliseconds limit) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  for (;;) {
    if (done()) return true;
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

/// Writes `json` to `path` as a configuration file and returns the path.
inline std::string write_json_file(const std::filesystem::path& path, const nlohmann::json& json) {
  std::ofstream(path) << json.dump(2);
  return path.string();
}

/// Checks the one error shape: {"error": {"code": code, "message": "…"}}.
inline void expect_error(const nlohmann::json& body, const std::string& code) {
  ASSERT_TRUE(body.is_object() && body.contains("error")) << body.dump();
  EXPECT_EQ(body["error"]["code"], code) << body.dump();
  ASSERT_TRUE(body["error"]["message"].is_string()) << body.dump();
  EXPECT_FALSE(body["error"]["message"].get<std::string>().empty());
}

class SearchdFixture : public ::testing::Test {
 protected:
  using json = nlohmann::json;

  /// The configuration every test starts from: the write API on, quick commits, no access log.
  static json base_config() {
    return {{"write_token", kWriteToken}, {"commit_interval_ms", 100}, {"access_log", false}};
  }

  /// Starts searchd on this test's index with `config` (see base_config) as its --config file.
  void start(const json& config) {
    const std::string path = write_json_file(index_.folder() / "searchd.json", config);
    server_ = std::make_unique<SearchdProcess>(
        std::vector<std::string>{"--index", index_.live(), "--config", path});
  }

  httplib::Client client() const {
    httplib::Client c("127.0.0.1", server_->port());
    c.set_read_timeout(35);  // a waiting write may take up to 30 s
    return c;
  }
  static httplib::Headers auth() {
    return {{"Authorization", std::string("Bearer ") + kWriteToken}};
  }

  /// GETs `target`, expects `status` and a JSON body, and returns the body.
  json get_json(const std::string& target, int status) const {
    auto res = client().Get(target);
    EXPECT_TRUE(res) << target;
    if (!res) return {};
    EXPECT_EQ(res->status, status) << target << " → " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json") << target;
    return json::parse(res->body, nullptr, false);
  }

  /// The ids of the hits for the plain-word query `q` (first page).
  std::vector<std::string> search_ids(const std::string& q) const {
    const json body = get_json("/v1/search?q=" + q, 200);
    std::vector<std::string> ids;
    if (body.contains("hits")) {
      for (const json& hit : body["hits"]) ids.push_back(hit["id"].get<std::string>());
    }
    return ids;
  }

  std::size_t documents() const {
    return get_json("/healthz", 200).value("documents", std::size_t{0});
  }

  CorpusIndex index_;
  std::unique_ptr<SearchdProcess> server_;
};

}  // namespace concord::testing
