// concord-searchd: serves the search API and page over HTTP.
#include <malloc.h>
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

#include <CLI/CLI.hpp>

#include "indexer/live_writer.h"
#include "indexer/schema.h"
#include "searchd/engine.h"
#include "searchd/http/http_server.h"
#include "searchd/http/server_config.h"

namespace {

using concord::Result;
using concord::indexer::LiveWriter;
using concord::search::Engine;
using concord::search::HttpServer;
using concord::search::ServerConfig;

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

int fail(const std::string& message, int code) {
  std::cerr << "concord-searchd: " << message << "\n";
  return code;
}

// The flags' values, and which flags were given: only those override the configuration.
struct Flags {
  std::string config_file;
  ServerConfig values;
  CLI::Option* index = nullptr;
  CLI::Option* host = nullptr;
  CLI::Option* port = nullptr;
  CLI::Option* web = nullptr;
  CLI::Option* threads = nullptr;
  CLI::Option* shards = nullptr;
};

void add_flags(CLI::App& app, Flags& flags) {
  app.set_version_flag("--version", "concord-searchd " CONCORD_VERSION " (index schema " +
                                        std::to_string(concord::indexer::schema::kVersion) + ")");
  app.add_option("--config", flags.config_file, "JSON configuration file (see README)");
  ServerConfig& given = flags.values;
  flags.index = app.add_option("--index", given.index_path, "Index path");
  flags.host = app.add_option("--host", given.host, "Address to listen on");
  flags.port = app.add_option("--port", given.port, "Port (0: any free port)");
  flags.web = app.add_option("--web", given.web_dir, "Folder of the search page");
  flags.threads = app.add_option("--threads", given.threads, "Worker threads");
  flags.shards = app.add_option("--shard", given.shards,
                                "A shard to search, instead of --index: a local index path or "
                                "tcp://host:port (xapian-tcpsrv); repeat for each shard");
}

// Precedence: built-in defaults < configuration file < CONCORD_* environment < flags.
Result<ServerConfig> load_config(const Flags& flags) {
  ServerConfig config;
  config.web_dir = CONCORD_WEB_DIR;
  if (!flags.config_file.empty()) {
    if (auto loaded = concord::search::load_config_file(flags.config_file, config); !loaded) {
      return loaded.error();
    }
  }
  if (auto loaded = concord::search::load_config_env(config); !loaded) return loaded.error();
  if (*flags.index) config.index_path = flags.values.index_path;
  if (*flags.host) config.host = flags.values.host;
  if (*flags.port) config.port = flags.values.port;
  if (*flags.web) config.web_dir = flags.values.web_dir;
  if (*flags.threads) config.threads = flags.values.threads;
  if (*flags.shards) config.shards = flags.values.shards;
  if (auto valid = concord::search::validate_config(config); !valid) return valid.error();
  return config;
}

// Blocked in every thread, which inherit the mask from this one, and taken by one thread with
// sigwait, so the server stops cleanly.
sigset_t block_stop_signals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  return signals;
}

Result<std::unique_ptr<Engine>> open_engine(const ServerConfig& config) {
  concord::search::EngineOptions options;
  options.max_concurrent = config.search_slots > 0
                               ? static_cast<std::size_t>(config.search_slots)
                               : std::max(1u, std::thread::hardware_concurrency()) + 2;
  options.queue_wait = std::chrono::milliseconds(config.search_queue_ms);
  if (config.shards.empty()) return Engine::open(config.index_path, options);
  return Engine::open_shards(config.shards,
                             {config.shard_timeout_ms, config.shard_connect_timeout_ms}, options);
}

// The live writer of the write API, or null when no write token turns it on.
Result<std::unique_ptr<LiveWriter>> start_writer(const ServerConfig& config) {
  if (config.write_token.empty()) return std::unique_ptr<LiveWriter>();
  return LiveWriter::start({config.index_path, static_cast<std::size_t>(config.commit_every),
                            std::chrono::milliseconds(config.commit_interval_ms)});
}

void announce(Engine& engine, const ServerConfig& config, bool writing, int port) {
  auto status = engine.status();
  const std::string shards =
      config.shards.empty() ? "" : " in " + std::to_string(config.shards.size()) + " shards";
  std::printf("concord-searchd: %zu documents%s, write API %s, listening on http://%s:%d/\n",
              status ? status->documents : 0, shards.c_str(), writing ? "on" : "off",
              config.host.c_str(), port);
  std::fflush(stdout);
}

// Serves until SIGINT or SIGTERM. stop() is a no-op until the server runs, so a signal that
// arrives while it is starting is retried until run() returns.
void serve_until_signal(HttpServer& server, const sigset_t& signals) {
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
}

}  // namespace

int main(int argc, char** argv) {
  // glibc gives each of the many worker threads its own arena (up to 8 per core) and keeps what
  // a search freed in it: the sustained-load run grew by half. A few shared arenas suffice, as
  // only `search_slots` requests allocate much at once.
  mallopt(M_ARENA_MAX, 4);
  CLI::App app{"concord-searchd: multilingual search over HTTP"};
  Flags flags;
  add_flags(app, flags);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  auto config = load_config(flags);
  if (!config) return fail(config.error().message, kExitUsage);
  const sigset_t signals = block_stop_signals();
  auto engine = open_engine(*config);
  if (!engine) return fail(engine.error().message, kExitFailure);
  auto writer = start_writer(*config);
  if (!writer) return fail(writer.error().message, kExitFailure);
  HttpServer server(**engine, writer->get(), *config);
  auto bound = server.bind();
  if (!bound) return fail(bound.error().message, kExitFailure);
  announce(**engine, *config, *writer != nullptr, *bound);
  serve_until_signal(server, signals);
  if (*writer) (*writer)->stop();  // commits what is pending before the process ends
  return kExitOk;
}
