#include "text/connectives.h"

#include <gtest/gtest.h>

#include <string_view>
#include <utility>

namespace precis {
namespace {

TEST(Connectives, BackReferringOpenersOfEnglishAndOthers) {
  const std::pair<std::string_view, bool> cases[] = {
      {"However, the minister said more.", true},
      {"Later, it was reported that the epicenter was offshore.", true},
      {"But the vote was delayed.", true},
      {"\"But we will not stop,\" she said.", true},
      {"In addition, 40 houses burned.", true},
      {"Still, the talks went on.", true},
      {"Previously, 35 students were working in Lolol.", true},
      {"Laterally moving faults caused the quake.", false},
      {"Butler County officials said more.", false},
      {"Andrew Smith won the race.", false},
      {"Still photographs were released.", false},
      {"Earlier this week, the army moved in.", false},
      {"however, lower case is not a sentence start.", false},
      {"The council met.", false},
      {"But", false},  // nothing after it
      {"", false},
  };
  for (const auto& [sentence, expected] : cases)
    EXPECT_EQ(opens_with_connective(sentence, "en"), expected) << sentence;
}

TEST(Connectives, OnlyEnglishForNow) {
  EXPECT_FALSE(opens_with_connective("However, the minister said more.", "de"));
  EXPECT_FALSE(opens_with_connective("Sin embargo, el ministro habló.", "es"));
}

}  // namespace
}  // namespace precis
