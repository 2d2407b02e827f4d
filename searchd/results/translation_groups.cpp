#include "searchd/results/translation_groups.h"

#include "indexer/index_terms.h"
#include "indexer/schema.h"

namespace concord::search {
namespace {

namespace schema = indexer::schema;

struct Member {
  Xapian::docid did;
  Translation translation;
};

std::string id_of(const Xapian::Document& doc) {
  auto term = doc.termlist_begin();
  term.skip_to(std::string(schema::kIdPrefix));
  if (term == doc.termlist_end() || (*term).rfind(schema::kIdPrefix, 0) != 0) return {};
  return (*term).substr(schema::kIdPrefix.size());
}

bool passes(const Xapian::Database& db, const std::string& id,
            const std::optional<Xapian::Query>& filter) {
  if (!filter) return true;
  Xapian::Enquire enquire(db);
  enquire.set_query(
      Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(indexer::id_term(id)), *filter));
  return !enquire.get_mset(0, 1).empty();
}

}  // namespace

GroupedHit resolve_group(const Xapian::Database& db, const Xapian::Document& best,
                         std::string_view ui_lang, const std::optional<Xapian::Query>& filter) {
  GroupedHit out{best, {}};
  const std::string group = best.get_value(schema::kGroupSlot);
  if (group.empty()) return out;
  const std::string term = indexer::filter_term(schema::kTranslationPrefix, group);
  std::vector<Member> members;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    const Xapian::Document doc = db.get_document(*it);
    members.push_back({*it, {id_of(doc), doc.get_value(schema::kLangSlot)}});
  }
  Xapian::docid shown = best.get_docid();
  if (best.get_value(schema::kLangSlot) != ui_lang) {
    for (const Member& m : members) {
      if (m.did != shown && m.translation.lang == ui_lang && passes(db, m.translation.id, filter)) {
        shown = m.did;
        out.document = db.get_document(m.did);
        break;
      }
    }
  }
  for (const Member& m : members) {
    if (m.did != shown) out.translations.push_back(m.translation);
  }
  return out;
}

}  // namespace concord::search
