// What the fuzz targets share: the bundled corpus, and temporary folders and indexes built from
// a slice of it once per process.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "indexer/theme_catalog.h"
#include "searchd/engine.h"

namespace concord::fuzz {

/// The themes of corpus/themes.json, loaded once.
const indexer::ThemeCatalog& corpus_themes();

/// A fresh temporary folder, removed when the process exits normally.
const std::filesystem::path& scratch_folder();

/// The live path of an index of the first `per_language` documents of each corpus language,
/// built on first call inside scratch_folder().
const std::string& small_index(std::size_t per_language);

/// An engine on small_index(5), opened on first call.
search::Engine& small_engine();

/// The fuzz input as text.
inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// Aborts (a crash libFuzzer reports) when an invariant the code promises does not hold.
void require(bool condition, const char* what);

}  // namespace concord::fuzz
