#include "analyzers/display_names.h"

#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include <array>

#include "analyzers/icu_text.h"
#include "analyzers/language_tag.h"

namespace concord::analyzers {
namespace {

bool is_alpha2(std::string_view code) {
  auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  return code.size() == 2 && letter(code[0]) && letter(code[1]);
}

// The C API, not icu::Locale::getDisplayCountry: only it says when ICU fell back to the
// process's default locale (a language it has no data for), which would make a name depend
// on the server's LANG.
std::string display_country(const std::string& locale, const std::string& in_lang,
                            bool& used_default) {
  std::array<UChar, 256> buffer{};
  UErrorCode status = U_ZERO_ERROR;
  const int32_t length = uloc_getDisplayCountry(locale.c_str(), in_lang.c_str(), buffer.data(),
                                                static_cast<int32_t>(buffer.size()), &status);
  used_default = status == U_USING_DEFAULT_WARNING;
  if (U_FAILURE(status) || length <= 0) return {};
  return to_utf8(icu::UnicodeString(buffer.data(), length));
}

}  // namespace

std::string country_name(std::string_view code, std::string_view ui_lang) {
  if (!is_alpha2(code)) return std::string(code);
  std::string region(code);
  for (char& c : region) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  const std::string locale = "und_" + region;
  const std::string primary = primary_language(ui_lang);
  bool used_default = false;
  std::string name =
      is_language_code(primary) ? display_country(locale, primary, used_default) : std::string();
  // ICU gives back the code itself for a region it has no name for in that language.
  if (used_default || name.empty() || name == region) {
    name = display_country(locale, "en", used_default);
  }
  if (name.empty() || name == region) return std::string(code);
  return name;
}

}  // namespace concord::analyzers
