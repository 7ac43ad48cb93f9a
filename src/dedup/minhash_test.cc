#include "dedup/minhash.h"

#include <gtest/gtest.h>

#include <cmath>

namespace precis {
namespace {

std::vector<uint64_t> range(uint64_t from, uint64_t to) {
  std::vector<uint64_t> v;
  for (uint64_t i = from; i < to; ++i) v.push_back(i * 7919 + 13);
  return v;
}

TEST(MinHash, IdenticalSetsHaveEqualSignatures) {
  MinHasher h(128);
  MinHashSignature a, b;
  auto set = range(0, 300);
  h.sign(set, &a);
  std::reverse(set.begin(), set.end());
  set.push_back(set.front());  // duplicates and order do not matter
  h.sign(set, &b);
  EXPECT_EQ(a, b);
  EXPECT_DOUBLE_EQ(estimate_jaccard(a, b), 1.0);
}

TEST(MinHash, EstimatesJaccard) {
  MinHasher h(256);
  MinHashSignature a, b, c;
  h.sign(range(0, 1000), &a);
  h.sign(range(500, 1500), &b);   // overlap 500 of union 1500: J = 1/3
  h.sign(range(5000, 6000), &c);  // disjoint: J = 0
  EXPECT_NEAR(estimate_jaccard(a, b), 1.0 / 3.0, 0.1);
  EXPECT_LT(estimate_jaccard(a, c), 0.05);
}

TEST(MinHash, SmallSetsAreDensified) {
  // Two elements in 128 bins leave most bins empty; densification must still give J = 1 for equal
  // sets and a low estimate for different ones.
  MinHasher h(128);
  MinHashSignature a, b, c;
  h.sign(range(0, 2), &a);
  h.sign(range(0, 2), &b);
  h.sign(range(10, 12), &c);
  EXPECT_DOUBLE_EQ(estimate_jaccard(a, b), 1.0);
  EXPECT_LT(estimate_jaccard(a, c), 0.2);
  for (uint64_t v : a) EXPECT_NE(v, UINT64_MAX);
}

TEST(MinHash, EmptySetMatchesNothing) {
  MinHasher h(64);
  MinHashSignature e, a;
  h.sign({}, &e);
  h.sign(range(0, 10), &a);
  EXPECT_DOUBLE_EQ(estimate_jaccard(e, a), 0.0);
}

TEST(Shingles, CountsAndShortSequences) {
  std::vector<uint32_t> ids = {1, 2, 3, 4, 5, 6};
  std::vector<uint64_t> out;
  shingle_hashes(ids, 5, &out);
  EXPECT_EQ(out.size(), 2u);
  out.clear();
  shingle_hashes(std::span<const uint32_t>(ids.data(), 3), 5, &out);
  EXPECT_EQ(out.size(), 1u);
  out.clear();
  shingle_hashes({}, 5, &out);
  EXPECT_TRUE(out.empty());
  // A changed first word changes only the shingle that contains it.
  std::vector<uint32_t> swapped = {9, 2, 3, 4, 5, 6};
  std::vector<uint64_t> a, b;
  shingle_hashes(ids, 5, &a);
  shingle_hashes(swapped, 5, &b);
  EXPECT_NE(a[0], b[0]);
  EXPECT_EQ(a[1], b[1]);
}

}  // namespace
}  // namespace precis
