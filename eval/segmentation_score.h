// Word-segmentation scoring (SIGHAN bakeoff style): precision, recall, F1 and OOV recall.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace concord::eval {

/// Running totals over the lines of a test set; scores are computed from these, never averaged
/// per line, so long lines weigh more, as in the SIGHAN scorer.
struct SegmentationCounts {
  std::size_t gold_words = 0;
  std::size_t predicted_words = 0;
  /// Predicted words whose span of the text equals the span of a gold word.
  std::size_t correct_words = 0;
  /// Gold words absent from the training dictionary, and how many of them were found.
  std::size_t oov_words = 0;
  std::size_t oov_correct = 0;

  SegmentationCounts& operator+=(const SegmentationCounts& other);
};

struct SegmentationScore {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
  /// Recall over out-of-vocabulary gold words; 0 when there are none.
  double oov_recall = 0;
};

/// Counts for one line. `gold` and `predicted` must spell the same text when concatenated;
/// returns false (and leaves `counts` untouched) when they do not. `dictionary` decides which
/// gold words are out of vocabulary.
bool count_line(const std::vector<std::string>& gold, const std::vector<std::string>& predicted,
                const std::set<std::string, std::less<>>& dictionary, SegmentationCounts& counts);

SegmentationScore score(const SegmentationCounts& counts);

/// The words of a gold line: runs of non-space bytes between ASCII spaces and tabs.
std::vector<std::string> split_gold_line(std::string_view line);

}  // namespace concord::eval
