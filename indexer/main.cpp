// concord-indexer: build an index, check inputs, or show how text is analysed.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "analyzers/analyzer.h"
#include "indexer/backup.h"
#include "indexer/document_reader.h"
#include "indexer/index_builder.h"
#include "indexer/index_terms.h"
#include "indexer/schema.h"
#include "indexer/shard_selector.h"

namespace {

using concord::indexer::Rejection;

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

void print_rejection(const Rejection& r) {
  std::cerr << r.file << ":" << r.line << ": ";
  if (!r.field.empty()) std::cerr << "field \"" << r.field << "\": ";
  std::cerr << r.reason << "\n";
}

int run_build(const concord::indexer::BuildOptions& options, std::uint32_t shards,
              const concord::indexer::ShardSelector& shard) {
  const bool tty = ::isatty(STDERR_FILENO) != 0;
  const auto started = std::chrono::steady_clock::now();
  concord::indexer::BuildCallbacks callbacks{
      .on_reject =
          [&](const Rejection& r) {
            if (tty) std::cerr << "\r\033[K";
            print_rejection(r);
          },
      .on_progress =
          [&](std::size_t n) {
            if (!tty) return;
            const double s =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            std::fprintf(stderr, "\r\033[Kindexed %zu documents (%.0f/s)", n, n / (s > 0 ? s : 1));
          }};
  auto report = shards > 0 ? concord::indexer::build_shards(options, shards, callbacks)
                           : concord::indexer::build_index(options, callbacks, shard);
  if (tty) std::cerr << "\r\033[K";
  if (!report) {
    std::cerr << "concord-indexer: " << report.error().message << "\n";
    return kExitFailure;
  }
  std::printf(
      "indexed %zu documents, rejected %zu, duplicate ids %zu, in %.2f s (%.0f documents/s); "
      "index %.1f MB, live at %s\n",
      report->documents, report->rejected, report->duplicates, report->seconds,
      report->documents / (report->seconds > 0 ? report->seconds : 1),
      static_cast<double>(report->index_bytes) / 1e6, options.index_path.c_str());
  if (shards > 0) {
    std::printf("%u shards: %s/shard-0 … %s/shard-%u\n", shards, options.index_path.c_str(),
                options.index_path.c_str(), shards - 1);
  } else if (shard.count > 1) {
    std::printf("shard %u/%u: %zu documents of other shards left out\n", shard.index, shard.count,
                report->other_shards);
  }
  return report->rejected == 0 ? kExitOk : kExitFailure;
}

int run_check(const std::vector<std::string>& inputs, const std::string& themes_path) {
  concord::indexer::ThemeCatalog themes;
  if (!themes_path.empty()) {
    auto loaded = concord::indexer::ThemeCatalog::load(themes_path);
    if (!loaded) {
      std::cerr << "concord-indexer: " << loaded.error().message << "\n";
      return kExitFailure;
    }
    themes = std::move(loaded).value();
  }
  auto counts = concord::indexer::read_documents(
      inputs, themes, {.on_document = nullptr, .on_reject = print_rejection});
  if (!counts) {
    std::cerr << "concord-indexer: " << counts.error().message << "\n";
    return kExitFailure;
  }
  std::printf("%zu valid documents, %zu rejected\n", counts->documents, counts->rejected);
  return counts->rejected == 0 ? kExitOk : kExitFailure;
}

int run_backup(const std::string& index, const std::string& file) {
  auto report = concord::indexer::backup_index(index, file);
  if (!report) {
    std::cerr << "concord-indexer: " << report.error().message << "\n";
    return kExitFailure;
  }
  std::printf("backed up %zu documents to %s (%.1f MB)\n", report->documents, file.c_str(),
              static_cast<double>(report->bytes) / 1e6);
  return kExitOk;
}

int run_restore(const std::string& file, const std::string& index) {
  auto report = concord::indexer::restore_index(file, index);
  if (!report) {
    std::cerr << "concord-indexer: " << report.error().message << "\n";
    return kExitFailure;
  }
  std::printf("restored %zu documents from %s; live at %s\n", report->documents, file.c_str(),
              index.c_str());
  return kExitOk;
}

int run_analyze(const std::string& lang, bool terms) {
  const concord::analyzers::Analyzer analyzer(lang);
  std::string line;
  while (std::getline(std::cin, line)) {
    std::string out;
    auto add = [&out](const std::string& word) { out += (out.empty() ? "" : " ") + word; };
    for (const auto& token : analyzer.analyze(line)) {
      if (!terms) {
        // Subwords repeat part of the word before them: they are index terms, not words.
        if (!token.subword) add(token.word);
        continue;
      }
      for (const auto& term : concord::indexer::token_terms(token, analyzer.lang())) add(term.term);
    }
    if (terms) {
      for (const std::string& term : concord::indexer::text_terms(line)) add(term);
    }
    std::cout << out << '\n';
  }
  return kExitOk;
}

// What each subcommand's options are read into.
struct BuildCommand {
  concord::indexer::BuildOptions options;
  std::uint32_t shards = 0;
  std::string shard;  // "i/N", or empty for the whole index
};

struct CheckCommand {
  std::vector<std::string> inputs;
  std::string themes;
};

struct AnalyzeCommand {
  std::string lang;
  bool terms = false;
};

struct BackupCommand {
  std::string index;
  std::string file;
};

struct RestoreCommand {
  std::string file;
  std::string index;
};

CLI::App* add_build_command(CLI::App& app, BuildCommand& build) {
  auto* cmd = app.add_subcommand("build", "Build an index from JSON Lines and make it live");
  cmd->add_option("--index", build.options.index_path, "Live index path (a link to the build)")
      ->required();
  cmd->add_option("--themes", build.options.themes_path, "themes.json to label and check themes");
  cmd->add_option("inputs", build.options.inputs, "JSON Lines files, folders or .gz")->required();
  auto* shards_opt =
      cmd->add_option("--shards", build.shards,
                      "Split into N shards by id hash: INDEX/shard-0 … INDEX/shard-(N-1)")
          ->check(CLI::Range(1, 1024));
  cmd->add_option("--shard", build.shard,
                  "Build only shard i of N (i/N) at INDEX, e.g. on the machine serving it")
      ->excludes(shards_opt);
  return cmd;
}

CLI::App* add_check_command(CLI::App& app, CheckCommand& check) {
  auto* cmd = app.add_subcommand("check", "Validate JSON Lines, report every bad line");
  cmd->add_option("--themes", check.themes, "themes.json to check theme ids against");
  cmd->add_option("inputs", check.inputs, "JSON Lines files, folders or .gz")->required();
  return cmd;
}

CLI::App* add_analyze_command(CLI::App& app, AnalyzeCommand& analyze) {
  auto* cmd = app.add_subcommand("analyze", "Analyse stdin lines as the index does");
  cmd->add_option("--lang", analyze.lang, "Language code (ar, zh, en, fr, ru, es, pt, ...)");
  cmd->add_flag(
      "--terms", analyze.terms,
      "Print index terms (words, Z stems, XZ stem heads, XB CJK bigrams: what the indexer writes)");
  return cmd;
}

CLI::App* add_backup_command(CLI::App& app, BackupCommand& backup) {
  auto* cmd = app.add_subcommand("backup", "Write a compacted copy of the live index");
  cmd->add_option("--index", backup.index, "Live index path")->required();
  cmd->add_option("--to", backup.file, "Backup file to write")->required();
  return cmd;
}

CLI::App* add_restore_command(CLI::App& app, RestoreCommand& restore) {
  auto* cmd = app.add_subcommand("restore", "Make a backup the live index, atomically");
  cmd->add_option("--from", restore.file, "Backup file")->required()->check(CLI::ExistingFile);
  cmd->add_option("--index", restore.index, "Live index path")->required();
  return cmd;
}

// `build`, after reading its --shard selector: a malformed one is a usage error.
int run_build_command(const BuildCommand& build) {
  concord::indexer::ShardSelector shard;
  if (!build.shard.empty()) {
    auto selector = concord::indexer::parse_shard_selector(build.shard);
    if (!selector) {
      std::cerr << "concord-indexer: " << selector.error().message << "\n";
      return kExitUsage;
    }
    shard = *selector;
  }
  return run_build(build.options, build.shards, shard);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"concord-indexer: build and check Concord search indexes"};
  app.require_subcommand(1);
  BuildCommand build;
  CheckCommand check;
  AnalyzeCommand analyze;
  BackupCommand backup;
  RestoreCommand restore;
  auto* build_cmd = add_build_command(app, build);
  auto* check_cmd = add_check_command(app, check);
  auto* analyze_cmd = add_analyze_command(app, analyze);
  auto* backup_cmd = add_backup_command(app, backup);
  auto* restore_cmd = add_restore_command(app, restore);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  try {
    if (*build_cmd) return run_build_command(build);
    if (*check_cmd) return run_check(check.inputs, check.themes);
    if (*analyze_cmd) return run_analyze(analyze.lang, analyze.terms);
    if (*backup_cmd) return run_backup(backup.index, backup.file);
    if (*restore_cmd) return run_restore(restore.file, restore.index);
  } catch (const std::exception& e) {
    std::cerr << "concord-indexer: " << e.what() << "\n";
    return kExitFailure;
  }
  return kExitUsage;
}
