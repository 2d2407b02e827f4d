#include "tests/searchd/support/tcpsrv_process.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <thread>

#include "tests/searchd/support/searchd_process.h"

namespace concord::testing {
namespace {

sockaddr_in loopback(int port) {
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return address;
}

// A port the kernel just gave out; another program may still take it before xapian-tcpsrv
// binds it, so the caller retries with a new one when the server exits.
int free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address = loopback(0);
  socklen_t size = sizeof address;
  if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) != 0) {
    if (fd >= 0) ::close(fd);
    throw std::runtime_error("no free port");
  }
  ::close(fd);
  return ntohs(address.sin_port);
}

bool accepts_connections(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return false;
  sockaddr_in address = loopback(port);
  const bool connected = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  ::close(fd);
  return connected;
}

}  // namespace

std::string TcpsrvProcess::program() {
  std::string path = "/usr/bin:/usr/local/bin";
  if (const char* env = std::getenv("PATH")) path = std::string(env) + ":" + path;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find(':', start);
    if (end == std::string::npos) end = path.size();
    const std::filesystem::path candidate =
        std::filesystem::path(path.substr(start, end - start)) / "xapian-tcpsrv";
    if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
    start = end + 1;
  }
  return "";
}

TcpsrvProcess::TcpsrvProcess(const std::string& index, int port) {
  // A chosen port may be in TIME_WAIT for a moment after a kill: retry it a few times too.
  for (int attempt = 0; attempt < 10; ++attempt) {
    if (start(index, port != 0 ? port : free_port())) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  throw std::runtime_error("xapian-tcpsrv did not start for " + index);
}

bool TcpsrvProcess::start(const std::string& index, int port) {
  const std::string binary = program();
  if (binary.empty()) throw std::runtime_error("xapian-tcpsrv is not installed");
  pid_ = ::fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    ::setpgid(0, 0);  // its own group, so kill() reaches the children it forks per connection
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, STDOUT_FILENO);
    ::dup2(null, STDERR_FILENO);
    exec_child(
        {binary, "--port", std::to_string(port), "--interface", "127.0.0.1", "--quiet", index}, {});
  }
  ::setpgid(pid_, pid_);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {  // it exited: the port was taken
      pid_ = -1;
      return false;
    }
    if (accepts_connections(port)) {
      port_ = port;
      return true;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill();
  return false;
}

TcpsrvProcess::~TcpsrvProcess() {
  kill();
}

std::string TcpsrvProcess::url() const {
  return "tcp://127.0.0.1:" + std::to_string(port_);
}

void TcpsrvProcess::kill() {
  if (pid_ <= 0) return;
  ::kill(-pid_, SIGKILL);
  ::waitpid(pid_, nullptr, 0);
  pid_ = -1;
}

void TcpsrvProcess::pause() {
  if (pid_ > 0) ::kill(-pid_, SIGSTOP);
}

void TcpsrvProcess::resume() {
  if (pid_ > 0) ::kill(-pid_, SIGCONT);
}

}  // namespace concord::testing
