#include "dedup/lsh_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

namespace precis {
namespace {

std::vector<uint32_t> keys_of(const LshIndex& index, const MinHashSignature& sig) {
  std::vector<uint32_t> keys;
  index.band_keys(sig, &keys);
  return keys;
}

std::vector<uint32_t> sorted_candidates(const LshIndex& index, const MinHashSignature& sig) {
  std::vector<uint32_t> out;
  index.candidates(keys_of(index, sig), &out);
  std::sort(out.begin(), out.end());
  return out;
}

TEST(LshIndex, FindsEqualBandsAndForgetsRemoved) {
  LshIndex index(4, 2);
  MinHashSignature a = {1, 2, 3, 4, 5, 6, 7, 8};
  MinHashSignature b = {1, 2, 9, 9, 9, 9, 9, 9};   // shares band 0 with a
  MinHashSignature c = {9, 9, 9, 9, 9, 9, 9, 10};  // shares bands 1 and 2 with b
  index.insert(10, keys_of(index, a));
  index.insert(20, keys_of(index, b));
  EXPECT_EQ(sorted_candidates(index, c), std::vector<uint32_t>({20}));
  EXPECT_EQ(sorted_candidates(index, a), std::vector<uint32_t>({10, 20}));
  EXPECT_EQ(index.entries(), 8u);
  index.remove(20, keys_of(index, b));
  EXPECT_TRUE(sorted_candidates(index, c).empty());
  EXPECT_EQ(index.entries(), 4u);
  index.remove(20, keys_of(index, b));  // twice: no-op
  EXPECT_EQ(index.entries(), 4u);
  EXPECT_EQ(sorted_candidates(index, a), std::vector<uint32_t>({10}));
}

TEST(LshIndex, SameValuesInDifferentBandsDoNotCollide) {
  LshIndex index(2, 2);
  index.insert(1, keys_of(index, MinHashSignature{5, 5, 7, 7}));
  EXPECT_TRUE(sorted_candidates(index, MinHashSignature{7, 7, 5, 5}).empty());
}

TEST(LshIndex, FullBucketsForgetTheOldest) {
  LshIndex index(1, 2, /*max_bucket=*/2);
  for (uint32_t i = 1; i <= 3; ++i) index.insert(i, keys_of(index, MinHashSignature{7, 7}));
  EXPECT_EQ(sorted_candidates(index, MinHashSignature{7, 7}), std::vector<uint32_t>({2, 3}));
  EXPECT_EQ(index.entries(), 2u);
}

TEST(LshIndex, BucketAgeFollowsInsertionOrderAcrossTheWrapOfItemNumbers) {
  // Numbers wrap modulo 2^32: 0xFFFFFFFF is older than 0 and 1.
  LshIndex index(1, 2, /*max_bucket=*/2);
  for (uint32_t i : {0xFFFFFFFFu, 0u, 1u}) index.insert(i, keys_of(index, MinHashSignature{3, 4}));
  EXPECT_EQ(sorted_candidates(index, MinHashSignature{3, 4}), std::vector<uint32_t>({0, 1}));
}

TEST(LshIndex, ShortSignaturesAreIgnored) {
  LshIndex index(4, 4);
  EXPECT_TRUE(keys_of(index, MinHashSignature{1, 2}).empty());
  index.insert(1, keys_of(index, MinHashSignature{1, 2}));
  EXPECT_EQ(index.entries(), 0u);
}

// A sliding window of items with random signatures over few distinct slot values (so buckets
// share probe runs and deletions shift entries), checked against a plain model: every live item
// is found through each of its bands, no removed item is ever returned, and the table does not
// grow with the number of items that went through it.
TEST(LshIndex, SlidingWindowMatchesAModelAndStaysBounded) {
  const size_t kBands = 4, kRows = 2, kWindow = 500;
  LshIndex index(kBands, kRows, /*max_bucket=*/1000);
  std::mt19937 rng(7);
  std::uniform_int_distribution<uint32_t> value(0, 40);
  std::map<uint32_t, MinHashSignature> live;
  size_t peak_capacity = 0;
  for (uint32_t item = 0; item < 20000; ++item) {
    MinHashSignature sig(kBands * kRows);
    for (auto& v : sig) v = value(rng);
    index.insert(item, keys_of(index, sig));
    live[item] = sig;
    if (live.size() > kWindow) {
      auto oldest = live.begin();
      index.remove(oldest->first, keys_of(index, oldest->second));
      live.erase(oldest);
    }
    if (item == 1000) peak_capacity = index.capacity();
    if (item % 997 == 0) {
      std::vector<uint32_t> out;
      for (const auto& [it, s] : live) {
        index.candidates(keys_of(index, s), &out);
        ASSERT_NE(std::find(out.begin(), out.end(), it), out.end()) << "item " << it;
        for (uint32_t c : out) ASSERT_TRUE(live.count(c)) << "removed item " << c << " found";
      }
    }
  }
  EXPECT_EQ(index.entries(), kWindow * kBands);
  EXPECT_EQ(index.capacity(), peak_capacity);  // no growth after the window filled
}

}  // namespace
}  // namespace precis
