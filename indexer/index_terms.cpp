#include "indexer/index_terms.h"

#include <cctype>

#include "analyzers/cjk_bigrams.h"
#include "analyzers/stemmer.h"
#include "analyzers/text_normalizer.h"

namespace concord::indexer {

std::vector<IndexTerm> token_terms(const analyzers::Token& token, std::string_view lang) {
  std::vector<IndexTerm> terms = {{token.word, true}};
  if (!token.stem.empty()) terms.push_back({std::string(schema::kStemPrefix) + token.stem, true});
  // Other spellings' stems (stemmer.h) share the Z prefix: a query word searches all of its
  // stems as one OP_SYNONYM, so a document matches whichever spelling the query used.
  const std::vector<std::string> extras = analyzers::extra_stems(token.word, token.stem, lang);
  for (const std::string& extra : extras) {
    terms.push_back({std::string(schema::kStemPrefix) + extra, true});
  }
  for (const std::string& head : analyzers::stem_heads(token.stem, extras)) {
    terms.push_back({std::string(schema::kStemHeadPrefix) + head, false});
  }
  return terms;
}

std::vector<std::string> text_terms(std::string_view text) {
  std::vector<std::string> terms;
  for (const std::string& bigram : analyzers::cjk_bigrams(text)) {
    terms.push_back(std::string(schema::kBigramPrefix) + bigram);
  }
  return terms;
}

std::string filter_term(const schema::Field& field, std::string_view value) {
  if (field.values == schema::Values::kCourt) return std::string(field.prefix) + court_key(value);
  return filter_term(field.prefix, value);
}

std::string court_key(std::string_view court) {
  // Xapian terms hold at most 245 bytes; court names are far shorter.
  constexpr std::size_t kMaxKeyBytes = 200;
  const std::string folded = analyzers::normalize_word(court, "");
  std::string key;
  for (char c : folded) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space) {
      if (!key.empty() && key.back() != ' ') key.push_back(' ');
    } else {
      key.push_back(c);
    }
  }
  if (!key.empty() && key.back() == ' ') key.pop_back();
  if (key.size() > kMaxKeyBytes) {
    std::size_t cut = kMaxKeyBytes;
    while (cut > 0 && (static_cast<unsigned char>(key[cut]) & 0xC0) == 0x80) --cut;
    key.resize(cut);
  }
  return key;
}

std::string id_term(std::string_view id) {
  return std::string(schema::kIdPrefix) + std::string(id);
}

std::string filter_term(std::string_view prefix, std::string_view value) {
  std::string term(prefix);
  for (char c : value)
    term.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return term;
}

}  // namespace concord::indexer
