// Which languages a query is analysed in, and how documents in its language are preferred.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace concord::search {

/// Languages whose analysis is applied to a query: Han as Chinese (as Japanese for a Japanese
/// reader), kana as Japanese, Hangul as Korean; another non-Latin script as the reader's
/// language when it is written in it, else the detected one, else the script's (Arabic,
/// Russian); Latin-script queries, mostly too short to identify, as English, French, Spanish
/// and Portuguese, the reader's language and the detected one. Each word then matches its stem
/// in any of them.
std::vector<std::string> query_languages(std::string_view text, std::string_view ui_lang);

/// `query`, with a fixed bonus for documents in `langs`. Left as it is when `db` holds no
/// document in them, or only such documents: the bonus would reorder nothing.
Xapian::Query prefer_languages(const Xapian::Query& query, const std::set<std::string>& langs,
                               const Xapian::Database* db);

/// `query` over the documents in `langs` only; left as it is in the same cases.
Xapian::Query in_languages(const Xapian::Query& query, const std::set<std::string>& langs,
                           const Xapian::Database* db);

}  // namespace concord::search
