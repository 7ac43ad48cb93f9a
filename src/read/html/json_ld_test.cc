#include "read/html/json_ld.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(JsonLd, NewsArticleWithPeople) {
  std::vector<JsonLdObject> out;
  parse_json_ld(R"({"@context":"https://schema.org","@type":"NewsArticle",
    "headline":"Bridge reopens &amp; traffic flows","datePublished":"2019-01-24T08:00:00Z",
    "dateModified":"2019-01-25","inLanguage":"en-GB",
    "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","givenName":"Max",
      "familyName":"Muster"},{"@type":"Organization","name":"Example Wire"}],
    "publisher":{"@type":"Organization","name":"Example News"}})",
                out);
  ASSERT_EQ(out.size(), 1u);
  const JsonLdObject& o = out[0];
  EXPECT_EQ(o.type, "NewsArticle");
  EXPECT_EQ(o.rank, 0);
  EXPECT_EQ(o.headline, "Bridge reopens & traffic flows");
  EXPECT_EQ(o.date_published, "2019-01-24T08:00:00Z");
  EXPECT_EQ(o.date_modified, "2019-01-25");
  EXPECT_EQ(o.authors, (std::vector<std::string>{"Jane Doe", "Max Muster"}));
  EXPECT_EQ(o.organizations, (std::vector<std::string>{"Example Wire"}));
  EXPECT_EQ(o.publisher, "Example News");
  EXPECT_EQ(o.in_language, "en-GB");
}

TEST(JsonLd, GraphPrefersArticleOverWebPage) {
  std::vector<JsonLdObject> out;
  parse_json_ld(R"({"@graph":[
    {"@type":"WebSite","name":"Example"},
    {"@type":"WebPage","name":"Page","datePublished":"2019-01-20"},
    {"@type":["BlogPosting"],"headline":"Post","datePublished":"2019-01-24","author":"Ann"}]})",
                out);
  ASSERT_EQ(out.size(), 2u);  // WebSite is not a creative work with a date
  const JsonLdObject* best = best_json_ld_object(out);
  ASSERT_NE(best, nullptr);
  EXPECT_EQ(best->headline, "Post");
  EXPECT_EQ(best->authors, std::vector<std::string>{"Ann"});
}

TEST(JsonLd, AuthorReferencedByIdInTheGraph) {
  std::vector<JsonLdObject> out;
  parse_json_ld(R"({"@graph":[
      {"@type":"Article","@id":"https://x.org/a#article","headline":"Owls",
       "author":{"@id":"https://x.org/#/schema/person/7"},"datePublished":"2020-10-12"},
      {"@type":"Person","@id":"https://x.org/#/schema/person/7","name":"Gina Example"},
      {"@type":"Organization","@id":"https://x.org/#org","name":"Example Org"}]})",
                out);
  const JsonLdObject* best = best_json_ld_object(out);
  ASSERT_NE(best, nullptr);
  ASSERT_EQ(best->authors.size(), 1u);
  EXPECT_EQ(best->authors[0], "Gina Example");
  // A reference to nothing adds nobody.
  out.clear();
  parse_json_ld(R"({"@type":"Article","author":{"@id":"#missing"}})", out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_TRUE(out[0].authors.empty());
}

TEST(JsonLd, TopLevelArrayAndMainEntity) {
  std::vector<JsonLdObject> out;
  parse_json_ld(R"([{"@type":"WebPage","mainEntity":{"@type":"ReportageNewsArticle",
    "headline":"Deep","dateCreated":"2018-05-05"}}])",
                out);
  const JsonLdObject* best = best_json_ld_object(out);
  ASSERT_NE(best, nullptr);
  EXPECT_EQ(best->type, "ReportageNewsArticle");
  EXPECT_EQ(best->date_created, "2018-05-05");
}

TEST(JsonLd, BrokenJsonFallsBackToKeySearch) {
  std::vector<JsonLdObject> out;
  // Raw newline inside a string is repaired; the trailing comma is not, so keys are searched.
  parse_json_ld(
      "<!-- {\"@type\":\"Article\",\"headline\":\"Two\nlines\",\"datePublished\":"
      "\"2020-02-02\",} -->",
      out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].date_published, "2020-02-02");
  EXPECT_EQ(out[0].rank, 0);
}

TEST(JsonLd, GarbageYieldsNothing) {
  std::vector<JsonLdObject> out;
  parse_json_ld("", out);
  parse_json_ld("not json at all", out);
  parse_json_ld(
      "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
      out);
  EXPECT_TRUE(out.empty());
  EXPECT_EQ(best_json_ld_object(out), nullptr);
}

}  // namespace
}  // namespace precis
