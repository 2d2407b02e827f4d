#include "tests/searchd/support/searchd_process.h"

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <regex>
#include <stdexcept>
#include <thread>

#include <gtest/gtest.h>

namespace concord::testing {
namespace {

int exit_status(int status) {
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string read_all(std::FILE* file) {
  std::string text;
  std::rewind(file);
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, n);
  return text;
}

}  // namespace

void exec_child(std::vector<std::string> argv_strings, const Environment& env) {
  for (const auto& [name, value] : env) ::setenv(name.c_str(), value.c_str(), 1);
  std::vector<char*> argv;
  for (auto& s : argv_strings) argv.push_back(s.data());
  argv.push_back(nullptr);
  ::execv(argv[0], argv.data());
  ::_exit(127);
}

SearchdProcess::SearchdProcess(const std::vector<std::string>& args, const Environment& env) {
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
    exec_child(argv_strings, env);
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
  // searchd exits 0 on SIGTERM; anything else (a sanitizer report at exit, a crash while
  // stopping) fails the test that started it.
  const bool running = pid_ > 0;
  const int status = stop();
  if (running && status != 0) {
    ADD_FAILURE() << "concord-searchd exited with status " << status
                  << " when stopped (see its standard error, or build-asan/sanitizer-reports)";
  }
}

int SearchdProcess::stop() {
  if (pid_ <= 0) return -1;
  ::kill(pid_, SIGTERM);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
  return exit_status(status);
}

void SearchdProcess::kill_now() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGKILL);
  ::waitpid(pid_, nullptr, 0);
  pid_ = -1;
}

pid_t spawn_program(const std::vector<std::string>& argv) {
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, STDOUT_FILENO);
    ::dup2(null, STDERR_FILENO);
    exec_child(argv, {});
  }
  return pid;
}

ProgramResult run_program(const std::vector<std::string>& argv, const Environment& env,
                          std::chrono::milliseconds limit) {
  // Files, not pipes: a chatty program cannot block on a full pipe while we wait for it.
  std::FILE* out = std::tmpfile();
  std::FILE* err = std::tmpfile();
  if (out == nullptr || err == nullptr) throw std::runtime_error("tmpfile failed");
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    ::dup2(::fileno(out), STDOUT_FILENO);
    ::dup2(::fileno(err), STDERR_FILENO);
    exec_child(argv, env);
  }
  const auto deadline = std::chrono::steady_clock::now() + limit;
  int status = 0;
  while (::waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() >= deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ProgramResult result{exit_status(status), read_all(out), read_all(err)};
  std::fclose(out);
  std::fclose(err);
  return result;
}

}  // namespace concord::testing
