#include "tests/searchd/searchd_process.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <regex>
#include <stdexcept>

namespace concord::testing {

SearchdProcess::SearchdProcess(const std::vector<std::string>& args) {
  int out[2];
  if (::pipe(out) != 0) throw std::runtime_error("pipe failed");
  std::vector<std::string> argv_strings = {CONCORD_SEARCHD, "--host", "127.0.0.1", "--port", "0"};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  pid_ = ::fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    ::dup2(out[1], STDOUT_FILENO);
    ::close(out[0]);
    ::close(out[1]);
    std::vector<char*> argv;
    for (auto& s : argv_strings) argv.push_back(s.data());
    argv.push_back(nullptr);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  ::close(out[1]);
  FILE* stream = ::fdopen(out[0], "r");
  char line[512];
  const std::regex listening(R"(listening on http://127\.0\.0\.1:(\d+)/)");
  std::cmatch m;
  while (std::fgets(line, sizeof line, stream) != nullptr) {
    if (std::regex_search(line, m, listening)) {
      port_ = std::stoi(m[1].str());
      break;
    }
  }
  std::fclose(stream);  // later output goes nowhere; searchd logs to stderr
  if (port_ == 0) {
    stop();
    throw std::runtime_error("concord-searchd did not start");
  }
}

SearchdProcess::~SearchdProcess() {
  stop();
}

int SearchdProcess::stop() {
  if (pid_ <= 0) return -1;
  ::kill(pid_, SIGTERM);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace concord::testing
