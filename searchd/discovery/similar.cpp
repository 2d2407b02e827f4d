#include "searchd/discovery/similar.h"

#include <chrono>

#include "indexer/document.h"
#include "indexer/index_terms.h"
#include "indexer/schema.h"
#include "searchd/discovery/profile_query.h"
#include "searchd/query/filter_builder.h"
#include "searchd/results/hit_builder.h"

namespace concord::search {
namespace {

namespace schema = indexer::schema;

std::string field(const nlohmann::json& doc, const char* name) {
  auto it = doc.find(name);
  return it != doc.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

Result<SimilarResponse> find_similar(Searcher& searcher, const SimilarRequest& request) {
  const auto started = std::chrono::steady_clock::now();
  if (!indexer::is_valid_id(request.id)) {
    return make_error(ErrorCode::kInvalidParameter, "invalid document id", "id");
  }
  const std::string id_term = indexer::id_term(request.id);
  auto posting = searcher.db.postlist_begin(id_term);
  if (posting == searcher.db.postlist_end(id_term)) {
    return make_error(ErrorCode::kNotFound, "no document with id \"" + request.id + "\"");
  }
  const nlohmann::json source =
      nlohmann::json::parse(searcher.db.get_document(*posting).get_data());
  // The stored text re-analysed as at index time: title words count as often as the index
  // weighs them, so the profile leans on what the document is about.
  std::string text;
  for (int i = 0; i < static_cast<int>(schema::kTitleWeight); ++i)
    text += field(source, "title") + "\n";
  text += field(source, "summary") + "\n" + field(source, "summary") + "\n" + field(source, "body");

  const SearchRequest& options = request.options;
  ProfileOptions profile_options;
  profile_options.concepts = options.xlang;
  profile_options.ui_lang = options.ui_lang;
  const ProfileQuery profile = build_profile_query(searcher.db, searcher.analyzers, text,
                                                   field(source, "lang"), profile_options);

  const std::string translation_of = field(source, "translation_of");
  const std::string group = translation_of.empty() ? request.id : translation_of;
  Xapian::Query query(Xapian::Query::OP_AND_NOT, profile.query,
                      Xapian::Query(indexer::filter_term(schema::kTranslationPrefix, group)));
  if (auto filter = build_filter(options)) {
    query = Xapian::Query(Xapian::Query::OP_FILTER, query, *filter);
  }
  Xapian::Enquire enquire(searcher.db);
  enquire.set_query(query);
  const auto offset = static_cast<Xapian::doccount>((options.page - 1) * options.per_page);
  const Xapian::MSet mset = enquire.get_mset(
      offset, static_cast<Xapian::doccount>(options.per_page), searcher.db.get_doccount());
  SimilarResponse response;
  response.id = request.id;
  response.total = mset.get_matches_estimated();
  response.terms = profile.terms;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    response.hits.push_back({build_hit(it, searcher, profile.highlight, options.highlight),
                             shared_terms(profile, enquire, it), ""});
  }
  response.took_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return response;
}

}  // namespace concord::search
