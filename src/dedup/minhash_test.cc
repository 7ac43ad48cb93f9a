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

TEST(MinHash, SixteenBitSlotsEstimateLikeThirtyTwoBitOnes) {
  MinHasher h(128);
  std::vector<uint64_t> a, b;
  for (uint64_t i = 0; i < 400; ++i) a.push_back(i * 7919);
  for (uint64_t i = 100; i < 500; ++i) b.push_back(i * 7919);  // Jaccard 300/500 = 0.6
  MinHashSignature sa, sb;
  h.sign(a, &sa);
  h.sign(b, &sb);
  std::vector<uint16_t> ta(sa.begin(), sa.end()), tb(sb.begin(), sb.end());  // low 16 bits
  const double full =
      estimate_jaccard(std::span<const uint32_t>(sa), std::span<const uint32_t>(sb));
  const double cut = estimate_jaccard(std::span<const uint16_t>(ta), std::span<const uint16_t>(tb));
  EXPECT_GE(cut, full);              // cutting can only add chance agreements
  EXPECT_LE(cut, full + 2.0 / 128);  // and almost never does (expected 0.001 slots here)
  EXPECT_NEAR(cut, 0.6, 0.15);
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
  for (uint32_t v : a) EXPECT_NE(v, UINT32_MAX);  // no bin left with the empty mark
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

TEST(Shingles, RollingHashEqualsTheHashOfEachWindow) {
  // The hash of a window depends only on its ids: the shingles of a suffix are the tail of the
  // shingles of the whole, and the same run elsewhere in another text hashes the same.
  std::vector<uint32_t> ids = {4, 8, 15, 16, 23, 42, 4, 8, 15, 16, 23, 7, 7, 7, 7, 7, 7};
  std::vector<uint64_t> all, suffix, run;
  shingle_hashes(ids, 5, &all);
  shingle_hashes(std::span<const uint32_t>(ids).subspan(3), 5, &suffix);
  ASSERT_EQ(all.size(), suffix.size() + 3);
  EXPECT_TRUE(std::equal(suffix.begin(), suffix.end(), all.begin() + 3));
  std::vector<uint32_t> other = {99, 4, 8, 15, 16, 23, 100};
  shingle_hashes(other, 5, &run);
  EXPECT_EQ(run[1], all[0]);  // 4 8 15 16 23
  EXPECT_EQ(all[0], all[6]);
  EXPECT_EQ(all[11], all[12]);  // 7 7 7 7 7
  // Order matters: a permuted window is a different shingle.
  std::vector<uint32_t> reversed = {23, 16, 15, 8, 4};
  std::vector<uint64_t> rev;
  shingle_hashes(reversed, 5, &rev);
  EXPECT_NE(rev[0], all[0]);
  // Appending keeps earlier hashes (out is appended to).
  shingle_hashes(reversed, 5, &rev);
  EXPECT_EQ(rev.size(), 2u);
  EXPECT_EQ(rev[0], rev[1]);
}

TEST(MinHash, ShingleSignaturesTrackWordOverlap) {
  // 400-word texts that share the first 300 words: shingle Jaccard (296 shared of 504) = 0.59.
  std::vector<uint32_t> a, b;
  for (uint32_t i = 0; i < 400; ++i) {
    a.push_back(i * 13 + 1);
    b.push_back(i < 300 ? i * 13 + 1 : 100000 + i);
  }
  std::vector<uint64_t> sa, sb;
  shingle_hashes(a, 5, &sa);
  shingle_hashes(b, 5, &sb);
  MinHasher h(256);
  MinHashSignature x, y;
  h.sign(sa, &x);
  h.sign(sb, &y);
  EXPECT_NEAR(estimate_jaccard(x, y), 296.0 / 504.0, 0.1);
}

}  // namespace
}  // namespace precis
