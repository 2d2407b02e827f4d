// Xapian's own xapian-tcpsrv serving an index on a loopback port, for tests of remote shards.
#pragma once

#include <sys/types.h>

#include <string>

namespace concord::testing {

class TcpsrvProcess {
 public:
  /// The xapian-tcpsrv program found on PATH (or in /usr/bin), or "" when it is not installed.
  static std::string program();

  /// Serves `index` on 127.0.0.1:`port`, or on a free port when `port` is 0, and waits until it
  /// accepts connections. Throws when it does not start.
  explicit TcpsrvProcess(const std::string& index, int port = 0);
  ~TcpsrvProcess();
  TcpsrvProcess(const TcpsrvProcess&) = delete;
  TcpsrvProcess& operator=(const TcpsrvProcess&) = delete;

  int port() const { return port_; }
  /// The shard address searchd takes: tcp://127.0.0.1:port.
  std::string url() const;
  /// Kills the server and the children it forked for open connections (its process group).
  void kill();
  /// Stops (SIGSTOP) or continues (SIGCONT) the whole group: a server that accepts
  /// connections but never answers.
  void pause();
  void resume();

 private:
  bool start(const std::string& index, int port);
  pid_t pid_ = -1;
  int port_ = 0;
};

}  // namespace concord::testing
