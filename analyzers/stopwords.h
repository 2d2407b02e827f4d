// Function words that carry no topic: dropped from ranked queries, kept in the index for phrases.
#pragma once

#include <string_view>

namespace concord::analyzers {

/// True when `word` (a normalised Token::word) is a function word of `lang`.
bool is_stopword(std::string_view word, std::string_view lang);

}  // namespace concord::analyzers
