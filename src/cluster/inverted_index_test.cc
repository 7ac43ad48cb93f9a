#include "cluster/inverted_index.h"

#include <gtest/gtest.h>

#include <vector>

namespace precis {
namespace {

std::vector<Posting> list_of(InvertedIndex& index, uint32_t term) {
  std::vector<Posting> out;
  index.scan(term, [&](Posting p) {
    out.push_back(p);
    return true;
  });
  return out;
}

TEST(InvertedIndex, PostingKeepsTheLargestSlotAndWrapsTheVersion) {
  InvertedIndex index;
  const uint32_t last_slot = Posting::kMaxSlots - 1;
  struct {
    uint32_t value : Posting::kVersionBits;
  } version{(1u << Posting::kVersionBits) - 1};
  index.add(3, {last_slot, version.value, 0.5f});
  ++version.value;  // wraps to 0, as a slot's version does
  index.add(3, {7, version.value, 0.25f});
  auto list = list_of(index, 3);
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].slot, last_slot);
  EXPECT_EQ(list[0].version, (1u << Posting::kVersionBits) - 1);
  EXPECT_EQ(list[0].weight, 0.5f);
  EXPECT_EQ(list[1].slot, 7u);
  EXPECT_EQ(list[1].version, 0u);
  EXPECT_EQ(sizeof(Posting), 8u);
}

TEST(InvertedIndex, ScanAndSweepDropStalePostings) {
  InvertedIndex index;
  for (uint32_t s = 0; s < 10; ++s) index.add(1, {s, 0, 1.0f});
  for (uint32_t s = 0; s < 10; ++s) index.add(2, {s, 1, 1.0f});
  EXPECT_EQ(index.postings(), 20u);
  index.scan(1, [](Posting p) { return p.slot % 2 == 0; });  // odd slots stale
  EXPECT_EQ(index.postings(), 15u);
  index.sweep([](Posting p) { return p.slot < 3; });
  EXPECT_EQ(index.postings(), 5u);  // slots 0, 2 of term 1 and 0, 1, 2 of term 2
  EXPECT_EQ(list_of(index, 1).size(), 2u);
  EXPECT_EQ(list_of(index, 2).size(), 3u);
  EXPECT_TRUE(list_of(index, 99).empty());
  EXPECT_GT(index.memory_bytes(), 0u);
}

}  // namespace
}  // namespace precis
