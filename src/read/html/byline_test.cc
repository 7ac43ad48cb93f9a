#include "read/html/byline.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(Byline, CleansPrefixesAndTrailers) {
  DateBounds b;
  EXPECT_EQ(clean_byline("  By Jane Doe ", b), "Jane Doe");
  EXPECT_EQ(clean_byline("Von Max Muster | Beispiel-Zeitung", b), "Max Muster");
  EXPECT_EQ(clean_byline("Par Jean Dupont, le 24 janvier 2019", b), "Jean Dupont");
  EXPECT_EQ(clean_byline("Written by: Ann Lee\n  March 3, 2020", b), "Ann Lee");
  EXPECT_EQ(clean_byline("Jane Doe and John Roe", b), "Jane Doe and John Roe");
  // Link arrows and author-box furniture around the name.
  EXPECT_EQ(clean_byline("ann23 \xC2\xBB ", b), "ann23");
  EXPECT_EQ(clean_byline("mybloggername \xE2\x86\x92", b), "mybloggername");
  EXPECT_EQ(clean_byline("Eva Beispiel Alle Artikel", b), "Eva Beispiel");
  EXPECT_EQ(clean_byline("\xC3\x9C"
                         "ber Kim",
                         b),
            "Kim");
}

TEST(Byline, RejectsNonNames) {
  DateBounds b;
  EXPECT_EQ(clean_byline("https://www.facebook.com/someone", b), "");
  EXPECT_EQ(clean_byline("jane@example.com", b), "");
  EXPECT_EQ(clean_byline("12.03.2020", b), "");
  EXPECT_EQ(clean_byline("This is a long teaser sentence that is clearly not a person name", b),
            "");
}

TEST(Byline, OrderOfTrust) {
  DateBounds b;
  MetaSignals s;
  s.meta = {{"author", "Meta Person"}};
  s.class_authors = {"By Class Person"};
  JsonLdObject ld;
  ld.authors = {"Ann One", "Bob Two"};
  EXPECT_EQ(choose_byline(s, &ld, b), "Ann One; Bob Two");
  EXPECT_EQ(choose_byline(s, nullptr, b), "Meta Person");
  s.meta.clear();
  EXPECT_EQ(choose_byline(s, nullptr, b), "Class Person");
  s.class_authors.clear();
  ld.authors.clear();
  ld.organizations = {"Example Wire"};
  EXPECT_EQ(choose_byline(s, &ld, b), "Example Wire");
}

}  // namespace
}  // namespace precis
