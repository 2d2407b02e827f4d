#include "indexer/spelling.h"

#include <cctype>
#include <string>

namespace concord::indexer {
namespace {

// Letters only, at least three characters, and not Han: numbers, codes and short words make
// poor corrections.
bool spellable(const std::string& word) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (c < 0x80 && !std::isalpha(c)) return false;
    if (c >= 0xE3 && c <= 0xE9) return false;  // lead bytes of CJK ideographs and kana
    if ((c & 0xC0) != 0x80) ++chars;
  }
  return chars >= 3;
}

}  // namespace

// Reads the words from the built document rather than analysing the text again: the build
// analyses in parallel threads and only this writer thread may touch the database.
void add_spellings(Xapian::WritableDatabase& db, const Xapian::Document& xdoc) {
  for (auto it = xdoc.termlist_begin(); it != xdoc.termlist_end(); ++it) {
    const std::string term = *it;
    // Prefixed terms (ids, stems, filters, bigrams) start with a capital; words never do.
    if (term.empty() || (term[0] >= 'A' && term[0] <= 'Z')) continue;
    if (spellable(term)) db.add_spelling(term);
  }
}

}  // namespace concord::indexer
