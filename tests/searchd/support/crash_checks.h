// Shared by the crash tests: the seed, and what must hold of an index after any crash.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "searchd/engine.h"
#include "tests/searchd/support/searchd_process.h"

namespace concord::testing {

/// The seed of the kill times: CONCORD_CRASH_SEED to replay a run, else a fixed one. Printed, so
/// a failure names the seed that reproduces it.
inline std::uint32_t crash_seed() {
  const char* given = std::getenv("CONCORD_CRASH_SEED");
  const std::uint32_t seed =
      given != nullptr ? static_cast<std::uint32_t>(std::strtoul(given, nullptr, 10)) : 20261121u;
  std::cout << "crash seed " << seed << " (set CONCORD_CRASH_SEED to replay)\n";
  ::testing::Test::RecordProperty("crash_seed", std::to_string(seed));
  return seed;
}

/// What a crash left at a live path.
struct LiveIndex {
  bool exists = false;
  std::string generation;  // the folder the link resolves to
  std::size_t documents = 0;
};

/// Checks that `live` is absent or a link to a complete generation beside it, which
/// xapian-check passes and the engine opens; returns what it found.
inline LiveIndex inspect_live(const std::filesystem::path& live) {
  namespace fs = std::filesystem;
  LiveIndex found;
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(live, ec))) return found;
  found.exists = true;
  EXPECT_TRUE(fs::is_symlink(live, ec)) << live << " is not a link";
  found.generation = fs::canonical(live, ec).string();
  EXPECT_FALSE(ec) << live << " is a dangling link: " << ec.message();
  if (ec) return found;
  EXPECT_TRUE(fs::path(found.generation)
                  .filename()
                  .string()
                  .starts_with(live.filename().string() + ".gen-"))
      << found.generation;
#ifdef CONCORD_XAPIAN_CHECK
  const ProgramResult check = run_program({CONCORD_XAPIAN_CHECK, found.generation});
  EXPECT_EQ(check.status, 0) << "xapian-check " << found.generation << ":\n"
                             << check.out << check.err;
#endif
  auto engine = search::Engine::open(live.string());
  EXPECT_TRUE(engine) << "the index does not open: " << engine.error().message;
  if (!engine) return found;
  auto status = (*engine)->status();
  EXPECT_TRUE(status) << status.error().message;
  if (status) found.documents = status->documents;
  return found;
}

/// The title stored for `id`, or "" when there is no such document.
inline std::string stored_title(search::Engine& engine, const std::string& id) {
  auto doc = engine.document(id);
  if (!doc) {
    EXPECT_EQ(doc.error().code, ErrorCode::kNotFound) << doc.error().message;
    return "";
  }
  return doc->value("title", "");
}

}  // namespace concord::testing
