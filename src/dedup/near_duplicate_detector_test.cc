#include "dedup/near_duplicate_detector.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

// A "story" of n words with ids from `base`.
std::vector<uint32_t> story(uint32_t base, size_t n) {
  std::vector<uint32_t> v;
  for (size_t i = 0; i < n; ++i) v.push_back(base + static_cast<uint32_t>(i * 31 % 997));
  return v;
}

TEST(NearDuplicateDetector, LightEditIsADuplicateOfTheFirstCopy) {
  NearDuplicateDetector d;
  auto original = story(0, 400);
  auto edited = original;
  edited[200] = 99999;  // one word changed: 5 of 396 shingles differ
  edited.push_back(12345);
  EXPECT_FALSE(d.add(1, original, 0).has_value());
  auto m = d.add(2, edited, 10);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->original, 1u);
  EXPECT_GT(m->similarity, 0.9);
  // An exact third copy also points at the first, and duplicates are not indexed.
  auto m3 = d.add(3, original, 20);
  ASSERT_TRUE(m3.has_value());
  EXPECT_EQ(m3->original, 1u);
  EXPECT_EQ(d.size(), 1u);
}

TEST(NearDuplicateDetector, DifferentStoriesAndHalfOverlapsAreNot) {
  NearDuplicateDetector d;
  auto a = story(0, 400);
  auto b = story(5000, 400);
  auto half = a;
  for (size_t i = 200; i < 400; ++i) half[i] = 7000 + static_cast<uint32_t>(i);
  EXPECT_FALSE(d.add(1, a, 0).has_value());
  EXPECT_FALSE(d.add(2, b, 0).has_value());
  EXPECT_FALSE(d.add(3, half, 0).has_value());  // Jaccard about 1/3
  EXPECT_EQ(d.size(), 3u);
}

TEST(NearDuplicateDetector, ExpiryAndCapBoundMemory) {
  NearDuplicateOptions o;
  o.max_items = 2;
  NearDuplicateDetector d(o);
  d.add(1, story(0, 50), 100);
  d.add(2, story(1000, 50), 200);
  d.add(3, story(2000, 50), 300);  // evicts 1
  EXPECT_EQ(d.size(), 2u);
  EXPECT_FALSE(d.add(4, story(0, 50), 400).has_value());  // 1 is gone: new original, evicts 2
  d.expire_before(350);                                   // drops 3
  EXPECT_EQ(d.size(), 1u);
  EXPECT_TRUE(d.add(5, story(0, 50), 500).has_value());  // duplicate of 4
}

TEST(NearDuplicateDetector, ExpiryEmptiesTheIndex) {
  NearDuplicateDetector d;
  for (uint64_t k = 0; k < 100; ++k) d.add(k, story(static_cast<uint32_t>(k) * 1000, 60), 10);
  EXPECT_EQ(d.size(), 100u);
  EXPECT_EQ(d.index_entries(), 100u * d.options().bands);
  d.expire_before(11);
  EXPECT_EQ(d.size(), 0u);
  EXPECT_EQ(d.index_entries(), 0u);
  // A story seen before the expiry is an original again.
  EXPECT_FALSE(d.add(100, story(0, 60), 20).has_value());
}

// A long stream through a one-day window: what is held follows the window, not the stream, and
// copies inside the window are still found after the window moved many times over (item
// numbers of the LSH keep pointing at the right originals as the front advances).
TEST(NearDuplicateDetector, SlidingWindowStaysBoundedAndKeepsFindingCopies) {
  NearDuplicateDetector d;
  const int64_t kDay = 86400, kPerDay = 50;
  size_t found = 0;
  for (uint64_t k = 0; k < 5000; ++k) {
    const int64_t t = static_cast<int64_t>(k) * kDay / kPerDay;
    d.expire_before(t - kDay);
    if (k % 10 == 9) {  // a copy of the article five before
      auto m = d.add(k, story(static_cast<uint32_t>(k - 5) * 1000, 80), t);
      ASSERT_TRUE(m.has_value()) << k;
      EXPECT_EQ(m->original, k - 5);
      ++found;
    } else {
      ASSERT_FALSE(d.add(k, story(static_cast<uint32_t>(k) * 1000, 80), t).has_value()) << k;
    }
    EXPECT_LE(d.size(), static_cast<size_t>(kPerDay) + 1);
  }
  EXPECT_EQ(found, 500u);
  EXPECT_EQ(d.index_entries(), d.size() * d.options().bands);
}

// At the default cap the LSH tables stay at 32,768 slots a band (the cap is 3/4 of that), and
// what is held stops growing: the memory of a full window is the memory of any later one.
TEST(NearDuplicateDetector, MemoryAtTheCapIsFixed) {
  NearDuplicateDetector d;
  const size_t cap = d.options().max_items;
  size_t at_cap = 0;
  for (uint64_t k = 0; k < cap + 3000; ++k) {
    d.add(k, story(static_cast<uint32_t>(k) * 100, 20), 0);
    if (k + 1 == cap) at_cap = d.memory_bytes();
  }
  EXPECT_EQ(d.size(), cap);
  const size_t lsh = 32768 * d.options().bands * 8;
  const size_t signatures = (cap / 256 + 2) * 256 * d.options().num_slots * 2;
  EXPECT_LE(d.memory_bytes(), lsh + signatures + cap * 16);
  EXPECT_LE(d.memory_bytes(), at_cap + 256 * d.options().num_slots * 2);  // one block more at most
  // The newest original is still found.
  EXPECT_TRUE(d.add(cap + 3000, story((cap + 2999) * 100, 20), 0).has_value());
}

TEST(NearDuplicateDetector, EmptyTextIsNeverADuplicate) {
  NearDuplicateDetector d;
  EXPECT_FALSE(d.add(1, {}, 0).has_value());
  EXPECT_FALSE(d.add(2, {}, 0).has_value());
  EXPECT_EQ(d.size(), 0u);
}

}  // namespace
}  // namespace precis
