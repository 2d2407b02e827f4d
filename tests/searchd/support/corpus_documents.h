// The corpus documents as JSON, read straight from corpus/documents/*.jsonl: what brute-force
// checks of the engine compare against.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/searchd/support/corpus_index.h"

namespace concord::testing {

inline const std::vector<nlohmann::json>& corpus_documents() {
  static const std::vector<nlohmann::json> docs = [] {
    std::vector<nlohmann::json> out;
    for (const auto& entry : std::filesystem::directory_iterator(corpus_documents_path())) {
      std::ifstream in(entry.path());
      for (std::string line; std::getline(in, line);) {
        if (!line.empty()) out.push_back(nlohmann::json::parse(line));
      }
    }
    return out;
  }();
  return docs;
}

}  // namespace concord::testing
