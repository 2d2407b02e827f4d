#include "searchd/results/hit_builder.h"

#include "searchd/results/highlighter.h"

namespace concord::search {
namespace {

constexpr std::size_t kSnippetChars = 180;

std::string text_field(const nlohmann::json& doc, const char* field) {
  auto it = doc.find(field);
  return it != doc.end() && it->is_string() ? it->get<std::string>() : std::string();
}

struct Highlights {
  std::string title;
  Passage snippet;
};

Highlights highlight_fields(const nlohmann::json& source, const analyzers::Analyzer& analyzer,
                            const MatchTerms& terms) {
  Highlights h{highlight_text(text_field(source, "title"), analyzer, terms), {}};
  Passage summary = best_passage(text_field(source, "summary"), analyzer, terms, kSnippetChars);
  Passage body = best_passage(text_field(source, "body"), analyzer, terms, kSnippetChars);
  h.snippet = body.score > summary.score || summary.html.empty() ? body : summary;
  return h;
}

}  // namespace

Hit build_hit(const Xapian::Document& doc, double score, Searcher& searcher,
              const MatchTerms& terms, bool highlight) {
  Hit hit;
  hit.score = score;
  hit.source = nlohmann::json::parse(doc.get_data());
  hit.id = text_field(hit.source, "id");
  if (!highlight || terms.empty()) {
    hit.title_html = escape_html(text_field(hit.source, "title"));
    const std::string summary = text_field(hit.source, "summary");
    const std::string text = summary.empty() ? text_field(hit.source, "body") : summary;
    hit.snippet = best_passage(text, searcher.analyzers.get(""), {}, kSnippetChars).html;
    return hit;
  }
  const analyzers::Analyzer& analyzer = searcher.analyzers.get(text_field(hit.source, "lang"));
  Highlights h = highlight_fields(hit.source, analyzer, terms);
  // A hit found only through a stem head (nacionalidad finding nación) shows what matched.
  if (h.snippet.score == 0 && !terms.heads.empty() && h.title.find("<mark>") == std::string::npos) {
    h = highlight_fields(hit.source, analyzer, terms.heads_only());
  }
  hit.title_html = std::move(h.title);
  hit.snippet = std::move(h.snippet.html);
  return hit;
}

}  // namespace concord::search
