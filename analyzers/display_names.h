// Names a reader reads for codes the index stores: countries (ISO 3166-1) in the reader's language.
#pragma once

#include <string>
#include <string_view>

namespace concord::analyzers {

/// The name of the country `code` (ISO 3166-1 alpha-2, either case) in the reader's language
/// `ui_lang` (a BCP 47 tag; its primary language counts), from ICU's locale data: "MA" is
/// "Maroc" in fr, "المغرب" in ar. A language ICU has no name in gives the English name; a code
/// ICU does not name, or one that is not two letters, comes back as it was given. Thread-safe.
std::string country_name(std::string_view code, std::string_view ui_lang);

}  // namespace concord::analyzers
