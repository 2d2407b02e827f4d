// A temporary index of the bundled corpus, built once per test program.
#pragma once

#include <string>

namespace concord::testing {

/// The live path of an index of corpus/, built on first call in a fresh temporary folder and
/// removed when the program exits.
const std::string& corpus_index_path();

}  // namespace concord::testing
