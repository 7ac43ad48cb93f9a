#include "dedup/lsh_index.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace precis {
namespace {

TEST(LshIndex, FindsEqualBandsAndForgetsRemoved) {
  LshIndex index(4, 2);
  MinHashSignature a = {1, 2, 3, 4, 5, 6, 7, 8};
  MinHashSignature b = {1, 2, 9, 9, 9, 9, 9, 9};   // shares band 0 with a
  MinHashSignature c = {9, 9, 9, 9, 9, 9, 9, 10};  // shares bands 1 and 2 with b
  index.insert(10, a);
  index.insert(20, b);
  std::vector<uint64_t> out;
  index.candidates(c, &out);
  EXPECT_EQ(out, std::vector<uint64_t>({20}));
  index.candidates(a, &out);
  EXPECT_EQ(out, std::vector<uint64_t>({10, 20}));
  EXPECT_EQ(index.size(), 2u);
  index.remove(20, b);
  index.candidates(c, &out);
  EXPECT_TRUE(out.empty());
  EXPECT_EQ(index.size(), 1u);
  index.remove(20, b);  // twice: no-op
  EXPECT_EQ(index.size(), 1u);
}

TEST(LshIndex, SameValuesInDifferentBandsDoNotCollide) {
  LshIndex index(2, 2);
  index.insert(1, MinHashSignature{5, 5, 7, 7});
  std::vector<uint64_t> out;
  index.candidates(MinHashSignature{7, 7, 5, 5}, &out);
  EXPECT_TRUE(out.empty());
}

TEST(LshIndex, FullBucketsForgetTheOldest) {
  LshIndex index(1, 2, /*max_bucket=*/2);
  for (uint64_t i = 1; i <= 3; ++i) index.insert(i, MinHashSignature{7, 7});
  std::vector<uint64_t> out;
  index.candidates(MinHashSignature{7, 7}, &out);
  std::sort(out.begin(), out.end());
  EXPECT_EQ(out, std::vector<uint64_t>({2, 3}));
}

TEST(LshIndex, ShortSignaturesAreIgnored) {
  LshIndex index(4, 4);
  index.insert(1, MinHashSignature{1, 2});
  EXPECT_EQ(index.size(), 0u);
}

}  // namespace
}  // namespace precis
