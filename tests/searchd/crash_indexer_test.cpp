// SIGKILL of `concord-indexer build` at random moments, on a fresh path and over a live index:
// the live link always names a complete generation (the old one or the new one), and the next
// build succeeds and clears what the killed ones left.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "tests/searchd/support/corpus_index.h"
#include "tests/searchd/support/crash_checks.h"

namespace concord::testing {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kTrials = 24;
constexpr std::size_t kCorpus = 497;
constexpr std::size_t kExtra = 1000;  // makes the bigger build last long enough to be hit

std::string extra_title(std::size_t n) {
  return "Crashproof zebrafinch " + std::to_string(n);
}

class IndexerCrashTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() / ("concord-crash-indexer-" + std::to_string(::getpid()));
    fs::remove_all(folder_);
    fs::create_directories(folder_);
    live_ = folder_ / "index";
    extra_ = (folder_ / "extra.jsonl").string();
    std::ofstream out(extra_);
    for (std::size_t n = 0; n < kExtra; ++n) {
      out << nlohmann::json{{"id", "crash-extra-" + std::to_string(n)},
                            {"kind", "story"},
                            {"lang", "en"},
                            {"title", extra_title(n)},
                            {"summary", "A generated story to make the build take a while."},
                            {"themes", {"green-innovation"}}}
                 .dump()
          << "\n";
    }
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(folder_, ec);
  }

  std::vector<std::string> build_argv(bool big) const {
    std::vector<std::string> argv = {CONCORD_INDEXER,        "build",    "--index",
                                     live_.string(),         "--themes", corpus_themes_path(),
                                     corpus_documents_path()};
    if (big) argv.push_back(extra_);
    return argv;
  }

  // The documents of a complete build of the small (corpus) or big (corpus + extra) input.
  static std::size_t expected(bool big) { return kCorpus + (big ? kExtra : 0); }

  // Checks the content too: a big index holds the generated stories, a small one none of them.
  void expect_content(std::size_t documents) const {
    auto engine = search::Engine::open(live_.string());
    ASSERT_TRUE(engine);
    const bool big = documents == expected(true);
    for (std::size_t n : {std::size_t{0}, kExtra / 2, kExtra - 1}) {
      EXPECT_EQ(stored_title(**engine, "crash-extra-" + std::to_string(n)),
                big ? extra_title(n) : "");
    }
  }

  // Files beside the live link other than it, its generation, the one before and the input.
  std::vector<std::string> leftovers(const std::string& current) const {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder_)) {
      const std::string path = entry.path().string();
      if (path == live_.string() || path == current || path == extra_) continue;
      names.push_back(entry.path().filename().string());
    }
    return names;
  }

  fs::path folder_;
  fs::path live_;
  std::string extra_;
};

TEST_F(IndexerCrashTest, KilledBuildsLeaveTheOldOrTheNewGenerationLive) {
  std::mt19937 random(crash_seed());
  // How long each build takes here, so that kill times spread over all of it. A build that
  // finishes before its kill shows the machine got faster (the first builds ran beside other
  // work): its kind's estimate shrinks to that delay, so later kills still land mid-build.
  long build_ms[2] = {0, 0};  // small, big
  for (const bool big : {true, false}) {
    const auto started = Clock::now();
    ASSERT_EQ(run_program(build_argv(big)).status, 0);
    build_ms[big] =
        std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started).count();
  }
  std::size_t live_documents = expected(false);
  int killed = 0;
  for (int trial = 0; trial < kTrials; ++trial) {
    SCOPED_TRACE("trial " + std::to_string(trial));
    if (trial % 4 == 0) {  // a first build, where no index exists yet
      fs::remove(live_);
      live_documents = 0;
    }
    const bool big = random() % 2 == 0;
    const long delay = std::uniform_int_distribution<long>(0, build_ms[big])(random);
    const pid_t pid = spawn_program(build_argv(big));
    std::this_thread::sleep_for(std::chrono::milliseconds(delay));
    int status = 0;
    const bool finished = ::waitpid(pid, &status, WNOHANG) == pid;
    if (finished) {
      build_ms[big] = std::max(1L, delay);
    } else {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      ++killed;
    }
    const bool published = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    const LiveIndex live = inspect_live(live_);
    if (published) {
      ASSERT_TRUE(live.exists);
      EXPECT_EQ(live.documents, expected(big)) << "a finished build must be live";
    } else if (live.exists) {
      EXPECT_TRUE(live.documents == live_documents || live.documents == expected(big))
          << live.documents << " documents: neither the old nor the new generation";
    } else {
      EXPECT_EQ(live_documents, 0u) << "a killed build took away the live index";
    }
    if (live.exists) {
      expect_content(live.documents);
      live_documents = live.documents;
    }
    if (HasFailure()) break;
  }
  std::cout << killed << " of " << kTrials << " builds killed; builds last about " << build_ms[0]
            << " ms (small) and " << build_ms[1] << " ms (big)\n";
  EXPECT_GT(killed, kTrials / 2);

  // The next build resumes cleanly and clears what the killed ones left behind.
  ASSERT_EQ(run_program(build_argv(false)).status, 0);
  const LiveIndex live = inspect_live(live_);
  EXPECT_EQ(live.documents, expected(false));
  expect_content(live.documents);
  const auto left = leftovers(live.generation);
  EXPECT_LE(left.size(), 1u) << "only the generation before the live one may stay: "
                             << ::testing::PrintToString(left);
}

}  // namespace
}  // namespace concord::testing
