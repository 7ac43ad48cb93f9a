#include "cluster/id_window.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <unordered_map>

namespace precis {
namespace {

TEST(IdWindow, ReportsTheFirstOccurrenceOfARepeatedId) {
  IdWindow w(100);
  EXPECT_FALSE(w.add("a", 0));
  EXPECT_FALSE(w.add("b", 0));
  EXPECT_EQ(w.add("a", 1), std::optional<uint64_t>(0));
  EXPECT_EQ(w.add("a", 1), std::optional<uint64_t>(0));  // still the first one
  EXPECT_EQ(w.add("b", 2), std::optional<uint64_t>(1));
  EXPECT_EQ(w.next_number(), 5u);
  EXPECT_EQ(w.size(), 5u);
}

TEST(IdWindow, ForgetsByTimeAndByCount) {
  IdWindow w(3);
  w.add("a", 10);
  w.add("b", 20);
  w.add("c", 30);
  w.add("d", 40);  // over the cap: "a" is forgotten
  EXPECT_FALSE(w.add("a", 40));
  EXPECT_EQ(w.add("c", 40), std::optional<uint64_t>(2));
  w.expire_before(41);
  EXPECT_EQ(w.size(), 0u);
  EXPECT_FALSE(w.add("d", 50));
  EXPECT_EQ(w.next_number(), 7u);
}

TEST(IdWindow, RepeatedIdIsForgottenWithItsFirstOccurrence) {
  IdWindow w(10);
  w.add("x", 1);
  EXPECT_EQ(w.add("x", 2), std::optional<uint64_t>(0));
  w.expire_before(2);  // the first "x" leaves; the repeat was never the remembered one
  EXPECT_FALSE(w.add("x", 3));
  EXPECT_EQ(w.add("x", 4), std::optional<uint64_t>(2));
}

// Past max_ids / 8 articles the ring has its full size: memory stops growing there, not when
// the window is full, and never grows again.
TEST(IdWindow, MemoryIsFixedOnceTheStreamPassesAnEighthOfTheCap) {
  IdWindow w(10000);
  for (int i = 0; i < 100; ++i) w.add("a" + std::to_string(i), i);
  const size_t small = w.memory_bytes();
  for (int i = 100; i < 1300; ++i) w.add("a" + std::to_string(i), i);
  const size_t full = w.memory_bytes();
  EXPECT_GT(full, small);
  EXPECT_GE(full, 10000u * 16);
  for (int i = 1300; i < 50000; ++i) w.add("a" + std::to_string(i), i);
  EXPECT_EQ(w.memory_bytes(), full);
  EXPECT_EQ(w.size(), 10000u);
  EXPECT_EQ(w.add("a49999", 50000), std::optional<uint64_t>(49999));
  EXPECT_FALSE(w.add("a39999", 50000));  // forgotten: over the cap
}

TEST(IdWindow, ZeroCapacityRemembersNothing) {
  IdWindow w(0);
  EXPECT_FALSE(w.add("a", 0));
  EXPECT_FALSE(w.add("a", 0));
  EXPECT_EQ(w.next_number(), 2u);
}

// Against a reference (map + expiry by count and time) over a long random stream with repeats,
// through many table growths and deletions.
TEST(IdWindow, MatchesAReferenceOnARandomStream) {
  const size_t cap = 500;
  IdWindow w(cap);
  std::unordered_map<std::string, uint64_t> first;  // id -> number, while remembered
  std::vector<std::pair<std::string, int64_t>> all;
  std::vector<bool> in_ref;
  size_t front = 0;
  std::mt19937 rng(7);
  int64_t time = 0;
  for (uint64_t n = 0; n < 20000; ++n) {
    time += rng() % 3;
    std::string id = "id" + std::to_string(rng() % 3000);
    std::optional<uint64_t> want;
    if (auto it = first.find(id); it != first.end()) want = it->second;
    auto drop_front = [&] {
      if (in_ref[front]) first.erase(all[front].first);
      ++front;
    };
    if (all.size() - front >= cap) drop_front();
    all.push_back({id, time});
    in_ref.push_back(!want);
    if (!want) first[id] = n;
    ASSERT_EQ(w.add(id, time), want) << "article " << n;
    if (n % 97 == 0) {
      const int64_t horizon = time - 40;
      while (front < all.size() && all[front].second < horizon) drop_front();
      w.expire_before(horizon);
    }
    ASSERT_EQ(w.size(), all.size() - front);
  }
  EXPECT_GT(w.memory_bytes(), 0u);
}

}  // namespace
}  // namespace precis
