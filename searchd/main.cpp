// concord-searchd: serves the search API and page over HTTP.
#include <malloc.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <thread>

#include <CLI/CLI.hpp>

#include "indexer/live_writer.h"
#include "indexer/schema.h"
#include "searchd/engine.h"
#include "searchd/http/http_server.h"
#include "searchd/http/server_config.h"

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
  // glibc gives each of the many worker threads its own arena (up to 8 per core) and keeps what
  // a search freed in it: the sustained-load run grew by half. A few shared arenas suffice, as
  // only `search_slots` requests allocate much at once.
  mallopt(M_ARENA_MAX, 4);
  concord::search::ServerConfig config;
  config.web_dir = CONCORD_WEB_DIR;
  std::string config_file;
  concord::search::ServerConfig flags;
  CLI::App app{"concord-searchd: multilingual search over HTTP"};
  app.set_version_flag("--version", "concord-searchd " CONCORD_VERSION " (index schema " +
                                        std::to_string(concord::indexer::schema::kVersion) + ")");
  app.add_option("--config", config_file, "JSON configuration file (see README)");
  auto* index = app.add_option("--index", flags.index_path, "Index path");
  auto* host = app.add_option("--host", flags.host, "Address to listen on");
  auto* port = app.add_option("--port", flags.port, "Port (0: any free port)");
  auto* web = app.add_option("--web", flags.web_dir, "Folder of the search page");
  auto* threads = app.add_option("--threads", flags.threads, "Worker threads");
  auto* shards = app.add_option("--shard", flags.shards,
                                "A shard to search, instead of --index: a local index path or "
                                "tcp://host:port (xapian-tcpsrv); repeat for each shard");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  // Precedence: built-in defaults < configuration file < CONCORD_* environment < flags.
  if (!config_file.empty()) {
    if (auto loaded = concord::search::load_config_file(config_file, config); !loaded) {
      return fail(loaded.error().message, kExitUsage);
    }
  }
  if (auto loaded = concord::search::load_config_env(config); !loaded) {
    return fail(loaded.error().message, kExitUsage);
  }
  if (*index) config.index_path = flags.index_path;
  if (*host) config.host = flags.host;
  if (*port) config.port = flags.port;
  if (*web) config.web_dir = flags.web_dir;
  if (*threads) config.threads = flags.threads;
  if (*shards) config.shards = flags.shards;
  if (auto valid = concord::search::validate_config(config); !valid) {
    return fail(valid.error().message, kExitUsage);
  }

  // Signals are taken by one thread with sigwait, so the server stops cleanly.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  concord::search::EngineOptions options;
  options.max_concurrent = config.search_slots > 0
                               ? static_cast<std::size_t>(config.search_slots)
                               : std::max(1u, std::thread::hardware_concurrency()) + 2;
  options.queue_wait = std::chrono::milliseconds(config.search_queue_ms);
  auto engine =
      config.shards.empty()
          ? concord::search::Engine::open(config.index_path, options)
          : concord::search::Engine::open_shards(
                config.shards, {config.shard_timeout_ms, config.shard_connect_timeout_ms}, options);
  if (!engine) return fail(engine.error().message, kExitFailure);
  std::unique_ptr<concord::indexer::LiveWriter> writer;
  if (!config.write_token.empty()) {
    auto started = concord::indexer::LiveWriter::start(
        {config.index_path, static_cast<std::size_t>(config.commit_every),
         std::chrono::milliseconds(config.commit_interval_ms)});
    if (!started) return fail(started.error().message, kExitFailure);
    writer = std::move(started).value();
  }
  concord::search::HttpServer server(**engine, writer.get(), config);
  auto bound = server.bind();
  if (!bound) return fail(bound.error().message, kExitFailure);
  auto status = (*engine)->status();
  std::printf("concord-searchd: %zu documents%s, write API %s, listening on http://%s:%d/\n",
              status ? status->documents : 0,
              config.shards.empty()
                  ? ""
                  : (" in " + std::to_string(config.shards.size()) + " shards").c_str(),
              writer ? "on" : "off", config.host.c_str(), *bound);
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
  if (writer) writer->stop();  // commits what is pending before the process ends
  return kExitOk;
}
