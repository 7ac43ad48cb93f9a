#include "eval/rouge/wordnet_exceptions.h"

#include <gtest/gtest.h>

#include "eval/rouge/rouge_tokenizer.h"

namespace precis::rouge {
namespace {

TEST(WordNetExceptionsTest, FirstBaseOnlyAndLaterListsOverride) {
  WordNetExceptions table;
  table.add_list("better good\naxes ax axis\n");  // as if adj.exc
  table.add_list("better well\n");                // as if adv.exc, read later
  ASSERT_NE(table.find("better"), nullptr);
  EXPECT_EQ(*table.find("better"), "well");
  EXPECT_EQ(*table.find("axes"), "ax");
  EXPECT_EQ(table.find("good"), nullptr);
  EXPECT_EQ(table.size(), 2u);
}

TEST(WordNetExceptionsTest, MissingDirectoryIsReported) {
  WordNetExceptions table;
  Status s = table.load("/nonexistent-dir");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent-dir/adj.exc"), std::string::npos);
}

TEST(WordNetExceptionsTest, BundledListsLoad) {
  WordNetExceptions table;
  ASSERT_TRUE(table.load(std::string(PRECIS_DATA_DIR) + "/rouge").ok());
  // 5930 entries: what ROUGE-1.5.5's WordNet-2.0.exc.db holds.
  EXPECT_EQ(table.size(), 5930u);
  ASSERT_NE(table.find("children"), nullptr);
  EXPECT_EQ(*table.find("children"), "child");
}

TEST(RougeStemTest, ExceptionWinsOverPorterAndShortWordsAreLeftAlone) {
  WordNetExceptions table;
  table.add_list("children child\nbought buy\nwas be\n");
  EXPECT_EQ(rouge_stem("children", table), "child");  // not Porter-stemmed afterwards
  EXPECT_EQ(rouge_stem("bought", table), "buy");
  EXPECT_EQ(rouge_stem("was", table), "was");      // <= 3 characters: never looked up
  EXPECT_EQ(rouge_stem("running", table), "run");  // Porter
  EXPECT_EQ(rouge_stem("cats", table), "cat");
  EXPECT_EQ(rouge_stem("has", table), "has");
}

}  // namespace
}  // namespace precis::rouge
