#include "eval/rouge/rouge_ngram.h"

#include <gtest/gtest.h>

namespace precis::rouge {
namespace {

TEST(RougeNgramTest, HitsAreTheMultisetIntersection) {
  EXPECT_EQ(gram_hits({1, 1, 2, 5}, {1, 2, 2, 5, 5}), 3u);  // min(2,1) + min(1,2) + min(1,2)
  EXPECT_EQ(gram_hits({}, {1}), 0u);
}

TEST(RougeNgramTest, NgramBagsOfEveryOrder) {
  NGramBagBuilder builder(3);
  // a b a b: unigrams 4, bigrams (a b) (b a) (a b) = 3, trigrams 2, no 4-grams.
  std::vector<GramBag> bags = builder.build({0, 1, 0, 1});
  ASSERT_EQ(bags.size(), 3u);
  EXPECT_EQ(bags[0].size(), 4u);
  EXPECT_EQ(bags[1].size(), 3u);
  EXPECT_EQ(bags[2].size(), 2u);
  // Same n-grams in another text get the same keys: "b a b" shares (b a) and (a b) once each.
  std::vector<GramBag> other = builder.build({1, 0, 1});
  EXPECT_EQ(gram_hits(bags[1], other[1]), 2u);
  EXPECT_EQ(gram_hits(bags[2], other[2]), 1u);  // (b a b)
  // Too short for bigrams.
  EXPECT_TRUE(builder.build({7})[1].empty());
}

TEST(RougeNgramTest, SkipBigramsRespectTheGap) {
  // 4 tokens, at most 1 word between: (0,1) (0,2) (1,2) (1,3) (2,3) = 5 pairs.
  EXPECT_EQ(skip_bigram_bag({10, 11, 12, 13}, 1, false).size(), 5u);
  // No limit: all 6 pairs.
  EXPECT_EQ(skip_bigram_bag({10, 11, 12, 13}, -1, false).size(), 6u);
}

TEST(RougeNgramTest, SkipUnigramsLeaveOutTheLastToken) {
  // ROUGE-1.5.5 adds unigrams for i < last index only: "c a" vs "a c" share no gram although
  // they share both words.
  GramBag model = skip_bigram_bag({2, 0}, 4, true);  // (c a) + c
  GramBag peer = skip_bigram_bag({0, 2}, 4, true);   // (a c) + a
  EXPECT_EQ(model.size(), 2u);
  EXPECT_EQ(gram_hits(model, peer), 0u);
}

}  // namespace
}  // namespace precis::rouge
