// The bundled corpus's documents, as the micro-benchmarks' realistic input.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "indexer/document.h"

namespace concord::bench {

/// Every valid document of corpus/documents/<lang>.jsonl.
std::vector<indexer::Document> bundled_documents(const std::string& lang);

/// The bodies of a language's bundled documents, joined: a few KB of real text.
std::string bundled_text(const std::string& lang);

/// An in-memory index of every bundled document, built as the indexer builds one.
Xapian::Database bundled_index();

}  // namespace concord::bench
