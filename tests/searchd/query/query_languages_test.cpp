#include "searchd/query/query_languages.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace concord::search {
namespace {

TEST(QueryLanguagesTest, LanguagesFollowTheQueryScript) {
  struct Case {
    std::string q, ui_lang;
    std::vector<std::string> expected;
  };
  const std::vector<Case> cases = {
      {"知识产权", "en", {"zh"}},
      {"الملكية", "en", {"ar"}},
      {"патент", "en", {"ru"}},
      {"brevets", "fr", {"en", "fr", "es", "pt"}},
      {"Patent", "de", {"en", "fr", "es", "pt", "de"}},
      {"Patent", "vi", {"en", "fr", "es", "pt", "vi"}},
      {"Patent", "ja", {"en", "fr", "es", "pt"}},  // the reader's language is not in Latin letters
      {"Patent", "ru", {"en", "fr", "es", "pt"}},
      // Other scripts: the reader's language when it is written in that script, else the
      // detected one, else the Latin-script four.
      {"भारत का संविधान", "hi", {"hi"}},
      {"مالکیت فکری در ایران", "fa", {"fa"}},
      {"مالکیت فکری در ایران", "en", {"fa"}},  // Persian letters (ی, ک)
      {"الملكية الفكرية", "fa", {"fa"}},       // the reader's language writes the script
      {"інтелектуальна власність", "uk", {"uk"}},
      {"भारत का संविधान", "en", {"hi"}},
      {"Δίπλωμα ευρεσιτεχνίας", "el", {"el"}},
      {"สิทธิบัตร", "th", {"th"}},
      // A Latin-script sentence adds the language it is detected in.
      {"Wie viele Patente wurden im letzten Jahr in Deutschland angemeldet?",
       "en",
       {"en", "fr", "es", "pt", "de"}},
      {"Patente", "en", {"en", "fr", "es", "pt"}},  // one word says nothing
      {"特許", "ja", {"ja"}},                       // a Japanese reader's kanji are Japanese
      {"特許", "en", {"zh"}},
      {"とっきょ", "en", {"ja"}},
      {"특허", "en", {"ko"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.q);
    EXPECT_EQ(query_languages(c.q, c.ui_lang), c.expected);
  }
}

// Filters and bonuses only where the index mixes the query's languages with others.
TEST(QueryLanguagesTest, FiltersOnlyWhereLanguagesAreMixed) {
  const auto db_of = [](const std::vector<std::string>& langs) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const std::string& lang : langs) {
      Xapian::Document doc;
      doc.add_term("L" + lang);
      doc.add_term("word");
      db.add_document(doc);
    }
    return db;
  };
  const Xapian::Query word("word");
  const Xapian::WritableDatabase mixed = db_of({"es", "en", "es"});
  const Xapian::WritableDatabase spanish = db_of({"es", "es"});
  const Xapian::WritableDatabase english = db_of({"en"});
  Xapian::Enquire enquire(mixed);
  enquire.set_query(in_languages(word, {"es"}, &mixed));
  EXPECT_EQ(enquire.get_mset(0, 10).size(), 2u);
  EXPECT_EQ(in_languages(word, {"es"}, &spanish).get_description(), word.get_description());
  EXPECT_EQ(in_languages(word, {"es"}, &english).get_description(), word.get_description());
  EXPECT_EQ(in_languages(word, {}, &mixed).get_description(), word.get_description());
  EXPECT_NE(prefer_languages(word, {"es"}, &mixed).get_description(), word.get_description());
  EXPECT_EQ(prefer_languages(word, {"es"}, &spanish).get_description(), word.get_description());
}

// A Latin-script language of a fifth of the documents or more joins Latin-script queries; other
// scripts and rarer languages do not.
TEST(QueryLanguagesTest, TheCollectionsOwnLatinLanguagesJoin) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (const char* lang : {"de", "de", "de", "nl", "ru", "ru", "en", "en", "fr", "it", "fi"}) {
    Xapian::Document doc;
    doc.add_term(std::string("L") + lang);
    db.add_document(doc);
  }
  EXPECT_EQ(query_languages("Anpassung", "", &db),
            (std::vector<std::string>{"en", "fr", "es", "pt", "de"}));
  EXPECT_EQ(query_languages("Anpassung", "nl", &db),
            (std::vector<std::string>{"en", "fr", "es", "pt", "nl", "de"}));
  EXPECT_EQ(query_languages("патент", "", &db), (std::vector<std::string>{"ru"}));
  EXPECT_EQ(query_languages("Anpassung", "", nullptr),
            (std::vector<std::string>{"en", "fr", "es", "pt"}));
}

}  // namespace
}  // namespace concord::search
