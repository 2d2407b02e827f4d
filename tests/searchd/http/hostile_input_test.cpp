// Hostile input against a real concord-searchd: every case gets a clear 4xx JSON error, fast,
// and the server keeps serving (/healthz after each). The README's table lists the same cases.
#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <csignal>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/searchd/support/corpus_index.h"
#include "tests/searchd/support/raw_http.h"
#include "tests/searchd/support/shared_searchd.h"

namespace concord::testing {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr int kReadTimeoutSeconds = 1;

class HostileInputTest : public SharedSearchd<HostileInputTest> {
 protected:
  static void SetUpTestSuite() {
    // A client writing to a connection the server closed must see an error, not die of it.
    std::signal(SIGPIPE, SIG_IGN);
    start({{"write_token", kWriteToken},
           {"read_timeout_seconds", kReadTimeoutSeconds},
           {"web_dir", std::string(CONCORD_SOURCE_DIR) + "/web"},
           {"access_log", false}});
  }
  static void expect_still_serving() {
    auto res = client().Get("/healthz");
    ASSERT_TRUE(res) << "the server stopped answering";
    EXPECT_EQ(res->status, 200);
  }
};

struct HostileCase {
  std::string name;
  std::string method;
  std::string target;
  std::string body;
  bool token = true;  // send the right write token
  int status;
  std::string code;
};

std::string repeated(std::string_view unit, std::size_t times) {
  std::string out;
  out.reserve(unit.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += unit;
  return out;
}

std::string ndjson(const json& document) {
  return document.dump() + "\n";
}

json story(const std::string& id) {
  return {{"id", id},
          {"kind", "story"},
          {"lang", "en"},
          {"title", "Hostile input story"},
          {"themes", {"green-innovation"}}};
}

// Short terms filling the 4096-byte query limit: about 2000 of them.
std::string many_terms() {
  std::string q;
  for (int i = 0; q.size() + 8 < 4096; ++i) q += "w" + std::to_string(i % 997) + " ";
  return q;
}

std::vector<HostileCase> hostile_cases() {
  const std::string invalid_utf8 = "caf\xC3\x28 \xFF\xFE";
  json bad_title = story("hostile-1");
  bad_title["title"] = 42;
  json unknown_field = story("hostile-2");
  unknown_field["colour"] = "red";
  json unknown_theme = story("hostile-3");
  unknown_theme["themes"] = {"no-such-theme"};
  json bad_id = story("hostile 4/../x");
  json utf8_document = story("hostile-5");
  utf8_document["title"] = "placeholder";
  std::string utf8_line = ndjson(utf8_document);
  utf8_line.replace(utf8_line.find("placeholder"), 11, invalid_utf8);
  const std::string deep = repeated("[", 100000) + repeated("]", 100000);
  const std::string deep_object = repeated(R"({"a":)", 100000) + "1" + repeated("}", 100000);
  return {
      {"invalid UTF-8 in q", "GET", "/v1/search?q=caf%C3%28%FF", "", true, 400,
       "invalid_parameter"},
      {"invalid UTF-8 in a JSON body", "POST", "/v1/search", R"({"q": ")" + invalid_utf8 + "\"}",
       true, 400, "invalid_parameter"},
      {"invalid UTF-8 in analyze text", "POST", "/v1/analyze",
       R"({"text": ")" + invalid_utf8 + "\"}", true, 400, "invalid_parameter"},
      {"invalid UTF-8 in a document", "PUT", "/v1/documents", utf8_line, true, 400,
       "invalid_document"},
      {"100k-deep JSON array (search)", "POST", "/v1/search", deep, true, 400, "invalid_parameter"},
      {"100k-deep JSON object (search)", "POST", "/v1/search", deep_object, true, 400,
       "invalid_parameter"},
      {"100k-deep JSON (analyze)", "POST", "/v1/analyze", deep, true, 400, "invalid_parameter"},
      {"100k-deep JSON array (match)", "POST", "/v1/match", deep, true, 400, "invalid_parameter"},
      {"100k-deep JSON object (match)", "POST", "/v1/match", deep_object, true, 400,
       "invalid_parameter"},
      {"malformed JSON (match)", "POST", "/v1/match", R"({"text": "milk)", true, 400,
       "invalid_parameter"},
      {"100k-deep JSON (document line)", "PUT", "/v1/documents", deep + "\n", true, 400,
       "invalid_document"},
      {"wrong type: q an object", "POST", "/v1/search", R"({"q": {"a": 1}})", true, 400,
       "invalid_parameter"},
      {"wrong type: page a string", "GET", "/v1/search?page=two", "", true, 400,
       "invalid_parameter"},
      {"wrong type: title a number", "PUT", "/v1/documents", ndjson(bad_title), true, 400,
       "invalid_document"},
      {"body not an object", "POST", "/v1/search", "[1, 2]", true, 400, "invalid_parameter"},
      {"unknown search parameter", "GET", "/v1/search?colour=red", "", true, 400,
       "invalid_parameter"},
      {"unknown search field (JSON)", "POST", "/v1/search", R"({"colour": "red"})", true, 400,
       "invalid_parameter"},
      {"unknown document field", "PUT", "/v1/documents", ndjson(unknown_field), true, 400,
       "invalid_document"},
      {"bad document id (write)", "PUT", "/v1/documents", ndjson(bad_id), true, 400,
       "invalid_document"},
      {"bad document id (read)", "GET", "/v1/documents/" + repeated("x", 600), "", true, 400,
       "invalid_parameter"},
      {"unknown document id", "GET", "/v1/documents/no-such-document", "", true, 404, "not_found"},
      {"unknown theme id (write)", "PUT", "/v1/documents", ndjson(unknown_theme), true, 400,
       "invalid_document"},
      {"unknown theme id (search)", "GET", "/v1/search?theme=no-such-theme", "", true, 400,
       "invalid_parameter"},
      {"100 KB query (GET)", "GET", "/v1/search?q=" + repeated("a", 100 * 1024), "", true, 414,
       "invalid_parameter"},
      {"100 KB query (POST)", "POST", "/v1/search", json{{"q", repeated("a", 100 * 1024)}}.dump(),
       true, 400, "invalid_parameter"},
      {"10,000 query terms", "POST", "/v1/search", json{{"q", repeated("a ", 10000)}}.dump(), true,
       400, "invalid_parameter"},
      {"2,000 short terms within 4096 bytes", "POST", "/v1/search",
       json{{"q", many_terms()}}.dump(), true, 400, "invalid_parameter"},
      {"negative page", "GET", "/v1/search?page=-1", "", true, 400, "invalid_parameter"},
      {"huge page", "GET", "/v1/search?page=99999999999999999999", "", true, 400,
       "invalid_parameter"},
      {"page beyond the result window", "GET", "/v1/search?page=5000&per_page=100", "", true, 400,
       "invalid_parameter"},
      {"missing write token", "PUT", "/v1/documents", ndjson(story("hostile-6")), false, 401,
       "unauthorized"},
  };
}

TEST_F(HostileInputTest, EachCaseGetsAClear4xxAndTheServerKeepsServing) {
  for (const HostileCase& c : hostile_cases()) {
    SCOPED_TRACE(c.name);
    httplib::Headers headers;
    if (c.token) headers.emplace("Authorization", std::string("Bearer ") + kWriteToken);
    const auto started = Clock::now();
    httplib::Client http = client();
    httplib::Result res = c.method == "GET" ? http.Get(c.target, headers)
                          : c.method == "POST"
                              ? http.Post(c.target, headers, c.body, "application/json")
                              : http.Put(c.target, headers, c.body, "application/x-ndjson");
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
    ASSERT_TRUE(res) << httplib::to_string(res.error());
    EXPECT_EQ(res->status, c.status) << res->body.substr(0, 300);
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
    const json body = json::parse(res->body, nullptr, false);
    const json error = body.contains("error") ? body["error"] : json();
    EXPECT_TRUE(error.is_object() && error.value("code", "") == c.code) << res->body.substr(0, 300);
    EXPECT_LT(ms, 2000) << "took " << ms << " ms";
    expect_still_serving();
  }
}

TEST_F(HostileInputTest, WrongWriteTokenIsRefused) {
  auto res = client().Put("/v1/documents", {{"Authorization", "Bearer wrong-token"}},
                          ndjson(story("hostile-7")), "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 401);
  EXPECT_EQ(res->get_header_value("WWW-Authenticate"), "Bearer");
  auto no_scheme = client().Put("/v1/documents", {{"Authorization", kWriteToken}},
                                ndjson(story("hostile-7")), "application/x-ndjson");
  ASSERT_TRUE(no_scheme);
  EXPECT_EQ(no_scheme->status, 401);
  EXPECT_EQ(client().Get("/v1/documents/hostile-7")->status, 404) << "nothing was written";
}

// A 50 MB body is refused with 413 from its Content-Length: the server discards what it reads
// (constant memory) and answers once the client has sent it or stalls past the read timeout.
TEST_F(HostileInputTest, FiftyMegabyteBodyIsRefused) {
  constexpr std::size_t kBody = 50u << 20;
  RawConnection connection(server_->port());
  ASSERT_TRUE(connection.send(
      "PUT /v1/documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + std::string(kWriteToken) +
      "\r\nContent-Type: application/x-ndjson\r\nContent-Length: " + std::to_string(kBody) +
      "\r\n\r\n"));
  connection.send(repeated("x", 64 * 1024));
  const std::string answer = connection.receive_until_closed(std::chrono::seconds(5));
  EXPECT_EQ(status_of(answer), 413) << answer.substr(0, 300);
  EXPECT_NE(answer.find("payload_too_large"), std::string::npos) << answer.substr(0, 300);
  expect_still_serving();

  // The same through a client that sends it all.
  auto res =
      client().Put("/v1/documents", {{"Authorization", std::string("Bearer ") + kWriteToken}},
                   std::string(kBody, 'x'), "application/x-ndjson");
  if (res) {  // the server may close before the client has sent everything
    EXPECT_EQ(res->status, 413);
  }
  expect_still_serving();
}

// A body without a length (chunked, or read until the connection closes) could grow without
// bound: it is refused before it is read.
TEST_F(HostileInputTest, BodyWithoutLengthIsRefused) {
  RawConnection chunked(server_->port());
  ASSERT_TRUE(
      chunked.send("POST /v1/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                   "Transfer-Encoding: chunked\r\n\r\n4\r\n{\"q\"\r\n"));
  const std::string answer = chunked.receive_until_closed(std::chrono::seconds(3));
  EXPECT_EQ(status_of(answer), 411) << answer.substr(0, 300);
  EXPECT_NE(answer.find("length_required"), std::string::npos) << answer.substr(0, 300);
  expect_still_serving();
}

// A client that stops in the middle of its headers or its body is cut off by the read timeout
// with a 400, and others are served meanwhile.
TEST_F(HostileInputTest, StalledClientsAreCutOffByTheReadTimeout) {
  const std::vector<std::string> stalls = {
      "GET /v1/search?q=water HTTP/1.1\r\nHost: x\r\nX-Slow: ",
      "POST /v1/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Content-Length: 100\r\n\r\n{\"q\": \"wat",
  };
  for (const std::string& partial : stalls) {
    SCOPED_TRACE(partial);
    RawConnection slow(server_->port());
    // Byte by byte at first, as a slow client would.
    for (std::size_t i = 0; i < 20; ++i) ASSERT_TRUE(slow.send(partial.substr(i, 1)));
    ASSERT_TRUE(slow.send(partial.substr(20)));
    const auto started = Clock::now();
    expect_still_serving();
    const std::string answer =
        slow.receive_until_closed(std::chrono::seconds(kReadTimeoutSeconds + 2));
    const double s = std::chrono::duration<double>(Clock::now() - started).count();
    EXPECT_EQ(status_of(answer), 400) << "a stalled client was not cut off: " << answer;
    EXPECT_GE(s, kReadTimeoutSeconds - 0.5);
    expect_still_serving();
  }
}

// Static files: nothing outside web/ is ever served, however the path is spelled.
TEST_F(HostileInputTest, PathTraversalNeverLeavesTheWebFolder) {
  const std::vector<std::string> targets = {
      "/../CMakeLists.txt",
      "/../../etc/passwd",
      "/%2e%2e/CMakeLists.txt",
      "/%2E%2E/%2E%2E/etc/passwd",
      "/..%2fCMakeLists.txt",
      "/%2e%2e%2fCMakeLists.txt",
      "/.%2e/CMakeLists.txt",
      "/..%5cCMakeLists.txt",
      "/%252e%252e/CMakeLists.txt",
      "//etc/passwd",
      "/web/../../CMakeLists.txt",
      "/index.html/../../CMakeLists.txt",
      "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  };
  for (const std::string& target : targets) {
    SCOPED_TRACE(target);
    RawConnection connection(server_->port());
    ASSERT_TRUE(
        connection.send("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    const std::string answer = connection.receive_until_closed(std::chrono::seconds(3));
    const int status = status_of(answer);
    EXPECT_TRUE(status == 400 || status == 404) << answer.substr(0, 300);
    EXPECT_EQ(answer.find("cmake_minimum_required"), std::string::npos);
    EXPECT_EQ(answer.find("root:"), std::string::npos);
    expect_still_serving();
  }
}

}  // namespace
}  // namespace concord::testing
