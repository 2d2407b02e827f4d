#include "eval/segmentation_score.h"

#include <utility>

namespace concord::eval {
namespace {

using Span = std::pair<std::size_t, std::size_t>;

// Byte spans of consecutive words in their concatenation: two segmentations of one text agree
// on a word exactly when they share its span.
std::vector<Span> spans_of(const std::vector<std::string>& words, std::string& text) {
  std::vector<Span> spans;
  spans.reserve(words.size());
  for (const std::string& w : words) {
    spans.emplace_back(text.size(), text.size() + w.size());
    text += w;
  }
  return spans;
}

double ratio(std::size_t num, std::size_t den) {
  return den == 0 ? 0.0 : static_cast<double>(num) / static_cast<double>(den);
}

}  // namespace

SegmentationCounts& SegmentationCounts::operator+=(const SegmentationCounts& other) {
  gold_words += other.gold_words;
  predicted_words += other.predicted_words;
  correct_words += other.correct_words;
  oov_words += other.oov_words;
  oov_correct += other.oov_correct;
  return *this;
}

bool count_line(const std::vector<std::string>& gold, const std::vector<std::string>& predicted,
                const std::set<std::string, std::less<>>& dictionary, SegmentationCounts& counts) {
  std::string gold_text;
  std::string predicted_text;
  const std::vector<Span> gold_spans = spans_of(gold, gold_text);
  const std::vector<Span> predicted_spans = spans_of(predicted, predicted_text);
  if (gold_text != predicted_text) return false;

  SegmentationCounts line;
  line.gold_words = gold.size();
  line.predicted_words = predicted.size();
  // Both span lists are sorted and non-overlapping, so one merge pass finds the shared spans.
  std::size_t p = 0;
  for (std::size_t g = 0; g < gold_spans.size(); ++g) {
    while (p < predicted_spans.size() && predicted_spans[p].first < gold_spans[g].first) ++p;
    const bool found = p < predicted_spans.size() && predicted_spans[p] == gold_spans[g];
    if (found) ++line.correct_words;
    if (!dictionary.contains(gold[g])) {
      ++line.oov_words;
      if (found) ++line.oov_correct;
    }
  }
  counts += line;
  return true;
}

SegmentationScore score(const SegmentationCounts& counts) {
  SegmentationScore s;
  s.precision = ratio(counts.correct_words, counts.predicted_words);
  s.recall = ratio(counts.correct_words, counts.gold_words);
  s.f1 = s.precision + s.recall == 0 ? 0.0 : 2 * s.precision * s.recall / (s.precision + s.recall);
  s.oov_recall = ratio(counts.oov_correct, counts.oov_words);
  return s;
}

std::vector<std::string> split_gold_line(std::string_view line) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    const std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
    if (i > start) words.emplace_back(line.substr(start, i - start));
  }
  return words;
}

}  // namespace concord::eval
