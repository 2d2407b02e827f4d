#include "searchd/write/bulk_upsert.h"

#include <nlohmann/json.hpp>

#include "indexer/document.h"
#include "indexer/json_limits.h"

namespace concord::search {

BulkOutcome submit_bulk_upsert(std::string_view body, const indexer::ThemeCatalog& themes,
                               indexer::LiveWriter& writer) {
  BulkOutcome outcome;
  std::vector<indexer::WriteOp> ops;
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start < body.size()) {
    std::size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    const std::string_view line = body.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    LineOutcome result{line_number, {}, std::nullopt};
    auto doc = indexer::parse_document(line, themes);
    if (doc) {
      result.id = doc->id;
      ops.push_back({indexer::WriteOp::Kind::kUpsert, std::move(doc).value(), {}});
      ++outcome.accepted;
    } else {
      const auto object = indexer::parse_untrusted_json(line);
      if (object.is_object() && object.contains("id") && object["id"].is_string()) {
        result.id = object["id"].get<std::string>();
      }
      result.error = doc.error();
      ++outcome.rejected;
    }
    outcome.lines.push_back(std::move(result));
  }
  if (!ops.empty()) outcome.sequence = writer.submit(std::move(ops));
  return outcome;
}

}  // namespace concord::search
