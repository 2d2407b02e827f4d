#include "eval/judged_dataset.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include <nlohmann/json.hpp>

#include "analyzers/language_detector.h"
#include "analyzers/language_tag.h"
#include "indexer/document.h"
#include "indexer/index_writer.h"
#include "indexer/jsonl_reader.h"

namespace concord::eval {
namespace fs = std::filesystem;
namespace {

Error bad_data(const std::string& where, const std::string& what) {
  return make_error(ErrorCode::kInvalidParameter, where + ": " + what);
}

std::string string_field(const nlohmann::json& object, const char* field) {
  auto it = object.find(field);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Result<std::vector<JudgedQuery>> load_queries(const std::string& path) {
  std::vector<JudgedQuery> queries;
  std::optional<Error> failure;
  auto read = indexer::read_lines(path, [&](std::size_t line, std::string_view text) {
    if (failure) return;
    const auto object = nlohmann::json::parse(text, nullptr, false);
    if (!object.is_object() || !object.contains("qid") || !object.contains("text")) {
      failure = bad_data(path + ":" + std::to_string(line), "want {\"qid\", \"text\", \"lang\"}");
      return;
    }
    const auto& qid = object["qid"];
    queries.push_back({qid.is_string() ? qid.get<std::string>() : qid.dump(),
                       string_field(object, "text"),
                       analyzers::primary_language(string_field(object, "lang"))});
  });
  if (!read) return read.error();
  if (failure) return *failure;
  return queries;
}

// A whole number, as judgment grades are.
std::optional<int> parse_grade(const std::string& text) {
  int grade = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), grade);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return grade;
}

// Lines of `qid docid grade` (tabs or spaces), or of trec_eval's own `qid iteration docid grade`:
// a four-column file read as three would take the iteration for the document and the document
// for the grade, and score nonsense without a word. A first line whose grade is not a number is
// a header (BEIR's "query-id corpus-id score").
Result<std::map<std::string, Judgments>> load_qrels(const std::string& path) {
  std::ifstream in(path);
  if (!in) return make_error(ErrorCode::kIoError, "cannot read " + path);
  std::map<std::string, Judgments> qrels;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    std::istringstream split(line);
    std::vector<std::string> fields;
    for (std::string field; split >> field;) fields.push_back(std::move(field));
    if (fields.empty()) continue;
    const std::optional<int> grade =
        fields.size() == 3 || fields.size() == 4 ? parse_grade(fields.back()) : std::nullopt;
    if (!grade && number == 1 && fields.size() == 3) continue;
    if (!grade) {
      return bad_data(path + ":" + std::to_string(number),
                      "want qid<TAB>docid<TAB>grade (or trec_eval's qid iter docid grade), "
                      "the grade a whole number");
    }
    qrels[fields.front()][fields[fields.size() - 2]] = *grade;
  }
  return qrels;
}

}  // namespace

Result<JudgedDataset> load_judged_dataset(const std::string& dir) {
  JudgedDataset data;
  for (const char* name : {"docs.jsonl", "docs.jsonl.gz"}) {
    if (fs::exists(fs::path(dir) / name)) data.docs_path = (fs::path(dir) / name).string();
  }
  if (data.docs_path.empty()) {
    return make_error(ErrorCode::kIoError, dir + ": no docs.jsonl or docs.jsonl.gz");
  }
  auto queries = load_queries((fs::path(dir) / "queries.jsonl").string());
  if (!queries) return queries.error();
  auto qrels = load_qrels((fs::path(dir) / "qrels.tsv").string());
  if (!qrels) return qrels.error();
  data.queries = std::move(queries).value();
  data.qrels = std::move(qrels).value();
  return data;
}

std::string collection_name(const std::string& dir) {
  fs::path path = fs::path(dir).lexically_normal();
  if (path.filename().empty()) path = path.parent_path();  // "xquad/en/"
  return path.filename().string();
}

void prefix_ids(JudgedDataset& data, const std::string& prefix) {
  for (JudgedQuery& query : data.queries) query.qid = prefix + query.qid;
  std::map<std::string, Judgments> qrels;
  for (auto& [qid, judgments] : data.qrels) {
    Judgments prefixed;
    for (const auto& [doc, grade] : judgments) prefixed[prefix + doc] = grade;
    qrels[prefix + qid] = std::move(prefixed);
  }
  data.qrels = std::move(qrels);
}

namespace {

Result<Ok> add_documents(indexer::IndexWriter& writer, const DocsSource& source) {
  std::optional<Error> failure;
  auto read = indexer::read_lines(source.path, [&](std::size_t line, std::string_view text) {
    if (failure) return;
    const auto object = nlohmann::json::parse(text, nullptr, false);
    indexer::Document doc;
    if (object.is_object()) {
      const auto& id = object.value("id", nlohmann::json());
      doc.id = source.id_prefix + (id.is_string() ? id.get<std::string>() : id.dump());
      doc.title = string_field(object, "title");
      doc.body = string_field(object, "body");
      doc.lang = analyzers::primary_language(string_field(object, "lang"));
      if (doc.lang.empty()) doc.lang = analyzers::detect_language(doc.title + "\n" + doc.body);
    }
    if (!indexer::is_valid_id(doc.id)) {
      failure = bad_data(source.path + ":" + std::to_string(line), "no valid \"id\"");
      return;
    }
    // A collection converted with other field names (BEIR's "text") would index empty documents
    // and score zero without saying why.
    if (!object.contains("title") && !object.contains("body")) {
      failure = bad_data(source.path + ":" + std::to_string(line),
                         "no \"title\" or \"body\" (the text of a document is its \"body\")");
      return;
    }
    // Judged collections are not platform documents: they carry none of its metadata, and
    // titles may be empty, so they bypass validation but share the production analysis.
    doc.kind = "story";
    doc.source = {{"id", doc.id},
                  {"kind", doc.kind},
                  {"lang", doc.lang},
                  {"title", doc.title},
                  {"body", doc.body}};
    if (auto added = writer.add(doc); !added) failure = added.error();
  });
  if (!read) return read.error();
  if (failure) return *failure;
  return Ok{};
}

}  // namespace

Result<std::size_t> index_dataset_documents(const std::vector<DocsSource>& sources,
                                            const std::string& index_dir) {
  auto writer = indexer::IndexWriter::create(index_dir, indexer::ThemeCatalog());
  if (!writer) return writer.error();
  for (const DocsSource& source : sources) {
    if (auto added = add_documents(**writer, source); !added) return added.error();
  }
  if (auto committed = (*writer)->commit(); !committed) return committed.error();
  return (*writer)->documents();
}

Result<std::size_t> index_dataset_documents(const std::string& docs_path,
                                            const std::string& index_dir) {
  return index_dataset_documents(std::vector<DocsSource>{{docs_path, ""}}, index_dir);
}

}  // namespace concord::eval
