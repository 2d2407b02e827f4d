// The real concord-searchd, started on a free loopback port for a test and stopped after it.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace concord::testing {

class SearchdProcess {
 public:
  /// Starts concord-searchd with `--port 0 --host 127.0.0.1` plus `args`, and waits until it
  /// prints the port it listens on. Throws when it does not start.
  explicit SearchdProcess(const std::vector<std::string>& args);
  ~SearchdProcess();
  SearchdProcess(const SearchdProcess&) = delete;
  SearchdProcess& operator=(const SearchdProcess&) = delete;

  int port() const { return port_; }
  /// Sends SIGTERM and returns the exit status (as from waitpid's WEXITSTATUS), or -1.
  int stop();

 private:
  pid_t pid_ = -1;
  int port_ = 0;
};

}  // namespace concord::testing
