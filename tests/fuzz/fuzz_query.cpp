// The query builder and Engine::search on arbitrary query text: the first byte picks the
// reader's language, cross-language matching and whether the text is also searched (a search
// with facets and snippets costs ~100 times the query build, so only half the inputs pay it);
// the rest is `q`. A malformed query is searched as plain words, so every search must succeed.
#include <array>
#include <cstdint>

#include "searchd/engine.h"
#include "searchd/query/query_builder.h"
#include "tests/fuzz/fuzz_support.h"

using concord::fuzz::require;
namespace s = concord::search;

namespace {

constexpr std::array<std::string_view, 7> kLangs = {"ar", "zh", "en", "fr", "ru", "es", "pt"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view ui_lang = kLangs[data[0] % kLangs.size()];
  const bool xlang = (data[0] & 0x80) != 0;
  const std::string_view text = concord::fuzz::as_text(data + 1, size - 1);

  static concord::analyzers::AnalyzerCache analyzers;
  const s::TextQuery built = s::build_text_query(text, ui_lang, analyzers, xlang);
  built.query.get_description();
  s::query_languages(text, ui_lang);

  if ((data[0] & 0x40) == 0) return 0;
  s::SearchRequest request;
  request.q = std::string(text);
  request.ui_lang = std::string(ui_lang);
  request.xlang = xlang;
  const auto response = concord::fuzz::small_engine().search(request);
  require(response.ok(), "a search for any text succeeds");
  return 0;
}
