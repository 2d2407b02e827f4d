// concord-searchd for operators: readiness, health, metrics, configuration errors and CORS.
#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/searchd/support/searchd_fixture.h"

namespace concord::testing {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;

using OpsTest = SearchdFixture;

TEST_F(OpsTest, ReadinessAndHealth) {
  start(base_config());
  const json ready = get_json("/readyz", 200);
  EXPECT_EQ(ready["status"], "ready");
  EXPECT_EQ(ready["documents"], kCorpusDocuments);
  EXPECT_EQ(ready["writer"], "ok");
  const json health = get_json("/healthz", 200);
  EXPECT_EQ(health["status"], "ok");
  EXPECT_EQ(health["documents"], kCorpusDocuments);
}

TEST_F(OpsTest, MetricsDescribeRequestsIndexAndWriter) {
  start(base_config());
  get_json("/v1/search?q=water", 200);
  get_json("/v1/documents/no-such-document", 404);
  const std::vector<std::regex> expected = {
      std::regex(R"(concord_http_requests_total\{route="GET /v1/search",status="200"\} [1-9])"),
      std::regex(
          R"(concord_http_requests_total\{route="GET /v1/documents/\{id\}",status="404"\} 1)"),
      std::regex(R"(\nconcord_http_request_duration_seconds_bucket\{route="GET /v1/search",)"
                 R"([^}\n]*le="[^"]+"\} \d+\n)"),
      std::regex(R"(\nconcord_index_documents 497\n)"),
      std::regex(R"(\nconcord_write_queue_depth 0\n)"),
      std::regex(R"(\nconcord_index_last_commit_age_seconds [0-9.e+]+\n)"),
  };
  // The server counts a request just after answering it: poll briefly.
  std::string text;
  const bool complete = poll_until(
      [&] {
        auto res = client().Get("/metrics");
        if (!res || res->status != 200) return false;
        text = res->body;
        EXPECT_EQ(res->get_header_value("Content-Type"), "text/plain; version=0.0.4");
        for (const auto& pattern : expected) {
          if (!std::regex_search(text, pattern)) return false;
        }
        return true;
      },
      2s);
  EXPECT_TRUE(complete) << text;
  for (const auto& pattern : expected) EXPECT_TRUE(std::regex_search(text, pattern));
  // Raw paths never become labels.
  EXPECT_EQ(text.find("no-such-document"), std::string::npos);
}

// A configuration that stops searchd before it serves anything.
class ConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = std::filesystem::temp_directory_path() /
              ("concord-config-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder_);
  }
  void TearDown() override {
    std::error_code ec;
    std::filesystem::remove_all(folder_, ec);
  }
  // Runs searchd with `config` as its --config file (and `env`) until it exits.
  ProgramResult run_with(const json& config, const Environment& env = {}) {
    const std::string path = write_json_file(folder_ / "searchd.json", config);
    // A server that starts in spite of the error is stopped after a few seconds.
    return run_program({CONCORD_SEARCHD, "--config", path, "--port", "0"}, env, 5s);
  }
  // An index path: configuration errors are found before the index is opened.
  std::string index() const { return (folder_ / "index").string(); }

  std::filesystem::path folder_;
};

TEST_F(ConfigTest, BadConfigurationFilesStopTheServerNamingTheKey) {
  struct Case {
    json config;
    std::string key;
  };
  const std::vector<Case> cases = {
      {{{"index", index()}, {"indx", "/tmp/x"}}, "indx"},
      {{{"index", index()}, {"port", "eighty"}}, "port"},
      {{{"index", index()}, {"threads", 2.5}}, "threads"},
      {{{"index", index()}, {"commit_every", {{"n", 1}}}}, "commit_every"},
      {{{"index", index()}, {"cors_origins", {1, 2}}}, "cors_origins"},
      {{{"index", index()}, {"access_log", "sometimes"}}, "access_log"},
      {{{"index", index()}, {"write_token", "too-short"}}, "write_token"},
      {{{"index", index()}, {"cors_origins", {"allowed.example"}}}, "cors_origins"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.config.dump());
    const ProgramResult result = run_with(c.config);
    EXPECT_EQ(result.status, 2);
    EXPECT_NE(result.err.find(c.key), std::string::npos) << result.err;
    EXPECT_EQ(result.out.find("listening"), std::string::npos);
  }
}

// The README: "Unknown keys and wrong types stop the server with a message".
TEST_F(ConfigTest, WrongJsonTypesForTextKeysStopTheServer) {
  struct Case {
    json config;
    std::string key;
  };
  const std::vector<Case> cases = {
      {{{"index", index()}, {"host", 42}}, "host"},
      {{{"index", index()}, {"write_token", 12345678901234567890u}}, "write_token"},
      {{{"index", {index(), index()}}}, "index"},
      {{{"index", index()}, {"web_dir", true}}, "web_dir"},
  };
  std::vector<ProgramResult> results;
  for (const Case& c : cases) results.push_back(run_with(c.config));
  for (std::size_t i = 0; i < cases.size(); ++i) {
    SCOPED_TRACE(cases[i].config.dump());
    EXPECT_EQ(results[i].status, 2);
    EXPECT_NE(results[i].err.find(cases[i].key), std::string::npos) << results[i].err;
  }
}

TEST_F(ConfigTest, BadEnvironmentVariablesStopTheServer) {
  const ProgramResult port = run_with({{"index", index()}}, {{"CONCORD_PORT", "notanumber"}});
  EXPECT_EQ(port.status, 2);
  EXPECT_NE(port.err.find("CONCORD_PORT"), std::string::npos) << port.err;

  const ProgramResult token = run_with({{"index", index()}}, {{"CONCORD_WRITE_TOKEN", "short"}});
  EXPECT_EQ(token.status, 2);
  EXPECT_NE(token.err.find("write_token"), std::string::npos) << token.err;
}

TEST_F(ConfigTest, PrintsItsVersion) {
  const ProgramResult result = run_program({CONCORD_SEARCHD, "--version"});
  EXPECT_EQ(result.status, 0);
  // The project's version, from CMakeLists.txt.
  EXPECT_NE(result.out.find("concord-searchd " CONCORD_VERSION " (index schema"), std::string::npos)
      << result.out;
}

class CorsTest : public SearchdFixture {
 protected:
  void SetUp() override {
    json config = base_config();
    config["cors_origins"] = {"http://allowed.example"};
    start(config);
  }
};

TEST_F(CorsTest, OnlyConfiguredOriginsGetTheHeaders) {
  auto allowed = client().Get("/v1/search?q=water", {{"Origin", "http://allowed.example"}});
  ASSERT_TRUE(allowed);
  EXPECT_EQ(allowed->status, 200);
  EXPECT_EQ(allowed->get_header_value("Access-Control-Allow-Origin"), "http://allowed.example");

  auto evil = client().Get("/v1/search?q=water", {{"Origin", "http://evil.example"}});
  ASSERT_TRUE(evil);
  EXPECT_EQ(evil->status, 200);  // the browser, not the server, withholds the answer
  EXPECT_FALSE(evil->has_header("Access-Control-Allow-Origin"));

  auto none = client().Get("/v1/search?q=water");
  ASSERT_TRUE(none);
  EXPECT_FALSE(none->has_header("Access-Control-Allow-Origin"));
}

TEST_F(CorsTest, PreflightIsAnsweredForAllowedOriginsOnly) {
  const httplib::Headers preflight = {{"Access-Control-Request-Method", "PUT"},
                                      {"Access-Control-Request-Headers", "Authorization"}};
  httplib::Headers from_allowed = preflight;
  from_allowed.emplace("Origin", "http://allowed.example");
  auto allowed = client().Options("/v1/documents", from_allowed);
  ASSERT_TRUE(allowed);
  EXPECT_EQ(allowed->status, 204);
  EXPECT_EQ(allowed->get_header_value("Access-Control-Allow-Origin"), "http://allowed.example");
  const std::string methods = allowed->get_header_value("Access-Control-Allow-Methods");
  EXPECT_NE(methods.find("PUT"), std::string::npos) << methods;
  EXPECT_NE(methods.find("GET"), std::string::npos) << methods;
  EXPECT_NE(allowed->get_header_value("Access-Control-Allow-Headers").find("Authorization"),
            std::string::npos);

  httplib::Headers from_evil = preflight;
  from_evil.emplace("Origin", "http://evil.example");
  auto evil = client().Options("/v1/documents", from_evil);
  ASSERT_TRUE(evil);
  EXPECT_EQ(evil->status, 403);
  EXPECT_FALSE(evil->has_header("Access-Control-Allow-Origin"));
  EXPECT_FALSE(evil->has_header("Access-Control-Allow-Methods"));
  expect_error(json::parse(evil->body, nullptr, false), "forbidden");
}

}  // namespace
}  // namespace concord::testing
