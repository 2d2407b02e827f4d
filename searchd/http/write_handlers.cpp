// Handlers of the write API: bearer token, then the live writer.
#include <chrono>

#include "searchd/http/handlers.h"
#include "searchd/http/http_errors.h"
#include "searchd/write/bulk_upsert.h"

namespace concord::search {
namespace {

constexpr std::chrono::seconds kWaitLimit{30};

// Compares every byte whatever the first difference, so timing does not reveal the token.
bool token_matches(std::string_view given, std::string_view expected) {
  unsigned char diff = given.size() == expected.size() ? 0 : 1;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const char g = i < given.size() ? given[i] : '\0';
    diff |= static_cast<unsigned char>(g ^ expected[i]);
  }
  return diff == 0;
}

// The write API answers only with a writer and the right "Authorization: Bearer <token>".
bool authorized(Services& services, const Request& req, Response& res) {
  if (services.writer == nullptr) {
    send_error(res, make_error(ErrorCode::kForbidden,
                               "the write API is off: configure write_token to enable it"));
    return false;
  }
  const std::string header = req.get_header_value("Authorization");
  constexpr std::string_view kBearer = "Bearer ";
  if (!header.starts_with(kBearer) ||
      !token_matches(std::string_view(header).substr(kBearer.size()),
                     services.config.write_token)) {
    res.set_header("WWW-Authenticate", "Bearer");
    send_error(res, make_error(ErrorCode::kUnauthorized, "missing or wrong bearer token"));
    return false;
  }
  return true;
}

bool wants_wait(const Request& req) {
  const std::string wait = req.get_param_value("wait");
  return wait == "true" || wait == "1";
}

// Waits for the commit when asked; says whether the change is searchable now.
bool wait_if_asked(Services& services, const Request& req, std::uint64_t sequence) {
  if (sequence == 0 || !wants_wait(req)) return false;
  return services.writer->wait_committed(sequence, kWaitLimit);
}

}  // namespace

void handle_put_documents(Services& services, const Request& req, Response& res) {
  if (!authorized(services, req, res)) return;
  auto themes = services.engine.themes();
  if (!themes) return send_error(res, themes.error());
  const indexer::ThemeCatalog catalog(std::move(themes).value());
  const BulkOutcome outcome = submit_bulk_upsert(req.body, catalog, *services.writer);
  if (outcome.lines.empty()) {
    return send_error(res, make_error(ErrorCode::kInvalidDocument,
                                      "the body holds no documents: send JSON Lines"));
  }
  nlohmann::json items = nlohmann::json::array();
  for (const LineOutcome& line : outcome.lines) {
    nlohmann::json item = {{"line", line.line}, {"status", line.error ? "rejected" : "accepted"}};
    if (!line.id.empty()) item["id"] = line.id;
    if (line.error) {
      item["error"] = {{"code", error_code_name(line.error->code)},
                       {"message", line.error->message}};
      if (!line.error->field.empty()) item["error"]["field"] = line.error->field;
    }
    items.push_back(std::move(item));
  }
  const bool committed = wait_if_asked(services, req, outcome.sequence);
  nlohmann::json body = {{"accepted", outcome.accepted},
                         {"rejected", outcome.rejected},
                         {"committed", committed},
                         {"items", std::move(items)}};
  if (outcome.accepted == 0) {  // nothing applied: an error, with the per-line reasons
    body["error"] = {{"code", "invalid_document"},
                     {"message", "no valid document: every line was rejected (see items)"}};
    return send_json(res, body, 400);
  }
  send_json(res, body, committed ? 200 : 202);
}

void handle_delete_document(Services& services, const Request& req, Response& res) {
  if (!authorized(services, req, res)) return;
  const std::string id = req.matches[1].str();
  // A document still waiting for its commit exists too: deleting it must not be refused.
  if (!services.writer->has_pending_upsert(id)) {
    auto existing = services.engine.document(id);
    if (!existing) return send_error(res, existing.error());
  }
  indexer::WriteOp op;
  op.kind = indexer::WriteOp::Kind::kDelete;
  op.id = id;
  std::vector<indexer::WriteOp> ops;
  ops.push_back(std::move(op));
  const std::uint64_t sequence = services.writer->submit(std::move(ops));
  const bool committed = wait_if_asked(services, req, sequence);
  send_json(res, {{"id", id}, {"status", "deleted"}, {"committed", committed}},
            committed ? 200 : 202);
}

}  // namespace concord::search
