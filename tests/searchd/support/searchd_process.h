// The real concord-searchd, started on a free loopback port for a test and stopped after it;
// and any program run to completion with its output captured.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace concord::testing {

/// Environment variables set for a child process, on top of the test's own environment.
using Environment = std::vector<std::pair<std::string, std::string>>;

class SearchdProcess {
 public:
  /// Starts concord-searchd with `--port 0 --host 127.0.0.1` plus `args` (and `env`), and waits
  /// until it prints the port it listens on. Throws when it does not start.
  explicit SearchdProcess(const std::vector<std::string>& args, const Environment& env = {});
  ~SearchdProcess();
  SearchdProcess(const SearchdProcess&) = delete;
  SearchdProcess& operator=(const SearchdProcess&) = delete;

  int port() const { return port_; }
  /// Sends SIGTERM and returns the exit status (as from waitpid's WEXITSTATUS), or -1.
  int stop();
  /// Sends SIGKILL, as a crash would, and reaps the process.
  void kill_now();

 private:
  pid_t pid_ = -1;
  int port_ = 0;
};

struct ProgramResult {
  int status = -1;  // the exit status, or -1 when the program did not exit normally
  std::string out;
  std::string err;
};

/// In a child after fork: adds `env` and replaces the process with `argv` (argv[0] is a path).
[[noreturn]] void exec_child(std::vector<std::string> argv, const Environment& env);

/// Runs `argv` (argv[0] is the program's path) with `env` added, waits for it to end, and
/// returns its exit status, standard output and standard error. A program still running after
/// `limit` is killed and reported with status -1.
ProgramResult run_program(const std::vector<std::string>& argv, const Environment& env = {},
                          std::chrono::milliseconds limit = std::chrono::seconds(60));

/// Starts `argv` with its output discarded and returns its process id; the caller reaps it with
/// waitpid.
pid_t spawn_program(const std::vector<std::string>& argv);

}  // namespace concord::testing
