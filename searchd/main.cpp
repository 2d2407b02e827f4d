// concord-searchd: serves the search API and page over HTTP.
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

#include <CLI/CLI.hpp>

#include "searchd/engine.h"
#include "searchd/http_server.h"
#include "searchd/server_config.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

int fail(const std::string& message, int code) {
  std::cerr << "concord-searchd: " << message << "\n";
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  concord::search::ServerConfig config;
  config.web_dir = CONCORD_WEB_DIR;
  std::string config_file;
  CLI::App app{"concord-searchd: multilingual search over HTTP"};
  app.add_option("--config", config_file, "JSON configuration file; flags override it");
  auto* index = app.add_option("--index", config.index_path, "Index path");
  auto* host = app.add_option("--host", config.host, "Address to listen on");
  auto* port = app.add_option("--port", config.port, "Port (0: any free port)");
  auto* web = app.add_option("--web", config.web_dir, "Folder of the search page");
  auto* threads = app.add_option("--threads", config.threads, "Worker threads");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  if (!config_file.empty()) {
    // The file first, then the flags given on the command line over it.
    concord::search::ServerConfig from_file = config;
    if (auto loaded = concord::search::load_config_file(config_file, from_file); !loaded) {
      return fail(loaded.error().message, kExitUsage);
    }
    if (!*index) config.index_path = from_file.index_path;
    if (!*host) config.host = from_file.host;
    if (!*port) config.port = from_file.port;
    if (!*web) config.web_dir = from_file.web_dir;
    if (!*threads) config.threads = from_file.threads;
    config.max_body_bytes = from_file.max_body_bytes;
    config.read_timeout_seconds = from_file.read_timeout_seconds;
  }
  if (auto valid = concord::search::validate_config(config); !valid) {
    return fail(valid.error().message, kExitUsage);
  }

  // Signals are taken by one thread with sigwait, so the server stops cleanly.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto engine = concord::search::Engine::open(config.index_path);
  if (!engine) return fail(engine.error().message, kExitFailure);
  concord::search::HttpServer server(**engine, config);
  auto bound = server.bind();
  if (!bound) return fail(bound.error().message, kExitFailure);
  auto status = (*engine)->status();
  std::printf("concord-searchd: %zu documents, listening on http://%s:%d/\n",
              status ? status->documents : 0, config.host.c_str(), *bound);
  std::fflush(stdout);

  // stop() is a no-op until the server runs, so a signal that arrives while it is starting
  // is retried until run() returns.
  std::atomic<bool> finished{false};
  std::thread waiter([&] {
    int signal = 0;
    sigwait(&signals, &signal);
    while (!finished) {
      server.stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  });
  server.run();
  finished = true;
  pthread_kill(waiter.native_handle(), SIGTERM);  // wakes the waiter if the server stopped first
  waiter.join();
  return kExitOk;
}
