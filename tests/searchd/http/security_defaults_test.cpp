// Security defaults of a concord-searchd started as it ships: no write API without a token,
// CORS only for configured origins, security headers on every answer, no directory listings.
#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/searchd/support/corpus_index.h"
#include "tests/searchd/support/raw_http.h"
#include "tests/searchd/support/shared_searchd.h"

namespace concord::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kAllowedOrigin = "https://members.example.org";

// One server for the suite: the write API off (no token), one CORS origin, and a copy of web/
// with a sub-folder that has no index.html.
class SecurityDefaultsTest : public SharedSearchd<SecurityDefaultsTest> {
 protected:
  static void SetUpTestSuite() {
    const fs::path web = index().folder() / "web";
    fs::copy(fs::path(CONCORD_SOURCE_DIR) / "web", web, fs::copy_options::recursive);
    fs::create_directories(web / "examples");
    std::ofstream(web / "examples" / "widget.html") << "<p>example</p>\n";
    start({{"web_dir", web.string()}, {"cors_origins", {kAllowedOrigin}}, {"access_log", false}});
  }
};

TEST_F(SecurityDefaultsTest, WriteApiIsOffWithoutAToken) {
  const std::string line = R"({"id": "sec-1", "kind": "story", "lang": "en", "title": "T"})";
  for (const httplib::Headers& headers :
       {httplib::Headers{}, httplib::Headers{{"Authorization", "Bearer "}},
        httplib::Headers{{"Authorization", "Bearer anything-at-all-0123456789"}}}) {
    auto put = client().Put("/v1/documents?wait=true", headers, line, "application/x-ndjson");
    ASSERT_TRUE(put);
    EXPECT_EQ(put->status, 403) << put->body;
    expect_error(json::parse(put->body, nullptr, false), "forbidden");
    auto del = client().Delete("/v1/documents/profile-ar-001", headers);
    ASSERT_TRUE(del);
    EXPECT_EQ(del->status, 403) << del->body;
  }
  EXPECT_EQ(client().Get("/v1/documents/sec-1")->status, 404);
  EXPECT_EQ(client().Get("/v1/documents/profile-ar-001")->status, 200);
}

TEST_F(SecurityDefaultsTest, CorsOnlyForConfiguredOrigins) {
  auto allowed = client().Get("/v1/search?q=water", {{"Origin", kAllowedOrigin}});
  ASSERT_TRUE(allowed);
  EXPECT_EQ(allowed->get_header_value("Access-Control-Allow-Origin"), kAllowedOrigin);
  EXPECT_EQ(allowed->get_header_value("Vary"), "Origin");
  for (const char* origin : {"https://evil.example.com", "null", "https://members.example.org.evil",
                             "http://members.example.org"}) {
    SCOPED_TRACE(origin);
    auto other = client().Get("/v1/search?q=water", {{"Origin", origin}});
    ASSERT_TRUE(other);
    EXPECT_FALSE(other->has_header("Access-Control-Allow-Origin"));
    auto preflight = client().Options(
        "/v1/search", {{"Origin", origin}, {"Access-Control-Request-Method", "POST"}});
    ASSERT_TRUE(preflight);
    EXPECT_EQ(preflight->status, 403);
    EXPECT_FALSE(preflight->has_header("Access-Control-Allow-Origin"));
  }
  auto preflight = client().Options(
      "/v1/search", {{"Origin", kAllowedOrigin}, {"Access-Control-Request-Method", "POST"}});
  ASSERT_TRUE(preflight);
  EXPECT_EQ(preflight->status, 204);
  EXPECT_EQ(preflight->get_header_value("Access-Control-Allow-Origin"), kAllowedOrigin);
}

// The page, its files, API answers and every kind of error carry the same headers.
TEST_F(SecurityDefaultsTest, SecurityHeadersOnEveryAnswer) {
  const std::vector<std::pair<std::string, int>> targets = {
      {"/", 200},
      {"/index.html", 200},
      {"/js/main.js", 200},
      {"/style.css", 200},
      {"/v1/search?q=water", 200},
      {"/healthz", 200},
      {"/no-such-file", 404},
      {"/v1/search?page=-1", 400},
      {"/v1/documents/nope", 404},
  };
  for (const auto& [target, status] : targets) {
    SCOPED_TRACE(target);
    auto res = client().Get(target);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, status);
    EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(res->get_header_value("Referrer-Policy"), "no-referrer");
    EXPECT_EQ(res->get_header_value("X-Frame-Options"), "DENY");
    const std::string csp = res->get_header_value("Content-Security-Policy");
    EXPECT_NE(csp.find("default-src 'self'"), std::string::npos) << csp;
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << csp;
  }
  // Refused before routing: a body without a length.
  RawConnection chunked(server_->port());
  ASSERT_TRUE(
      chunked.send("POST /v1/search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"));
  const std::string answer = chunked.receive_until_closed(std::chrono::seconds(1));
  EXPECT_EQ(status_of(answer), 411);
  EXPECT_NE(answer.find("X-Content-Type-Options: nosniff"), std::string::npos) << answer;
  EXPECT_NE(answer.find("X-Frame-Options: DENY"), std::string::npos) << answer;
}

TEST_F(SecurityDefaultsTest, NoDirectoryListings) {
  EXPECT_EQ(client().Get("/examples/widget.html")->status, 200);
  for (const char* target : {"/examples/", "/examples", "/examples/.", "/examples//", "/./"}) {
    SCOPED_TRACE(target);
    RawConnection connection(server_->port());
    ASSERT_TRUE(connection.send(std::string("GET ") + target +
                                " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    const std::string answer = connection.receive_until_closed(std::chrono::seconds(3));
    const int status = status_of(answer);
    if (std::string(target) == "/./") {
      EXPECT_TRUE(status == 200 || status == 404 || status == 400) << answer.substr(0, 200);
    } else {
      EXPECT_TRUE(status == 404 || status == 400) << answer.substr(0, 200);
    }
    EXPECT_EQ(answer.find("widget.html"), std::string::npos) << "a listing: " << answer;
  }
}

}  // namespace
}  // namespace concord::testing
