#include "pipeline/article_preparation.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

Article from(std::string origin) {
  Article a;
  a.origin = std::move(origin);
  return a;
}

TEST(ArticlePreparation, JsonlRecordsKeepTheirTextWhateverTheFileName) {
  EXPECT_TRUE(keeps_input_text(from("data/news.jsonl:12")));
  EXPECT_TRUE(keeps_input_text(from("dump.json.gz:3")));  // JSONL recognised by content
  EXPECT_TRUE(keeps_input_text(from("<stdin>:1")));
  EXPECT_FALSE(keeps_input_text(from("pages/story.html")));
  EXPECT_FALSE(keeps_input_text(from("crawl.warc.gz record 7")));
  EXPECT_FALSE(keeps_input_text(from("feed.xml item 2")));
  EXPECT_FALSE(keeps_input_text(from("seeds/statement.txt")));
  EXPECT_FALSE(keeps_input_text(from("<stdin>")));
  EXPECT_FALSE(keeps_input_text(from("odd:")));
}

TEST(ArticlePreparation, RewriteMovesCreditsAndDatelineOut) {
  Article a = from("story.txt");
  a.text = "CARACAS, Venezuela (AP) -- Crowds marched on Wednesday in the capital.";
  prepare_article(a, /*rewrite_text=*/true);
  EXPECT_EQ(a.dateline, "CARACAS, Venezuela (AP)");
  EXPECT_EQ(a.text, "Crowds marched on Wednesday in the capital.");
  Article b = from("news.jsonl:1");
  b.text = "CARACAS, Venezuela (AP) -- Crowds marched on Wednesday in the capital.";
  prepare_article(b, /*rewrite_text=*/false);
  EXPECT_EQ(b.dateline, "CARACAS, Venezuela (AP)");
  EXPECT_EQ(b.text.rfind("CARACAS", 0), 0u);
}

}  // namespace
}  // namespace precis
