// Search request decoding from arbitrary bytes, read either as a query string (first byte
// even) or as a JSON body (first byte odd). A decoded request must be one the engine accepts.
#include <cstdint>

#include <nlohmann/json.hpp>

#include "searchd/engine.h"
#include "searchd/http/wire/request_decoder.h"
#include "tests/fuzz/fuzz_support.h"

using concord::fuzz::require;
namespace s = concord::search;

namespace {

// Splits "a=1&b=2" the way a server hands over decoded parameters; bytes stay as they are.
s::Params split_query_string(std::string_view text) {
  s::Params params;
  while (!text.empty()) {
    const std::size_t amp = text.find('&');
    const std::string_view pair = text.substr(0, amp);
    const std::size_t eq = pair.find('=');
    params.emplace_back(std::string(pair.substr(0, eq)),
                        eq == std::string_view::npos ? "" : std::string(pair.substr(eq + 1)));
    if (amp == std::string_view::npos) break;
    text.remove_prefix(amp + 1);
  }
  return params;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view text = concord::fuzz::as_text(data + 1, size - 1);
  s::Params params;
  if (data[0] % 2 == 0) {
    params = split_query_string(text);
  } else {
    const auto body = nlohmann::json::parse(text, nullptr, false);
    if (body.is_discarded()) return 0;
    auto from_json = s::params_from_json(body);
    if (!from_json) return 0;
    params = std::move(from_json).value();
  }
  auto request = s::decode_search_request(params);
  if (!request) {
    require(!request.error().message.empty(), "a rejection says why");
    return 0;
  }
  require(s::is_valid_utf8(request->q), "a decoded query is valid UTF-8");
  auto response = concord::fuzz::small_engine().search(*request);
  require(response.ok() || response.error().code != concord::ErrorCode::kInternal,
          "a decoded request never fails inside the engine");
  return 0;
}
