#include "output/summary_writer.h"

#include <gtest/gtest.h>

#include "output/article_writer.h"

namespace precis {
namespace {

Summary sample_summary() {
  Summary s;
  s.id = "c1";
  s.method = "concept";
  s.words = 4;
  s.sentences.push_back({"Pompeo kept the diplomats.", {{"a", 0, 2, 10, 36}, {"b", 1, 0, 0, 30}}});
  return s;
}

TEST(SummaryWriter, Json) {
  EXPECT_EQ(
      summary_to_json(sample_summary()),
      R"({"id":"c1","method":"concept","words":4,"sentences":[{"text":"Pompeo kept the diplomats.","cites":[{"doc":"a","sentence":2,"start":10,"end":36},{"doc":"b","sentence":0,"start":0,"end":30}]}]})");
}

TEST(SummaryWriter, TextAndMarkdownNumberSourcesByFirstCitation) {
  Cluster c;
  c.id = "c1";
  Article a, b;
  a.id = "a";
  a.title = "Diplomats stay";
  a.published = "2019-01-23T10:00";
  a.url = "https://example.org/a";
  b.id = "b";
  b.text = "A story without a title that goes on for quite a few words here.";
  c.articles = {a, b};
  std::string text = summary_to_text(sample_summary(), c, false);
  EXPECT_NE(text.find("Pompeo kept the diplomats.[1][2]"), std::string::npos) << text;
  EXPECT_NE(text.find("[1] Diplomats stay, 2019-01-23, https://example.org/a (a)"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("[2] A story without a title that goes on for quite a few ..."),
            std::string::npos)
      << text;
  EXPECT_EQ(text.rfind("c1\n==", 0), 0u);
  std::string bare = summary_to_text(sample_summary(), c, true, false);
  EXPECT_EQ(bare.rfind("Pompeo kept the diplomats.[1][2]", 0), 0u) << bare;
  std::string md = summary_to_text(sample_summary(), c, true);
  EXPECT_NE(md.find("1. [Diplomats stay](https://example.org/a), 2019-01-23 (a)"),
            std::string::npos)
      << md;
}

TEST(SummaryWriter, UntitledLabelSkipsDateHeaderAndDateline) {
  Article a;
  a.text = " date 2019-01-24 Rally in Santiago for the opposition leader.\n\nMore text.";
  EXPECT_EQ(article_label(a, 4), "Rally in Santiago for ...");
  Article b;
  b.text = "CARACAS, Venezuela (AP) -- Crowds marched on Wednesday.";
  EXPECT_EQ(article_label(b, 12), "Crowds marched on Wednesday.");
  Article c;
  c.title = "Given title";
  c.text = " date 2019-01-24 Body.";
  EXPECT_EQ(article_label(c), "Given title");
}

TEST(ArticleWriter, AllFieldsAndInvalidBytesReplaced) {
  Article a;
  a.id = "x";
  a.text = "caf\xe9";
  a.credits = {"EPA-EFE/X"};
  std::string j = article_to_json(a);
  EXPECT_NE(j.find(R"("credits":["EPA-EFE/X"])"), std::string::npos);
  EXPECT_NE(j.find("\"text\":\"caf\xEF\xBF\xBD\""), std::string::npos) << j;
}

}  // namespace
}  // namespace precis
