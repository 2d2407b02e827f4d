// The route table as clients meet it: 405 with an Allow header for a method a path does not
// take, metrics labels only from the table, and one parse for every JSON body.
#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "searchd/http/routes.h"
#include "tests/searchd/support/raw_http.h"
#include "tests/searchd/support/shared_searchd.h"

namespace concord::testing {
namespace {

using nlohmann::json;
using namespace std::chrono_literals;

constexpr const char* kOrigin = "https://members.example.org";

class RoutesTest : public SharedSearchd<RoutesTest> {
 protected:
  static void SetUpTestSuite() {
    start({{"web_dir", std::string(CONCORD_SOURCE_DIR) + "/web"},
           {"cors_origins", {kOrigin}},
           {"access_log", false}});
  }
};

struct RawAnswer {
  int status = 0;
  std::string head;  // status line and headers
  std::string body;
};

// Sends `request_line` with no body and no Content-Length, as `curl -X PUT URL` does.
RawAnswer send_raw(int port, const std::string& request_line) {
  RawConnection connection(port);
  connection.send(request_line + "\r\nHost: x\r\nConnection: close\r\n\r\n");
  // cpp-httplib keeps the connection open after refusing a request line it cannot parse.
  const std::string raw = connection.receive_response(5s);
  const std::size_t end = raw.find("\r\n\r\n");
  if (end == std::string::npos) return {status_of(raw), raw, ""};
  return {status_of(raw), raw.substr(0, end + 2), raw.substr(end + 4)};
}

std::string header(const RawAnswer& answer, const std::string& name) {
  const std::string key = "\r\n" + name + ": ";
  const std::size_t at = answer.head.find(key);
  if (at == std::string::npos) return "";
  const std::size_t start = at + key.size();
  return answer.head.substr(start, answer.head.find("\r\n", start) - start);
}

// Request counts by label, summed over statuses, from /metrics.
std::map<std::string, long> counts_by_label(httplib::Client client) {
  std::map<std::string, long> counts;
  auto res = client.Get("/metrics");
  if (!res || res->status != 200) return counts;
  const std::regex line(R"re(concord_http_requests_total\{route="([^"]*)",status="\d+"\} (\d+))re");
  for (auto it = std::sregex_iterator(res->body.begin(), res->body.end(), line);
       it != std::sregex_iterator(); ++it) {
    counts[(*it)[1]] += std::stol((*it)[2]);
  }
  return counts;
}

std::set<std::string> labels_of(const std::map<std::string, long>& counts) {
  std::set<std::string> labels;
  for (const auto& [label, count] : counts) labels.insert(label);
  return labels;
}

TEST_F(RoutesTest, MethodNotAllowedNamesTheMethodsThePathTakes) {
  struct Case {
    std::string request;
    std::string allow;
  };
  // The write API's methods are listed though it is off here: the route exists, and answers 403.
  const std::vector<Case> cases = {
      {"PUT /v1/search HTTP/1.1", "GET, HEAD, POST, OPTIONS"},  // was 411: no body length
      {"DELETE /v1/search HTTP/1.1", "GET, HEAD, POST, OPTIONS"},
      {"POST /v1/themes HTTP/1.1", "GET, HEAD, OPTIONS"},
      {"PATCH /v1/documents/x HTTP/1.1", "GET, HEAD, DELETE, OPTIONS"},
      {"POST /v1/documents HTTP/1.1", "PUT, OPTIONS"},
      {"GET /v1/match HTTP/1.1", "POST, OPTIONS"},
      {"POST /v1/documents/x/similar HTTP/1.1", "GET, HEAD, OPTIONS"},
      {"TRACE /healthz HTTP/1.1", "GET, HEAD, OPTIONS"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.request);
    const RawAnswer answer = send_raw(server_->port(), c.request);
    EXPECT_EQ(answer.status, 405) << answer.head << answer.body;
    EXPECT_EQ(header(answer, "Allow"), c.allow);
    EXPECT_EQ(header(answer, "Content-Type"), "application/json");
    expect_error(json::parse(answer.body, nullptr, false), "method_not_allowed");
  }
  // What the paths do take is served as before: HEAD with GET, preflights on any path.
  EXPECT_EQ(send_raw(server_->port(), "HEAD /v1/search?q=water HTTP/1.1").status, 200);
  auto preflight = client().Options("/v1/search", {{"Origin", kOrigin}});
  ASSERT_TRUE(preflight);
  EXPECT_EQ(preflight->status, 204);
  // Paths outside the table are not 405: unknown ones are 404 whatever the method.
  EXPECT_EQ(client().Put("/v1/nothing-here", "{}", "application/json")->status, 404);
  EXPECT_EQ(client().Delete("/v1/nothing-here")->status, 404);
}

// A 405 comes before the body is read; the answer closes the connection, so the body is never
// read as the client's next request.
TEST_F(RoutesTest, AKeepAliveClientGoesOnAfterA405WithABody) {
  httplib::Client http = client();
  http.set_keep_alive(true);
  for (int i = 0; i < 3; ++i) {
    auto refused = http.Put("/v1/search", R"({"q": "water"})", "application/json");
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 405);
    EXPECT_EQ(refused->get_header_value("Connection"), "close");
    auto next = http.Get("/healthz");
    ASSERT_TRUE(next);
    EXPECT_EQ(next->status, 200);
  }
}

TEST_F(RoutesTest, ClientsCannotAddMetricsLabels) {
  std::set<std::string> known = {std::string(search::kOtherLabel),
                                 std::string(search::kStaticLabel),
                                 std::string(search::kPreflightLabel)};
  for (const search::Route& route : search::routes()) known.insert(route.label);
  // Made-up methods (refused by cpp-httplib before routing), methods a path does not take,
  // unknown paths and missing files: each round asks new names.
  auto round = [&](int n) {
    const std::string i = std::to_string(n);
    for (const std::string& request :
         {"QAMETHOD" + i + " /v1/search HTTP/1.1", "qamethod" + i + " /static HTTP/1.1",
          "get /v1/no-such-" + i + " HTTP/1.1", std::string("PUT /v1/search HTTP/1.1"),
          "GET /v1/no-such-" + i + " HTTP/1.1", "POST /no-such-" + i + " HTTP/1.1",
          "GET /no-such-file-" + i + ".html HTTP/1.1"}) {
      send_raw(server_->port(), request);
    }
  };
  auto others = [&] { return counts_by_label(client())[std::string(search::kOtherLabel)]; };
  // Counted after the answer is sent, so waited for. cpp-httplib may count a refused request
  // line twice (it reads what follows as another request), so the counts are lower bounds.
  const long start = others();
  round(1);
  ASSERT_TRUE(poll_until([&] { return others() >= start + 7; }, 2s)) << others() - start;
  const std::set<std::string> before = labels_of(counts_by_label(client()));
  const long middle = others();
  round(2);
  ASSERT_TRUE(poll_until([&] { return others() >= middle + 7; }, 2s)) << others() - middle;
  const std::set<std::string> after = labels_of(counts_by_label(client()));
  EXPECT_EQ(before, after);
  for (const std::string& label : after) EXPECT_TRUE(known.contains(label)) << label;
}

TEST_F(RoutesTest, EveryRouteCountsUnderItsOwnLabel) {
  ASSERT_EQ(client().Get("/v1/suggest?q=pat")->status, 200);
  ASSERT_EQ(
      client().Post("/v1/match", R"({"text": "solar cold rooms"})", "application/json")->status,
      200);
  ASSERT_EQ(client().Get("/v1/documents/need-en-001/similar")->status, 200);
  ASSERT_EQ(client().Get("/index.html")->status, 200);
  ASSERT_EQ(client().Options("/v1/match", {{"Origin", kOrigin}})->status, 204);
  const std::vector<std::string> labels = {"GET /v1/suggest", "POST /v1/match",
                                           "GET /v1/documents/{id}/similar", "static", "OPTIONS"};
  std::map<std::string, long> counts;
  const bool all = poll_until(
      [&] {
        counts = counts_by_label(client());
        for (const std::string& label : labels) {
          if (counts[label] == 0) return false;
        }
        return true;
      },
      2s);
  EXPECT_TRUE(all);
  for (const std::string& label : labels) EXPECT_GT(counts[label], 0) << label;
}

// The routes that take a JSON body parse it the same way: one error for a body that is not
// JSON, one for a body nested too deep, whatever the route.
TEST_F(RoutesTest, EveryJsonBodyIsParsedTheSameWay) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const std::string deep_object = [] {
    std::string text;
    for (int i = 0; i < 100; ++i) text += R"({"text":)";
    return text + "1" + std::string(100, '}');
  }();
  for (const std::string& body : {std::string("{not json"), std::string(""), deep, deep_object}) {
    SCOPED_TRACE(body.substr(0, 20));
    json first;
    for (const char* path : {"/v1/search", "/v1/analyze", "/v1/match"}) {
      auto res = client().Post(path, body, "application/json");
      ASSERT_TRUE(res) << path;
      EXPECT_EQ(res->status, 400) << path;
      const json error = json::parse(res->body, nullptr, false);
      expect_error(error, "invalid_parameter");
      if (first.is_null()) first = error;
      EXPECT_EQ(error, first) << path;
    }
  }
}

}  // namespace
}  // namespace concord::testing
