// concord-seg-eval: scores the Chinese analyzer's word segmentation against a gold standard.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "analyzers/analyzer.h"
#include "eval/segmentation_score.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

std::size_t utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  return (lead >> 3) == 0x1E ? 4 : 1;
}

// Gold standards count every punctuation mark as a word of its own, and the analyzer drops
// punctuation, so each non-space character between two tokens becomes a one-character word.
void add_gap_characters(std::string_view gap, std::vector<std::string>& words) {
  for (std::size_t i = 0; i < gap.size();) {
    const std::size_t n = std::min(utf8_length(static_cast<unsigned char>(gap[i])), gap.size() - i);
    if (gap[i] != ' ' && gap[i] != '\t') words.emplace_back(gap.substr(i, n));
    i += n;
  }
}

std::vector<std::string> predict(const concord::analyzers::Analyzer& analyzer,
                                 std::string_view text) {
  std::vector<std::string> words;
  std::size_t at = 0;
  for (const concord::analyzers::Token& token : analyzer.analyze(text)) {
    if (token.subword) continue;
    add_gap_characters(text.substr(at, token.begin - at), words);
    words.emplace_back(text.substr(token.begin, token.end - token.begin));
    at = token.end;
  }
  add_gap_characters(text.substr(at), words);
  return words;
}

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

void print_score(const char* label, const concord::eval::SegmentationScore& s, bool with_oov) {
  std::printf("%sP %.4f  R %.4f  F1 %.4f", label, s.precision, s.recall, s.f1);
  if (with_oov) std::printf("  OOV-R %.4f", s.oov_recall);
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"concord-seg-eval: word precision, recall and F1 of the zh analyzer"};
  std::string gold_path;
  std::string dict_path;
  bool per_line = false;
  app.add_option("--gold", gold_path, "Gold segmentation, one sentence a line, words spaced")
      ->required();
  app.add_option("--dict", dict_path, "Training word list, one a line: decides OOV words");
  app.add_flag("--per-line", per_line, "Print each line's score and predicted words");
  CLI11_PARSE(app, argc, argv);

  std::ifstream gold(gold_path);
  if (!gold) {
    std::cerr << "concord-seg-eval: cannot read " << gold_path << "\n";
    return kExitUsage;
  }
  std::set<std::string, std::less<>> dictionary;
  if (!dict_path.empty()) {
    std::ifstream dict(dict_path);
    if (!dict) {
      std::cerr << "concord-seg-eval: cannot read " << dict_path << "\n";
      return kExitUsage;
    }
    for (std::string word; std::getline(dict, word);) {
      if (!word.empty() && word.back() == '\r') word.pop_back();
      if (!word.empty()) dictionary.insert(word);
    }
  }

  const concord::analyzers::Analyzer analyzer("zh");
  concord::eval::SegmentationCounts total;
  std::size_t line_number = 0;
  for (std::string line; std::getline(gold, line);) {
    ++line_number;
    const std::vector<std::string> gold_words = concord::eval::split_gold_line(line);
    std::string text;
    for (const std::string& w : gold_words) text += w;
    const std::vector<std::string> predicted = predict(analyzer, text);
    concord::eval::SegmentationCounts counts;
    if (!concord::eval::count_line(gold_words, predicted, dictionary, counts)) {
      std::cerr << "concord-seg-eval: line " << line_number << ": prediction lost characters\n";
      return kExitFailure;
    }
    total += counts;
    if (per_line) {
      const std::string label = std::to_string(line_number) + "\t";
      print_score(label.c_str(), concord::eval::score(counts), !dict_path.empty());
      std::printf("%zu\t%s\n", line_number, join(predicted).c_str());
    }
  }
  std::printf("lines %zu  gold words %zu  predicted %zu  correct %zu", line_number,
              total.gold_words, total.predicted_words, total.correct_words);
  if (!dict_path.empty()) std::printf("  OOV words %zu", total.oov_words);
  std::printf("\n");
  print_score("", concord::eval::score(total), !dict_path.empty());
  return kExitOk;
}
