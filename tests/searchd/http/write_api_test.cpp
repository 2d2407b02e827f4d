// The write API of concord-searchd, over HTTP: bearer token, bulk upserts, deletes, commits.
#include <gtest/gtest.h>
#include <httplib.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/searchd/support/searchd_fixture.h"

namespace concord::testing {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;

using Ids = std::vector<std::string>;

constexpr const char* kNdjson = "application/x-ndjson";

std::string line(const json& document) {
  return document.dump() + "\n";
}

// A valid story whose title holds a word that appears nowhere in the corpus.
json story(const std::string& id, const std::string& title) {
  return {{"id", id},
          {"kind", "story"},
          {"lang", "en"},
          {"title", title},
          {"themes", {"green-innovation"}}};
}

// A refused write: `status`, the error shape with `code`, and for 401 the challenge header.
void expect_refusal(const httplib::Result& res, int status, const std::string& code) {
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, status) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
  if (status == 401) {
    EXPECT_EQ(res->get_header_value("WWW-Authenticate"), "Bearer");
  }
  expect_error(nlohmann::json::parse(res->body, nullptr, false), code);
}

class WriteApiTest : public SearchdFixture {
 protected:
  void SetUp() override { start(base_config()); }

  httplib::Result put(const std::string& body, const std::string& query = "",
                      const httplib::Headers& headers = auth()) const {
    return client().Put("/v1/documents" + query, headers, body, kNdjson);
  }
  httplib::Result remove(const std::string& id, const std::string& query = "",
                         const httplib::Headers& headers = auth()) const {
    return client().Delete("/v1/documents/" + id + query, headers);
  }
};

TEST_F(WriteApiTest, RefusesRequestsWithoutTheRightToken) {
  const std::string body = line(story("write-auth-1", "Quokka orchard"));
  const std::vector<httplib::Headers> refused = {
      {},
      {{"Authorization", "Bearer wrong-token-0123456789"}},
      {{"Authorization", std::string("Bearer ") + std::string(kWriteToken).substr(1)}},
      {{"Authorization", std::string("Bearer ") + kWriteToken + "x"}},
      {{"Authorization", std::string("Basic ") + kWriteToken}},
  };
  for (const auto& headers : refused) {
    SCOPED_TRACE(headers.empty() ? "no Authorization" : headers.begin()->second);
    expect_refusal(put(body, "?wait=true", headers), 401, "unauthorized");
    expect_refusal(remove("profile-ar-001", "", headers), 401, "unauthorized");
  }
  // Nothing was written or deleted.
  get_json("/v1/documents/write-auth-1", 404);
  get_json("/v1/documents/profile-ar-001", 200);
  EXPECT_EQ(documents(), kCorpusDocuments);
}

TEST_F(WriteApiTest, IsForbiddenWithoutAConfiguredToken) {
  server_->stop();
  json config = base_config();
  config.erase("write_token");
  start(config);
  expect_refusal(put(line(story("write-off-1", "Quokka")), "?wait=true"), 403, "forbidden");
  expect_refusal(remove("profile-ar-001", "?wait=true"), 403, "forbidden");
  get_json("/v1/documents/profile-ar-001", 200);
  EXPECT_EQ(documents(), kCorpusDocuments);
}

TEST_F(WriteApiTest, WaitingBulkUpsertReportsEveryLineAndIsSearchableAtOnce) {
  const std::string body =
      line(story("write-ok-1", "Quokka beekeeping cooperative")) +
      line({{"id", "bad id!"}, {"kind", "story"}, {"title", "Bad identifier"}}) + "\n" +
      line(story("write-ok-2", "Wombat seed library")) +
      line({{"id", "write-bad-theme"},
            {"kind", "story"},
            {"title", "Unknown theme"},
            {"themes", {"no-such-theme"}}});
  auto res = put(body, "?wait=true");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const json reply = json::parse(res->body);
  EXPECT_EQ(reply["accepted"], 2);
  EXPECT_EQ(reply["rejected"], 2);
  EXPECT_EQ(reply["committed"], true);
  ASSERT_EQ(reply["items"].size(), 4u) << reply.dump();  // the blank line is not an item
  const json& items = reply["items"];
  EXPECT_EQ(items[0]["line"], 1);
  EXPECT_EQ(items[0]["status"], "accepted");
  EXPECT_EQ(items[0]["id"], "write-ok-1");
  EXPECT_EQ(items[1]["line"], 2);
  EXPECT_EQ(items[1]["status"], "rejected");
  EXPECT_EQ(items[1]["error"]["field"], "id");
  EXPECT_EQ(items[1]["error"]["code"], "invalid_document");
  EXPECT_TRUE(items[1]["error"]["message"].is_string());
  EXPECT_EQ(items[2]["line"], 4);
  EXPECT_EQ(items[2]["status"], "accepted");
  EXPECT_EQ(items[2]["id"], "write-ok-2");
  EXPECT_EQ(items[3]["line"], 5);
  EXPECT_EQ(items[3]["status"], "rejected");
  EXPECT_EQ(items[3]["id"], "write-bad-theme");
  EXPECT_EQ(items[3]["error"]["field"], "themes");

  // Searchable as soon as the answer arrives, with no polling.
  EXPECT_EQ(search_ids("quokka"), Ids{"write-ok-1"});
  EXPECT_EQ(search_ids("wombat"), Ids{"write-ok-2"});
  const json stored = get_json("/v1/documents/write-ok-2", 200);
  EXPECT_EQ(stored["title"], "Wombat seed library");
  EXPECT_EQ(stored["kind"], "story");
  get_json("/v1/documents/write-bad-theme", 404);
  EXPECT_EQ(documents(), kCorpusDocuments + 2);
}

TEST_F(WriteApiTest, UpsertOfAnExistingIdReplacesIt) {
  const json before = get_json("/v1/documents/profile-ar-001", 200);
  ASSERT_NE(before["title"], "Zebrafinch date palm cooperative");
  const json replacement = {{"id", "profile-ar-001"},
                            {"kind", "profile"},
                            {"lang", "en"},
                            {"title", "Zebrafinch date palm cooperative"}};
  auto res = put(line(replacement), "?wait=1");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(get_json("/v1/documents/profile-ar-001", 200)["title"],
            "Zebrafinch date palm cooperative");
  EXPECT_EQ(search_ids("zebrafinch"), Ids{"profile-ar-001"});
  EXPECT_EQ(documents(), kCorpusDocuments);  // replaced, not added
}

TEST_F(WriteApiTest, UpsertWithoutWaitIsAcceptedThenSearchableSoon) {
  auto res = put(line(story("write-async-1", "Pangolin honey traceability")));
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 202) << res->body;
  const json reply = json::parse(res->body);
  EXPECT_EQ(reply["accepted"], 1);
  EXPECT_EQ(reply["committed"], false);
  EXPECT_TRUE(poll_until(
      [&] {
        const auto ids = search_ids("pangolin");
        return ids == Ids{"write-async-1"};
      },
      2s));
  get_json("/v1/documents/write-async-1", 200);
}

TEST_F(WriteApiTest, BodiesWithNothingValidAreBadRequests) {
  const std::string bad_only =
      line({{"id", "bad id!"}, {"kind", "story"}, {"title", "Bad identifier"}}) +
      line({{"id", "write-no-kind"}, {"title", "No kind"}});
  auto res = put(bad_only, "?wait=true");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400) << res->body;
  const json reply = json::parse(res->body, nullptr, false);
  EXPECT_EQ(reply["accepted"], 0);
  EXPECT_EQ(reply["rejected"], 2);
  ASSERT_EQ(reply["items"].size(), 2u);
  EXPECT_EQ(reply["items"][1]["error"]["field"], "kind");

  for (const std::string body : {"", "\n  \n"}) {
    SCOPED_TRACE("body \"" + body + "\"");
    auto empty = put(body, "?wait=true");
    ASSERT_TRUE(empty);
    EXPECT_EQ(empty->status, 400);
    expect_error(json::parse(empty->body, nullptr, false), "invalid_document");
  }
  get_json("/v1/documents/write-no-kind", 404);
  EXPECT_EQ(documents(), kCorpusDocuments);
}

TEST_F(WriteApiTest, DeleteRemovesADocument) {
  ASSERT_TRUE(search_ids("quokka").empty());
  auto res = remove("profile-ar-001", "?wait=true");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const json reply = json::parse(res->body);
  EXPECT_EQ(reply["id"], "profile-ar-001");
  EXPECT_EQ(reply["status"], "deleted");
  EXPECT_EQ(reply["committed"], true);
  expect_error(get_json("/v1/documents/profile-ar-001", 404), "not_found");
  EXPECT_EQ(documents(), kCorpusDocuments - 1);

  for (const std::string id : {"profile-ar-001", "no-such-document"}) {
    SCOPED_TRACE(id);
    auto again = remove(id, "?wait=true");
    ASSERT_TRUE(again);
    EXPECT_EQ(again->status, 404);
    expect_error(json::parse(again->body, nullptr, false), "not_found");
  }
  EXPECT_EQ(documents(), kCorpusDocuments - 1);
}

TEST_F(WriteApiTest, DeleteWithoutWaitIsAcceptedThenApplied) {
  auto res = remove("profile-ar-002");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 202) << res->body;
  EXPECT_TRUE(poll_until(
      [&] {
        auto got = client().Get("/v1/documents/profile-ar-002");
        return got && got->status == 404;
      },
      2s));
}

// Changes apply in the order they are sent: a delete right after an accepted upsert removes it.
TEST_F(WriteApiTest, DeleteAfterAnAcceptedUpsertRemovesIt) {
  server_->stop();
  json config = base_config();
  config["commit_interval_ms"] = 60000;
  start(config);
  auto res = put(line(story("write-pending-1", "Okapi weaving collective")));
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 202) << res->body;
  auto removed = remove("write-pending-1", "?wait=true");
  ASSERT_TRUE(removed);
  EXPECT_EQ(removed->status, 200) << removed->body;
  get_json("/v1/documents/write-pending-1", 404);
  EXPECT_TRUE(search_ids("okapi").empty());
}

TEST_F(WriteApiTest, ShutdownCommitsPendingWrites) {
  server_->stop();
  json config = base_config();
  config["commit_interval_ms"] = 60000;
  config["commit_every"] = 1000;
  start(config);
  auto res = put(line(story("write-shutdown-1", "Capybara irrigation cooperative")));
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 202) << res->body;
  get_json("/v1/documents/write-shutdown-1", 404);  // pending: a minute before it is committed

  EXPECT_EQ(server_->stop(), 0);  // SIGTERM: a clean exit
  start(base_config());
  EXPECT_EQ(get_json("/v1/documents/write-shutdown-1", 200)["title"],
            "Capybara irrigation cooperative");
  EXPECT_EQ(search_ids("capybara"), Ids{"write-shutdown-1"});
  EXPECT_EQ(documents(), kCorpusDocuments + 1);
}

}  // namespace
}  // namespace concord::testing
