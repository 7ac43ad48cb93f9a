#include "text/connectives.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(Connectives, BackReferringOpenersOfEnglish) {
  EXPECT_TRUE(opens_with_connective("However, the minister said more.", "en"));
  EXPECT_TRUE(opens_with_connective("Later, it was reported that the epicenter was offshore.", "en"));
  EXPECT_TRUE(opens_with_connective("But the vote was delayed.", "en"));
  EXPECT_TRUE(opens_with_connective("\"But we will not stop,\" she said.", "en"));
  EXPECT_TRUE(opens_with_connective("In addition, 40 houses burned.", "en"));
  EXPECT_TRUE(opens_with_connective("Still, the talks went on.", "en"));
  EXPECT_TRUE(opens_with_connective("Previously, 35 students were working in Lolol.", "en"));
}

TEST(Connectives, OtherOpenersAreNot) {
  EXPECT_FALSE(opens_with_connective("Laterally moving faults caused the quake.", "en"));
  EXPECT_FALSE(opens_with_connective("Butler County officials said more.", "en"));
  EXPECT_FALSE(opens_with_connective("Andrew Smith won the race.", "en"));
  EXPECT_FALSE(opens_with_connective("Still photographs were released.", "en"));
  EXPECT_FALSE(opens_with_connective("Earlier this week, the army moved in.", "en"));
  EXPECT_FALSE(opens_with_connective("however, lower case is not a sentence start.", "en"));
  EXPECT_FALSE(opens_with_connective("The council met.", "en"));
  EXPECT_FALSE(opens_with_connective("But", "en"));  // nothing after it
  EXPECT_FALSE(opens_with_connective("", "en"));
}

TEST(Connectives, OnlyEnglishForNow) {
  EXPECT_FALSE(opens_with_connective("However, the minister said more.", "de"));
  EXPECT_FALSE(opens_with_connective("Sin embargo, el ministro habló.", "es"));
}

}  // namespace
}  // namespace precis
