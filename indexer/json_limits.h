// Parsing untrusted JSON: a bound on nesting, checked before the parser builds anything.
#pragma once

#include <cstddef>
#include <string_view>

#include <nlohmann/json.hpp>

namespace concord::indexer {

/// Deeper than any document or request needs; deep enough that no real client meets it.
inline constexpr std::size_t kMaxJsonDepth = 64;

/// True when no array or object in `text` is nested more than `max_depth` levels deep. Brackets
/// inside strings do not count. Linear, without recursion.
bool json_depth_within(std::string_view text, std::size_t max_depth = kMaxJsonDepth);

/// Parses `text` without exceptions: a discarded value when it is not JSON or nests deeper than
/// kMaxJsonDepth. Copying or comparing a value recurses once per level, so a 100,000-deep body
/// that the parser accepts would overflow the stack later.
nlohmann::json parse_untrusted_json(std::string_view text);

}  // namespace concord::indexer
