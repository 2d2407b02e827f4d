#include "indexer/spelling.h"

#include <algorithm>

namespace concord::indexer {
namespace {

// Letters only, at least three characters, and not Han: numbers, codes and short words make
// poor corrections.
bool spellable(const analyzers::Token& token) {
  if (token.subword) return false;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < token.word.size(); ++i) {
    const auto c = static_cast<unsigned char>(token.word[i]);
    if (c < 0x80 && !std::isalpha(c)) return false;
    if (c >= 0xE3 && c <= 0xE9) return false;  // lead bytes of CJK ideographs and kana
    if ((c & 0xC0) != 0x80) ++chars;
  }
  return chars >= 3;
}

}  // namespace

void add_spellings(Xapian::WritableDatabase& db, const Document& doc,
                   analyzers::AnalyzerCache& analyzers) {
  const analyzers::Analyzer& analyzer = analyzers.get(doc.lang);
  for (const std::string* text : {&doc.title, &doc.summary, &doc.body}) {
    for (const analyzers::Token& token : analyzer.analyze(*text)) {
      if (spellable(token)) db.add_spelling(token.word);
    }
  }
}

}  // namespace concord::indexer
