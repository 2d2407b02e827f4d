// concord-load: drives a running searchd with a mix of requests over keep-alive connections and
// reports throughput, failed requests, latency percentiles and the server's memory.
#include <atomic>
#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <random>
#include <thread>

#include <httplib.h>
#include <CLI/CLI.hpp>

#include "bench/latency.h"

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kErrorSamples = 5;
constexpr std::size_t kIdsPerConnection = 200;  // writes upsert a bounded set of ids

struct Options {
  std::string host = "127.0.0.1";
  int port = 0;
  std::string queries_path;
  int connections = 32;
  double seconds = 10;
  bool once = false;
  std::string mix = "search=1";
  std::string token;
  int pid = 0;
};

struct Op {
  std::string name;
  double weight = 0;
};

std::vector<Op> parse_mix(const std::string& mix) {
  static const std::vector<std::string> known = {"search", "facets", "suggest", "write"};
  std::vector<Op> ops;
  std::size_t start = 0;
  while (start < mix.size()) {
    std::size_t end = mix.find(',', start);
    if (end == std::string::npos) end = mix.size();
    const std::string item = mix.substr(start, end - start);
    const std::size_t eq = item.find('=');
    Op op{item.substr(0, eq), eq == std::string::npos ? 1.0 : std::stod(item.substr(eq + 1))};
    if (std::find(known.begin(), known.end(), op.name) == known.end() || op.weight < 0) {
      throw std::runtime_error("--mix: unknown or negative item \"" + item + "\"");
    }
    ops.push_back(op);
    start = end + 1;
  }
  if (ops.empty()) throw std::runtime_error("--mix is empty");
  return ops;
}

std::string url_encode(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// The first `n` UTF-8 characters: what a user has typed when suggestions are asked for.
std::string utf8_prefix(const std::string& s, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t chars = 0; i < s.size() && chars < n; ++chars) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return s.substr(0, i);
}

double rss_mb(int pid) {
  if (pid <= 0) return 0;
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  }
  return 0;
}

struct OpStats {
  std::vector<double> samples;
  std::size_t errors = 0;
};

struct Shared {
  Shared(const Options& o, const std::vector<Op>& op_mix, const std::vector<std::string>& texts)
      : options(o), ops(op_mix), queries(texts) {}
  const Options& options;
  const std::vector<Op>& ops;
  const std::vector<std::string>& queries;
  Clock::time_point deadline;
  std::atomic<std::size_t> next{0};
  std::mutex mutex;
  std::map<std::string, OpStats> stats;
  std::vector<std::string> error_samples;
};

httplib::Result request(httplib::Client& client, const Options& options, const std::string& op,
                        const std::string& q, const std::string& doc_id) {
  if (op == "search" || op == "facets") {
    std::string path = "/v1/search?ui_lang=zh&q=" + url_encode(q);
    if (op == "search") path += "&facets=";
    return client.Get(path);
  }
  if (op == "suggest") {
    return client.Get("/v1/suggest?ui_lang=zh&limit=8&q=" + url_encode(utf8_prefix(q, 2)));
  }
  const nlohmann::json doc = {{"id", doc_id},
                              {"kind", "decision"},
                              {"lang", "zh"},
                              {"title", q},
                              {"body", q + "。本条为负载测试写入的文档。"}};
  return client.Put("/v1/documents", {{"Authorization", "Bearer " + options.token}},
                    doc.dump() + "\n", "application/x-ndjson");
}

// One request; returns an error description, or "" on success.
std::string send(httplib::Client& client, const Options& options, const std::string& op,
                 const std::string& q, const std::string& doc_id) {
  const httplib::Result result = request(client, options, op, q, doc_id);
  if (!result) return op + ": " + httplib::to_string(result.error());
  if (result->status < 200 || result->status >= 300) {
    return op + ": HTTP " + std::to_string(result->status) + " " + result->body.substr(0, 200);
  }
  return "";
}

void connection(Shared& shared, int index) {
  httplib::Client client(shared.options.host, shared.options.port);
  client.set_keep_alive(true);
  client.set_tcp_nodelay(true);
  client.set_connection_timeout(5);
  client.set_read_timeout(30);
  std::mt19937 rng(static_cast<unsigned>(index) * 7919u + 1u);
  std::vector<double> weights;
  for (const Op& op : shared.ops) weights.push_back(op.weight);
  std::discrete_distribution<std::size_t> pick(weights.begin(), weights.end());
  std::map<std::string, OpStats> local;
  std::vector<std::string> errors;
  for (std::size_t n = 0;; ++n) {
    std::size_t qi = 0;
    if (shared.options.once) {
      qi = shared.next++;
      if (qi >= shared.queries.size()) break;
    } else {
      if (Clock::now() >= shared.deadline) break;
      qi = (n * shared.options.connections + index) % shared.queries.size();
    }
    const std::string& op = shared.ops[pick(rng)].name;
    const std::string doc_id =
        "bench-w" + std::to_string(index) + "-" + std::to_string(n % kIdsPerConnection);
    const auto started = Clock::now();
    const std::string error = send(client, shared.options, op, shared.queries[qi], doc_id);
    OpStats& s = local[op];
    s.samples.push_back(std::chrono::duration<double, std::milli>(Clock::now() - started).count());
    if (!error.empty()) {
      ++s.errors;
      if (errors.size() < kErrorSamples) errors.push_back(error);
    }
  }
  std::lock_guard lock(shared.mutex);
  for (auto& [name, s] : local) {
    OpStats& total = shared.stats[name];
    total.samples.insert(total.samples.end(), s.samples.begin(), s.samples.end());
    total.errors += s.errors;
  }
  for (std::string& e : errors) {
    if (shared.error_samples.size() < kErrorSamples) shared.error_samples.push_back(std::move(e));
  }
}

void add_options(CLI::App& app, Options& o) {
  app.add_option("--host", o.host, "Server address");
  app.add_option("--port", o.port, "Server port")->required();
  app.add_option("--queries", o.queries_path, "JSON Lines of {\"text\": ...}")
      ->required()
      ->check(CLI::ExistingFile);
  app.add_option("--connections", o.connections, "Concurrent keep-alive connections")
      ->check(CLI::Range(1, 1024));
  app.add_option("--seconds", o.seconds, "How long to run");
  app.add_flag("--once", o.once, "Send every query once, then stop (instead of --seconds)");
  app.add_option("--mix", o.mix,
                 "Weighted request mix: search (no facets), facets, suggest, write; "
                 "e.g. search=6,facets=3,write=1");
  app.add_option("--token", o.token, "Write token, for write requests");
  app.add_option("--pid", o.pid, "searchd's process id, to report its resident memory");
}

// Until `done`, raises `rss_max` to the resident memory of process `pid`, every 250 ms.
void sample_rss(int pid, std::atomic<double>& rss_max, const std::atomic<bool>& done) {
  while (!done) {
    const double rss = rss_mb(pid);
    if (rss > rss_max) rss_max = rss;
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
  }
}

// Runs every connection to the end (the deadline, or the last query with --once); returns the
// seconds that took.
double run_connections(Shared& shared) {
  const auto started = Clock::now();
  shared.deadline = started + std::chrono::duration_cast<Clock::duration>(
                                  std::chrono::duration<double>(shared.options.seconds));
  std::vector<std::thread> threads;
  for (int i = 0; i < shared.options.connections; ++i) {
    threads.emplace_back(connection, std::ref(shared), i);
  }
  for (std::thread& t : threads) t.join();
  return std::chrono::duration<double>(Clock::now() - started).count();
}

// Requests, errors and latencies, per operation and in all.
nlohmann::json summarize_run(const Shared& shared, double elapsed) {
  nlohmann::json out = {{"connections", shared.options.connections}, {"seconds", elapsed}};
  std::vector<double> all;
  std::size_t errors = 0;
  for (const auto& [name, s] : shared.stats) {
    errors += s.errors;
    all.insert(all.end(), s.samples.begin(), s.samples.end());
    nlohmann::json op = concord::bench::to_json(concord::bench::summarize(s.samples));
    op["errors"] = s.errors;
    out["ops"][name] = op;
  }
  out["requests"] = all.size();
  out["errors"] = errors;
  out["requests_per_s"] = elapsed > 0 ? all.size() / elapsed : 0;
  out["latency"] = concord::bench::to_json(concord::bench::summarize(std::move(all)));
  out["error_samples"] = shared.error_samples;
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"concord-load: load a running concord-searchd and report what it sustained"};
  Options o;
  add_options(app, o);
  CLI11_PARSE(app, argc, argv);
  try {
    const std::vector<Op> ops = parse_mix(o.mix);
    const std::vector<std::string> queries = concord::bench::read_query_texts(o.queries_path);
    Shared shared(o, ops, queries);
    const double rss_start = rss_mb(o.pid);
    std::atomic<double> rss_max{rss_start};
    std::atomic<bool> done{false};
    std::thread sampler(sample_rss, o.pid, std::ref(rss_max), std::cref(done));
    const double elapsed = run_connections(shared);
    done = true;
    sampler.join();

    nlohmann::json out = summarize_run(shared, elapsed);
    if (o.pid > 0) {
      out["rss_start_mb"] = rss_start;
      out["rss_end_mb"] = rss_mb(o.pid);
      out["rss_max_mb"] = rss_max.load();
    }
    std::cout << out.dump() << "\n";
    return out["errors"].get<std::size_t>() == 0 ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "concord-load: " << e.what() << "\n";
    return 2;
  }
}
