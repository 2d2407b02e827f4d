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
/// and Portuguese, the reader's language, the detected one and, given the database searched,
/// the Latin-script languages of a large share of its documents (kCollectionLanguageShare).
/// Each word then matches its stem in any of them.
std::vector<std::string> query_languages(std::string_view text, std::string_view ui_lang,
                                         const Xapian::Database* db = nullptr);

/// A Latin-script language that holds this share of the documents searched joins every
/// Latin-script query's languages: in a collection mostly in German, "Anpassung Klimawandel"
/// from a reader whose page did not say German is still stemmed as German, as its documents are.
inline constexpr double kCollectionLanguageShare = 0.2;

/// `query`, with a fixed bonus for documents in `langs`. Left as it is when `db` holds no
/// document in them, or only such documents: the bonus would reorder nothing.
Xapian::Query prefer_languages(const Xapian::Query& query, const std::set<std::string>& langs,
                               const Xapian::Database* db);

/// `query` over the documents in `langs` only; left as it is in the same cases.
Xapian::Query in_languages(const Xapian::Query& query, const std::set<std::string>& langs,
                           const Xapian::Database* db);

}  // namespace concord::search
